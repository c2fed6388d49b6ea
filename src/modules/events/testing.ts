import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import type { TestServer } from "../../core/testing/test-server.js";
import { setEventsClock } from "./clock.js";

/**
 * Test helpers of the events module. codegen reads test files only, so fixture operations are parsed here and
 * typed by hand.
 */
function op<T>(source: string): TypedDocumentNode<T, Record<string, unknown>> {
  return parse(source) as TypedDocumentNode<T, Record<string, unknown>>;
}

interface Errors {
  userErrors: Array<{ code: string; field?: string[] | null; message?: string }>;
}

const CreateRule = op<{
  createEventRule: { eventRule: { id: string } | null; warnings: Array<{ code: string }> } & Errors;
}>(`
  mutation EvFixtureCreateRule($input: CreateEventRuleInput!) {
    createEventRule(input: $input) {
      eventRule {
        id
      }
      warnings {
        code
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const CreateRole = op<{ createRole: { role: { id: string } | null } & Errors }>(`
  mutation EvFixtureCreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export interface RuleInput {
  name: string;
  scope?: "SYSTEM" | "AGENT";
  category?: string;
  eventType: string;
  conditions?: Array<{ key: string; operator: string; values: string[]; customField?: string }>;
  actions: Array<{
    action: string;
    maximumFrequencyMinutes?: number | null;
    parameters?: Array<{ key: string; value: string }>;
  }>;
}

/** Creates a rule through createEventRule; fails the test on userErrors. Returns its global id. */
export async function createRule(t: TestServer, token: string, input: RuleInput): Promise<string> {
  const r = await t.ok(
    CreateRule,
    { input: { scope: "SYSTEM", category: "TICKET", conditions: [], ...input } },
    token,
  );
  if (!r.createEventRule.eventRule)
    throw new Error(`createEventRule: ${JSON.stringify(r.createEventRule.userErrors)}`);
  return r.createEventRule.eventRule.id;
}

/** A custom employee role with the given Events level (and custom actions). */
export async function eventsRole(
  t: TestServer,
  adminToken: string,
  name: string,
  level: string,
  customActions: string[] = [],
): Promise<string> {
  const r = await t.ok(
    CreateRole,
    {
      input: {
        name,
        type: "EMPLOYEE",
        grants: [
          { feature: "EVENTS", level, ...(level === "CUSTOM" ? { customActions } : {}) },
          { feature: "TICKETS", level: "FULL_CONTROL" },
        ],
      },
    },
    adminToken,
  );
  if (!r.createRole.role) throw new Error(`createRole: ${JSON.stringify(r.createRole.userErrors)}`);
  return r.createRole.role.id;
}

/**
 * Moves the engine's clock `minutes` ahead of real time and makes every events timer due by then due now (the
 * worker compares run_at with the database clock): "time passes" without waiting.
 */
export async function advanceClock(t: TestServer, minutes: number): Promise<void> {
  const offset = minutes * 60_000;
  setEventsClock(t.server.runtime, () => new Date(Date.now() + offset));
  await t.server.runtime.orm.em
    .getConnection()
    .execute(
      `update job set run_at = now() where status = 'PENDING' and kind like 'events.%' and run_at <= now() + (? * interval '1 millisecond')`,
      [offset],
    );
}

export async function rows<T = Record<string, unknown>>(
  t: TestServer,
  query: string,
  params: unknown[] = [],
) {
  return (await t.server.runtime.orm.em.getConnection().execute(query, params)) as T[];
}

/** Waits until no job of the events module (or its domain event consumers) is pending and due, or running. */
export async function eventsIdle(t: TestServer, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await rows<{ n: string }>(
      t,
      `select count(*) as n from job where (kind like 'events.%' or kind like 'domainEvent:%')
         and (status = 'RUNNING' or (status = 'PENDING' and run_at <= now()))`,
    );
    if (Number(row!.n) === 0) return;
    if (Date.now() > deadline) throw new Error("timed out waiting for the events jobs");
    await new Promise((r) => setTimeout(r, 50));
  }
}
