import { print } from "graphql";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { SignedInAccount } from "../organization/testing.js";
import { sql } from "../organization/testing.js";
import { agentIn, createTicket, department, raw } from "./testing.js";
import { sweepTicketPresence } from "./ticket-viewers.js";

const ViewersDoc = graphql(`
  subscription TktViewers($ticketId: ID!) {
    ticketViewersChanged(ticketId: $ticketId) {
      ticketId
      viewers {
        viewing
        replying
        devices
        employee {
          id
        }
      }
    }
  }
`);
const TicketViewersDoc = graphql(`
  query TktViewersField($id: ID!) {
    ticket(id: $id) {
      viewers {
        viewing
        replying
        devices
        employee {
          id
        }
      }
    }
  }
`);
const ComposeDoc = graphql(`
  mutation TktViewersCompose($ticketId: ID!) {
    markComposing(ticketId: $ticketId) {
      userErrors {
        code
      }
    }
  }
`);
const ReplyDoc = graphql(`
  mutation TktViewersReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

interface Viewer {
  viewing: boolean;
  replying: boolean;
  devices: number;
  employee: { id: string } | null;
}

const GRACE_MS = 300;
let t: TestServer;
let admin: string;
let agentA: SignedInAccount;
let agentB: SignedInAccount;
let outsider: SignedInAccount;
let ticketId: string;

beforeAll(async () => {
  t = await startTestServer("tickets-viewers", { presenceGraceMs: GRACE_MS, presenceHeartbeatMs: 200 });
  admin = (await adminSession(t)).token;
  const deptA = await department(t, admin, "Viewers A");
  const deptB = await department(t, admin, "Viewers B");
  agentA = await agentIn(t, admin, "view-agent-a", [deptA.groupId]);
  agentB = await agentIn(t, admin, "view-agent-b", [deptA.groupId]);
  outsider = await agentIn(t, admin, "view-outsider", [deptB.groupId]);
  ticketId = (await createTicket(t, admin, deptA.id, { agentId: agentA.globalId })).id;
});
afterAll(async () => {
  await t?.stop();
});

/** One device viewing the ticket: its subscription, the updates it got, and a way to close it. */
function open(token: string) {
  const client: Client = t.ws(token);
  const updates: Viewer[][] = [];
  const errors: Array<{ extensions?: { code?: string } }> = [];
  client.subscribe(
    { query: print(ViewersDoc), variables: { ticketId } },
    {
      next: (v) => {
        if (v.errors) errors.push(...(v.errors as unknown as typeof errors));
        else
          updates.push(
            (v.data as { ticketViewersChanged: { viewers: Viewer[] } }).ticketViewersChanged.viewers,
          );
      },
      error: (e) => errors.push(...(Array.isArray(e) ? e : [e as (typeof errors)[0]])),
      complete: () => {},
    },
  );
  const last = () => updates.at(-1) ?? [];
  return { updates, errors, last, close: () => client.dispose() };
}

const who = (viewers: Viewer[]) =>
  viewers.map((v) => `${raw(v.employee!.id)}:${v.devices}${v.replying ? ":replying" : ""}`).sort();
const until = (check: () => boolean, what: string) => waitFor(async () => check(), 5_000, what);

describe("who is viewing / who is replying", () => {
  it("agents on the same ticket see each other across devices, replying, and leaving after the grace period", async () => {
    const a1 = open(agentA.token);
    await until(() => who(a1.last()).join() === `${agentA.id}:1`, "A sees themself");

    const b = open(agentB.token);
    await until(
      () => who(a1.last()).join() === [`${agentA.id}:1`, `${agentB.id}:1`].sort().join(),
      "A sees B",
    );
    await until(() => who(b.last()).length === 2, "B sees A");

    const a2 = open(agentA.token); // a second tab: still one agent, two devices
    await until(() => who(b.last()).includes(`${agentA.id}:2`), "two devices");

    const compose = await t.ok(ComposeDoc, { ticketId }, agentA.token);
    expect(compose.markComposing.userErrors).toEqual([]);
    await until(() => who(b.last()).includes(`${agentA.id}:2:replying`), "B sees A replying");

    // The field on Ticket says the same over HTTP.
    const field = await t.ok(TicketViewersDoc, { id: ticketId }, agentB.token);
    expect(who(field.ticket.viewers)).toEqual([`${agentA.id}:2:replying`, `${agentB.id}:1`].sort());

    const reply = await t.ok(ReplyDoc, { input: { ticketId, message: { textBody: "on it" } } }, agentA.token);
    expect(reply.replyToTicket.userErrors).toEqual([]);
    await until(() => who(b.last()).includes(`${agentA.id}:2`), "replying ends with the reply");

    await a1.close(); // one tab closed: A is still there on the other one
    await until(() => who(b.last()).includes(`${agentA.id}:1`), "one device left");
    await b.close();
    // Still listed during the grace period, gone after it.
    expect(who((await t.ok(TicketViewersDoc, { id: ticketId }, agentA.token)).ticket.viewers)).toContain(
      `${agentB.id}:1`,
    );
    await until(() => who(a2.last()).join() === `${agentA.id}:1`, "B gone after the grace period");
    await a2.close();
  });

  it("replying lapses without renewal; rows of a crashed instance expire", async () => {
    const b = open(agentB.token);
    await until(() => who(b.last()).includes(`${agentB.id}:1`), "B viewing");
    await t.ok(ComposeDoc, { ticketId }, agentA.token);
    await until(() => who(b.last()).includes(`${agentA.id}:0:replying`), "A replying without viewing");
    // Time passes: the compose window lapses (no renewal), as would a dead instance's devices.
    await sql(
      t,
      `update ticket_presence set expires_at = now() - interval '1 second' where employee_id = ?`,
      [agentA.id],
    );
    await sweepTicketPresence(t.server.runtime);
    await until(() => who(b.last()).join() === `${agentB.id}:1`, "A lapsed");
    await b.close();
  });

  it("refuses agents outside the ticket's groups", async () => {
    const o = open(outsider.token);
    await until(() => o.errors.length > 0, "refused");
    expect(o.errors.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const rows = await sql(t, `select 1 from ticket_presence where employee_id = ?`, [outsider.id]);
    expect(rows).toEqual([]);
  });
});
