import { createPubSub } from "@graphql-yoga/subscription";
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import type { ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { sharedSubscribe } from "./shared-execution.js";

const pubsub = createPubSub<{ tick: [{ n: number }] }>();
let executions = 0;

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: "Subscription",
    fields: {
      tick: {
        type: GraphQLString,
        args: { label: { type: GraphQLString } },
        subscribe: () => pubsub.subscribe("tick"),
        resolve: (
          payload: { n: number },
          args: { label?: string },
          ctx: { actor: { accountId: string } },
        ) => {
          executions++;
          return `${args.label ?? ""}${payload.n} for ${ctx.actor.accountId}`;
        },
      },
      count: { type: GraphQLInt, subscribe: () => pubsub.subscribe("tick"), resolve: () => ++executions },
    },
  }),
});

function caller(accountId: string, apiTokenId?: string) {
  return {
    actor: { kind: "EMPLOYEE", accountId, apiTokenId, mustChangePassword: false },
    visitorToken: null,
  };
}

async function open(query: string, contextValue: object, variableValues: Record<string, unknown> = {}) {
  // Each subscriber parses its own document, as graphql-ws does per subscribe message.
  const stream = await sharedSubscribe({ schema, document: parse(query), contextValue, variableValues });
  if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream));
  return stream;
}

describe("sharedSubscribe", () => {
  it("runs one execution per event for subscribers with the same operation and caller, and apart otherwise", async () => {
    const doc = "subscription ($label: String) { tick(label: $label) }";
    const same = [await open(doc, caller("a"), { label: "x" }), await open(doc, caller("a"), { label: "x" })];
    const otherVars = await open(doc, caller("a"), { label: "y" });
    const otherAccount = await open(doc, caller("b"), { label: "x" });
    const otherToken = await open(doc, caller("a", "token-1"), { label: "x" });
    const pending = [...same, otherVars, otherAccount, otherToken].map((s) => s.next());
    await new Promise((r) => setTimeout(r, 20));
    executions = 0;
    pubsub.publish("tick", { n: 1 });
    const results = (await Promise.all(pending)).map((r) => (r.value as ExecutionResult).data?.tick);
    expect(results).toEqual(["x1 for a", "x1 for a", "y1 for a", "x1 for b", "x1 for a"]);
    expect(executions).toBe(4);
    for (const s of [...same, otherVars, otherAccount, otherToken]) await s.return?.();
  });

  it("executes every event anew and ends the source when the subscriber leaves", async () => {
    const s = await open("subscription { count }", caller("c"));
    const first = s.next();
    await new Promise((r) => setTimeout(r, 20));
    executions = 0;
    pubsub.publish("tick", { n: 1 });
    expect(((await first).value as ExecutionResult).data).toEqual({ count: 1 });
    const second = s.next();
    pubsub.publish("tick", { n: 2 });
    expect(((await second).value as ExecutionResult).data).toEqual({ count: 2 });
    expect(await s.return?.()).toEqual({ done: true, value: undefined });
    expect(await s.next()).toEqual({ done: true, value: undefined });
  });

  it("returns the errors of an operation that cannot subscribe", async () => {
    const result = await sharedSubscribe({
      schema,
      document: parse("subscription { nope }"),
      contextValue: {},
    });
    expect(Symbol.asyncIterator in result).toBe(false);
    expect((result as ExecutionResult).errors?.[0]?.message).toMatch(/nope/);
  });
});
