import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { applyDepartmentTicketTiming } from "../tickets/index.js";
import { agentIn, createTicket, department, raw } from "../tickets/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { headerOf, mailJobsSettled, sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const CreateSmtp = graphql(`
  mutation EmailNotifyCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailNotifySettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const ChangeStatus = graphql(`
  mutation EmailNotifyStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

describe("email notifications: Copy To Address and the Auto-Close Ticket template", () => {
  let t: TestServer;
  let smtp: SmtpSink;
  let token: string;
  let dept: { id: string; groupId: string };
  let agent: SignedInAccount;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestServer("email_notify", { jobsPollMs: 40 });
    const admin = await adminSession(t);
    token = admin.token;
    dept = await department(t, token, "Care");
    agent = await agentIn(t, token, "copy-agent", [dept.groupId]);
    await t.ok(Settings, { input: { deliveryDelaySeconds: 0 } }, token);
    await t.ok(
      CreateSmtp,
      {
        input: {
          brandId: admin.brandId,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "care@helpdesk.example",
        },
      },
      token,
    );
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  it("copies a ticket assigned to an agent to the agent's Copy To Address, once", async () => {
    await sql(
      t,
      `update account set copy_to_address = 'agent-inbox@home.example', copy_to_enabled = true where id = ?`,
      [agent.id],
    );
    const ticket = await createTicket(t, agent.token, dept.id, {
      subject: "Copy me",
      requesterEmail: "cust@customer.example",
      agentId: agent.globalId,
      message: { textBody: "The customer's words." },
    });
    await until(() => smtp.received.some((m) => m.to.includes("agent-inbox@home.example")), 10_000);
    await mailJobsSettled(t);
    const copies = smtp.received.filter((m) => m.to.includes("agent-inbox@home.example"));
    expect(copies).toHaveLength(1);
    expect(headerOf(copies[0]!.raw, "Subject")).toBe(`Copy me [#${ticket.ticketNumber}]`);
    expect(copies[0]!.raw).toContain("The customer's words.");
    expect(headerOf(copies[0]!.raw, "References")).toBe(`<ticket.${raw(ticket.id)}@helpdesk.example>`);
    await sql(t, `update account set copy_to_address = null where id = ?`, [agent.id]);
  });

  it("tells the customer when the department's Auto-Close closed the ticket, and not when an agent did", async () => {
    await sql(
      t,
      `update department set notify_customer_on_auto_close = true, auto_close_after_hours = 1 where id = ?`,
      [raw(dept.id)],
    );
    const idle = await createTicket(t, agent.token, dept.id, {
      subject: "Gone quiet",
      requesterEmail: "quiet@customer.example",
      agentId: agent.globalId,
    });
    const manual = await createTicket(t, agent.token, dept.id, {
      subject: "Closed by hand",
      requesterEmail: "hand@customer.example",
      agentId: agent.globalId,
    });
    await sql(
      t,
      `update ticket set status = 'WAITING', last_activity_at = now() - interval '3 hours' where id = ?`,
      [raw(idle.id)],
    );
    await t.ok(ChangeStatus, { input: { ticketId: manual.id, status: "CLOSED" } }, agent.token);
    const app = t.server.runtime;
    await (app.orm.em.fork() as EntityManager).transactional((em) =>
      applyDepartmentTicketTiming(app, em as EntityManager, new Date()),
    );
    await until(() => smtp.received.some((m) => m.to.includes("quiet@customer.example")), 10_000);
    await mailJobsSettled(t);
    const notice = smtp.received.filter((m) => m.to.includes("quiet@customer.example"));
    expect(notice).toHaveLength(1);
    expect(headerOf(notice[0]!.raw, "Subject")).toBe(`Ticket ${idle.ticketNumber} was closed`);
    expect(headerOf(notice[0]!.raw, "Auto-Submitted")).toBe("auto-generated");
    expect(headerOf(notice[0]!.raw, "In-Reply-To")).toBe(`<ticket.${raw(idle.id)}@helpdesk.example>`);
    expect(smtp.received.filter((m) => m.to.includes("hand@customer.example"))).toEqual([]);
  });
});
