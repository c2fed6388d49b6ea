import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { ModuleDefinition } from "../module.js";
import { modules } from "../../modules/index.js";
import { startSharedInstances, waitFor } from "../testing/instances.js";
import type { SharedDatabaseInstances } from "../testing/instances.js";
import { DOMAIN_EVENT_TOPIC, recordDomainEvent } from "./domain-events.js";
import type { DomainEvent } from "./domain-events.js";

/* A consumer that keeps what it saw, and one that fails once per event before succeeding. */
const seen: DomainEvent[] = [];
const flakyAttempts = new Map<string, number>();
const probe: ModuleDefinition = {
  name: "domain-event-probe",
  entities: [],
  resolvers: [],
  domainEventConsumers: {
    "probe.all": { handle: async (_app, event) => void seen.push(event) },
    "probe.flaky": {
      accepts: (type) => type === "probe.flaky",
      handle: async (_app, event) => {
        const n = (flakyAttempts.get(event.id) ?? 0) + 1;
        flakyAttempts.set(event.id, n);
        if (n < 2) throw new Error("first attempt fails");
      },
    },
  },
};

let t: SharedDatabaseInstances;
beforeAll(async () => {
  t = await startSharedInstances("domain-events", 1, [...modules, probe]);
});
afterAll(async () => {
  await t?.stop();
});

function em(): EntityManager {
  return t.servers[0]!.runtime.orm.em.fork() as EntityManager;
}

describe("domain events", () => {
  it("reach each consumer once after commit, and the pub/sub topic", async () => {
    const app = t.servers[0]!.runtime;
    const published: DomainEvent[] = [];
    const iterator = app.pubsub.subscribe(DOMAIN_EVENT_TOPIC);
    const reading = (async () => {
      for await (const event of iterator) {
        published.push(event as DomainEvent);
        if (published.length === 1) break;
      }
    })();
    const event = await em().transactional((tx) =>
      recordDomainEvent(app, tx, {
        type: "probe.created",
        subject: { type: "Probe", id: "00000000-0000-0000-0000-000000000001" },
        data: { n: 1, tags: ["a", "b"] },
      }),
    );
    await waitFor(async () => seen.some((e) => e.id === event.id));
    await reading;
    expect(published[0]!.id).toBe(event.id);
    const got = seen.filter((e) => e.id === event.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      type: "probe.created",
      data: { n: 1, tags: ["a", "b"] },
      actorAccountId: null,
    });
    // The flaky consumer did not accept this type: no job was made for it.
    expect(flakyAttempts.has(event.id)).toBe(false);
  });

  it("are dropped with a rolled-back transaction", async () => {
    const app = t.servers[0]!.runtime;
    let id = "";
    await expect(
      em().transactional(async (tx) => {
        id = (
          await recordDomainEvent(app, tx, { type: "probe.rolledBack", subject: { type: "Probe", id: "x" } })
        ).id;
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const rows = await t.sql(`select 1 from "job" where "payload"->>'id' = $1`, [id]);
    expect(rows).toHaveLength(0);
  });

  it("retry a failing consumer alone", async () => {
    const app = t.servers[0]!.runtime;
    const event = await em().transactional((tx) =>
      recordDomainEvent(app, tx, { type: "probe.flaky", subject: { type: "Probe", id: "y" } }),
    );
    await t.sql(`update "job" set "run_at" = now() where "payload"->>'id' = $1 and "status" = 'PENDING'`, [
      event.id,
    ]);
    await waitFor(async () => {
      await t.sql(`update "job" set "run_at" = now() where "payload"->>'id' = $1 and "status" = 'PENDING'`, [
        event.id,
      ]);
      return flakyAttempts.get(event.id) === 2;
    }, 20_000);
    expect(seen.filter((e) => e.id === event.id)).toHaveLength(1);
  });
});
