import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { FEATURES } from "../roles/index.js";
import { agentWithRole, createTicket, customTicketRole, department } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Delete = graphql(`
  mutation TktDelViewsDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Lists = graphql(`
  query TktDelViewsLists($filter: TicketFilter) {
    tickets(first: 10, filter: $filter) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

const MyList = graphql(`
  query TktDelViewsMine($filter: TicketFilter) {
    myTickets(first: 10, filter: $filter) {
      totalCount
    }
  }
`);

const One = graphql(`
  query TktDelViewsOne($id: ID!) {
    ticket(id: $id) {
      id
    }
  }
`);

const DeletedList = graphql(`
  query TktDelViewsDeleted {
    deletedTickets(first: 10) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

const SearchDeleted = graphql(`
  query TktDelViewsSearch {
    searchTickets(first: 10, criteria: { items: ONLY_DELETED }) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;

beforeAll(async () => {
  t = await startTestServer("tickets-deleted-views");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Deleted Views");
});
afterAll(async () => t?.stop());

describe("deleted tickets need TICKETS_DELETE on every path (002 L3264)", () => {
  it("tickets/myTickets with filter.deleted, deletedTickets and Only deleted items refuse an agent without it", async () => {
    const withoutDelete = await customTicketRole(
      t,
      admin,
      "Tickets without DELETE",
      FEATURES.TICKETS.modify.filter((a) => a !== "DELETE"),
    );
    const withDelete = await customTicketRole(t, admin, "Tickets with DELETE", [
      ...FEATURES.TICKETS.modify,
      "DELETE",
    ]);
    const viewer = await agentWithRole(t, admin, "del-viewer", withoutDelete, [dept.groupId]);
    const deleter = await agentWithRole(t, admin, "del-deleter", withDelete, [dept.groupId]);
    const live = await createTicket(t, admin, dept.id, { agentId: viewer.globalId });
    const gone = await createTicket(t, admin, dept.id, { agentId: viewer.globalId });
    expect((await t.ok(Delete, { input: { ticketIds: [gone.id] } }, admin)).deleteTickets.userErrors).toEqual(
      [],
    );

    const refusals = [
      await t.gql(Lists, { filter: { deleted: true } }, viewer.token),
      await t.gql(MyList, { filter: { deleted: true } }, viewer.token),
      await t.gql(DeletedList, {}, viewer.token),
      await t.gql(SearchDeleted, {}, viewer.token),
    ];
    expect(refusals.map((r) => r.errors?.[0]?.extensions?.code)).toEqual([
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
    expect(refusals.every((r) => !r.data || Object.values(r.data).every((v) => v === null))).toBe(true);
    // Opened directly, a deleted ticket is not found for them either; a live one opens.
    expect((await t.gql(One, { id: gone.id }, viewer.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await t.ok(One, { id: live.id }, viewer.token)).ticket?.id).toBe(live.id);
    // Live tickets stay visible to the same agent.
    expect((await t.ok(Lists, {}, viewer.token)).tickets.nodes.map((n) => n.id)).toEqual([live.id]);

    for (const token of [deleter.token, admin]) {
      expect(
        (await t.ok(Lists, { filter: { deleted: true } }, token)).tickets.nodes.map((n) => n.id),
      ).toEqual([gone.id]);
      expect((await t.ok(DeletedList, {}, token)).deletedTickets.nodes.map((n) => n.id)).toEqual([gone.id]);
      expect((await t.ok(One, { id: gone.id }, token)).ticket?.id).toBe(gone.id);
      expect((await t.ok(SearchDeleted, {}, token)).searchTickets.nodes.map((n) => n.id)).toEqual([gone.id]);
    }
  });
});
