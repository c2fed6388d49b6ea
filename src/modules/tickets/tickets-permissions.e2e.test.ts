import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import {
  agentWithRole,
  childCounts,
  createTicket,
  customTicketRole,
  department,
  fingerprint,
} from "./testing.js";
import type { TestDepartment } from "./testing.js";
import { FEATURES } from "../roles/index.js";

/** Every action of the Tickets feature at the Modify level, from the catalog itself. */
const MODIFY = FEATURES.TICKETS.modify;

const CreateOp = graphql(`
  mutation TktPermCreate($input: CreateTicketInput!) {
    createTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ReplyOp = graphql(`
  mutation TktPermReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CommentOp = graphql(`
  mutation TktPermComment($input: AddTicketCommentInput!) {
    addTicketComment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const StatusOp = graphql(`
  mutation TktPermStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const PriorityOp = graphql(`
  mutation TktPermPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const PinOp = graphql(`
  mutation TktPermPin($input: SetTicketPinnedInput!) {
    setTicketPinned(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const HeaderOp = graphql(`
  mutation TktPermHeader($input: UpdateTicketHeaderInput!) {
    updateTicketHeader(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const MergeOp = graphql(`
  mutation TktPermMerge($input: MergeTicketsInput!) {
    mergeTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const FollowUpOp = graphql(`
  mutation TktPermFollowUp($input: SetFollowUpInput!) {
    setFollowUp(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ListOp = graphql(`
  query TktPermList {
    tickets(first: 5) {
      totalCount
    }
  }
`);
const AttachOp = graphql(`
  mutation TktPermAttach($input: AddTicketAttachmentInput!) {
    addTicketAttachment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const TimeLogOp = graphql(`
  mutation TktPermTimeLog($input: AddTicketTimeLogInput!) {
    addTicketTimeLog(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const LinkOp = graphql(`
  mutation TktPermLink($input: LinkTicketsInput!) {
    linkTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ComposingOp = graphql(`
  mutation TktPermComposing($ticketId: ID!) {
    markComposing(ticketId: $ticketId) {
      userErrors {
        code
      }
    }
  }
`);
const BulkOp = graphql(`
  mutation TktPermBulk($input: BulkUpdateTicketsInput!) {
    bulkUpdateTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

interface Case {
  lacking: string;
  doc: TypedDocumentNode<unknown, never>;
  vars: (ticketId: string, otherId: string) => Record<string, unknown>;
}

let t: TestServer;
let admin: string;
let dept: TestDepartment;

/** Each ticket action, called by an agent whose custom role has every other Tickets action. */
const CASES: Case[] = [
  { lacking: "VIEW", doc: ListOp as never, vars: () => ({}) },
  {
    lacking: "CREATE",
    doc: CreateOp as never,
    vars: () => ({ input: { subject: "x", departmentId: dept.id, requesterEmail: "a@example.com" } }),
  },
  {
    lacking: "REPLY",
    doc: ReplyOp as never,
    vars: (id) => ({ input: { ticketId: id, message: { textBody: "hi" } } }),
  },
  { lacking: "ADD_COMMENT", doc: CommentOp as never, vars: (id) => ({ input: { ticketId: id, text: "x" } }) },
  {
    lacking: "ADD_RESOLUTION",
    doc: CommentOp as never,
    vars: (id) => ({ input: { ticketId: id, text: "x", type: "RESOLUTION" } }),
  },
  {
    lacking: "CHANGE_STATUS",
    doc: StatusOp as never,
    vars: (id) => ({ input: { ticketId: id, status: "WAITING" } }),
  },
  {
    lacking: "CHANGE_STATUS",
    doc: BulkOp as never,
    vars: (id) => ({ input: { ticketIds: [id], status: "WAITING" } }),
  },
  {
    lacking: "CHANGE_PRIORITY",
    doc: PriorityOp as never,
    vars: (id) => ({ input: { ticketId: id, priority: "HIGH" } }),
  },
  { lacking: "PIN", doc: PinOp as never, vars: (id) => ({ input: { ticketId: id, pinned: true } }) },
  {
    lacking: "CHANGE_SUBJECT",
    doc: HeaderOp as never,
    vars: (id) => ({ input: { ticketId: id, subject: "New" } }),
  },
  {
    lacking: "CHANGE_EMAIL_ADDRESS",
    doc: HeaderOp as never,
    vars: (id) => ({ input: { ticketId: id, requesterEmail: "b@example.com" } }),
  },
  {
    lacking: "MERGE",
    doc: MergeOp as never,
    vars: (id, other) => ({ input: { primaryTicketId: id, ticketIds: [other] } }),
  },
  {
    lacking: "FOLLOW_UP",
    doc: FollowUpOp as never,
    vars: (id) => ({ input: { ticketId: id, followUpAt: new Date(Date.now() + 3_600_000).toISOString() } }),
  },
  {
    lacking: "ADD_ATTACHMENT",
    doc: AttachOp as never,
    vars: (id) => ({ input: { ticketId: id, fileName: "a.txt", contentBase64: "aGk=" } }),
  },
  {
    lacking: "ADD_TIME_LOG",
    doc: TimeLogOp as never,
    vars: (id) => ({ input: { ticketId: id, minutes: 5 } }),
  },
  {
    lacking: "ADD_RELATED_ITEM",
    doc: LinkOp as never,
    vars: (id, other) => ({ input: { ticketId: id, relatedTicketId: other } }),
  },
  { lacking: "REPLY", doc: ComposingOp as never, vars: (id) => ({ ticketId: id }) },
];

beforeAll(async () => {
  t = await startTestServer("tickets_permissions");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Perms");
});
afterAll(() => t?.stop());

describe("tickets: FORBIDDEN without the action", () => {
  it("refuses each ticket action to a custom role lacking it, changing nothing", async () => {
    const ticket = await createTicket(t, admin, dept.id);
    const other = await createTicket(t, admin, dept.id);
    const roles = new Map<string, string>();
    const outcomes: string[] = [];
    for (const c of CASES) {
      if (!roles.has(c.lacking)) {
        const actions = MODIFY.filter((a) => a !== c.lacking);
        roles.set(c.lacking, await customTicketRole(t, admin, `Tickets without ${c.lacking}`, actions));
      }
      const name = `no-${c.lacking.toLowerCase()}-${outcomes.length}`;
      const agent = await agentWithRole(t, admin, name, roles.get(c.lacking)!, [dept.groupId]);
      const before = [await fingerprint(t, ticket.id), await childCounts(t, ticket.id)];
      const r = await t.gql(c.doc, c.vars(ticket.id, other.id) as never, agent.token);
      outcomes.push(`${c.lacking}: ${String(r.errors?.[0]?.extensions?.code)}`);
      expect([await fingerprint(t, ticket.id), await childCounts(t, ticket.id)]).toEqual(before);
    }
    expect(outcomes).toEqual(CASES.map((c) => `${c.lacking}: FORBIDDEN`));
  }, 120_000);
});
