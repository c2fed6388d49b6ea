import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { createRule, eventsIdle, eventsRole } from "../events/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { collect } from "../presence/testing.js";
import { agentWithRole, createTicket, department } from "../tickets/testing.js";
import { headerOf, mailJobsSettled, sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const Profiles = graphql(`
  query EmailNpProfiles($system: Boolean) {
    notificationProfiles(system: $system) {
      id
      name
      isDefault
      emailAddresses
      emailEnabled
      smsAddresses
      smsEnabled
      showReminder
    }
  }
`);

const CreateProfile = graphql(`
  mutation EmailNpCreate($input: CreateNotificationProfileInput!) {
    createNotificationProfile(input: $input) {
      notificationProfile {
        id
        name
        isDefault
        emailAddresses
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateProfile = graphql(`
  mutation EmailNpUpdate($input: UpdateNotificationProfileInput!) {
    updateNotificationProfile(input: $input) {
      notificationProfile {
        id
        isDefault
        emailAddresses
        smsAddresses
        smsEnabled
      }
      userErrors {
        code
      }
    }
  }
`);

const DeleteProfile = graphql(`
  mutation EmailNpDelete($input: DeleteNotificationProfileInput!) {
    deleteNotificationProfile(input: $input) {
      deletedId
      userErrors {
        code
      }
    }
  }
`);

const CreateSmtp = graphql(`
  mutation EmailNpCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailNpSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Reminders = graphql(`
  subscription EmailNpReminders {
    eventReminders {
      ruleName
      scope
      text
    }
  }
`);

describe("email: notification profiles and the profile actions", () => {
  let t: TestServer;
  let smtp: SmtpSink;
  let admin: string;
  let dept: { id: string; groupId: string };
  let agent: SignedInAccount;
  let other: SignedInAccount;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestServer("email_profiles", { jobsPollMs: 40 });
    const session = await adminSession(t);
    admin = session.token;
    dept = await department(t, admin, "Profiles");
    const role = await eventsRole(t, admin, "Events full", "FULL_CONTROL");
    agent = await agentWithRole(t, admin, "np-agent", role, [dept.groupId]);
    other = await agentWithRole(t, admin, "np-other", role, [dept.groupId]);
    await t.ok(Settings, { input: { deliveryDelaySeconds: 0, blacklist: [] } }, admin);
    await t.ok(
      CreateSmtp,
      {
        input: {
          brandId: session.brandId,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "events@helpdesk.example",
        },
      },
      admin,
    );
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  const mailsTo = (address: string, from = 0) =>
    smtp.received.slice(from).filter((m) => m.to.includes(address));

  it("each agent has one default profile with their email; profiles are theirs alone; bad input stores nothing", async () => {
    const [def] = (await t.ok(Profiles, {}, agent.token)).notificationProfiles;
    expect(def).toMatchObject({
      name: "Default",
      isDefault: true,
      emailAddresses: ["np-agent@example.com"],
      emailEnabled: true,
      smsEnabled: false,
    });
    // Listing twice (or concurrently) never makes a second default.
    await Promise.all([t.ok(Profiles, {}, agent.token), t.ok(Profiles, {}, agent.token)]);
    const [n] = await sql<{ n: string }>(
      t,
      `select count(*) as n from notification_profile where owner_id = ? and is_default`,
      [agent.id],
    );
    expect(Number(n!.n)).toBe(1);

    const before = await sql(t, `select id from notification_profile`);
    const bad = await t.ok(
      CreateProfile,
      { input: { name: " ", emailAddresses: ["not-an-address"], smsAddresses: ["5551234@sms.example"] } },
      agent.token,
    );
    expect(bad.createNotificationProfile.userErrors.map((e) => e.code).sort()).toEqual([
      "INVALID_EMAIL",
      "INVALID_NAME",
    ]);
    expect(await sql(t, `select id from notification_profile`)).toHaveLength(before.length);

    const del = await t.ok(DeleteProfile, { input: { id: def!.id } }, agent.token);
    expect(del.deleteNotificationProfile.userErrors.map((e) => e.code)).toEqual(["CANNOT_DELETE_DEFAULT"]);
    const undefault = await t.ok(UpdateProfile, { input: { id: def!.id, isDefault: false } }, agent.token);
    expect(undefault.updateNotificationProfile.userErrors.map((e) => e.code)).toEqual(["DEFAULT_REQUIRED"]);

    // Another agent's profile, and the system profiles, are not an agent's to touch.
    const foreign = await t.gql(UpdateProfile, { input: { id: def!.id, name: "mine now" } }, other.token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const system = await t.gql(Profiles, { system: true }, agent.token);
    expect(system.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const createSystem = await t.gql(
      CreateProfile,
      { input: { system: true, name: "Ops pager" } },
      agent.token,
    );
    expect(createSystem.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("Use My Notification Profile sends to the chosen profile's email and SMS addresses and reminds, once", async () => {
    const created = await t.ok(
      CreateProfile,
      {
        input: {
          name: "Pager",
          emailAddresses: ["Pager@Example.com", "pager@example.com", "desk@example.com"],
          smsAddresses: ["5551234@sms.example"],
          smsEnabled: true,
          showReminder: true,
        },
      },
      agent.token,
    );
    const pager = created.createNotificationProfile.notificationProfile!;
    expect(pager.emailAddresses).toEqual(["pager@example.com", "desk@example.com"]);
    expect(pager.isDefault).toBe(false);
    const watcher = collect<{ eventReminders: { ruleName: string; scope: string; text: string } }>(
      t.ws(agent.token),
      print(Reminders),
    );
    await new Promise((r) => setTimeout(r, 200));
    const mark = smtp.received.length;
    await createRule(t, agent.token, {
      name: "Page me",
      scope: "AGENT",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["page-me"] }],
      actions: [
        {
          action: "USE_MY_NOTIFICATION_PROFILE",
          parameters: [
            { key: "notificationProfileId", value: pager.id },
            { key: "text", value: "Ticket #number# needs you. ".repeat(12) },
          ],
        },
      ],
    });
    const ticket = await createTicket(t, agent.token, dept.id, {
      subject: "please page-me",
      requesterEmail: "c@customer.example",
      agentId: agent.globalId,
    });
    await until(() => smtp.received.length >= mark + 2, 10_000, "profile mails");
    await eventsIdle(t);
    await mailJobsSettled(t);
    const email = mailsTo("pager@example.com", mark);
    expect(email).toHaveLength(1);
    expect(email[0]!.to.sort()).toEqual(["desk@example.com", "pager@example.com"]);
    expect(headerOf(email[0]!.raw, "Subject")).toBe("Page me");
    expect(email[0]!.raw).toContain("text/html");
    const sms = mailsTo("5551234@sms.example", mark);
    expect(sms).toHaveLength(1);
    // An SMS gateway gets one short plain text: no HTML part, at most 160 characters.
    expect(sms[0]!.raw).not.toContain("text/html");
    const body = sms[0]!.raw
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join("\n")
      .replace(/=\r?\n/g, "")
      .trim();
    expect(body.length).toBeLessThanOrEqual(160);
    expect(body).toContain(`Ticket ${ticket.ticketNumber} needs you.`);
    await until(() => watcher.events.length > 0, 5_000, "reminder");
    expect(watcher.events[0]!.eventReminders).toMatchObject({ ruleName: "Page me", scope: "AGENT" });
    watcher.dispose();
  });

  it("Use Default Notification Profile for User follows the agent's default profile; disabled channels stay silent", async () => {
    const [def] = (await t.ok(Profiles, {}, other.token)).notificationProfiles;
    await t.ok(
      UpdateProfile,
      {
        input: {
          id: def!.id,
          emailAddresses: ["other-home@example.com"],
          emailEnabled: false,
          smsAddresses: ["5559999@sms.example"],
          smsEnabled: true,
        },
      },
      other.token,
    );
    await createRule(t, admin, {
      name: "Tell the assignee",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["assignee-test"] }],
      actions: [
        {
          action: "USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER",
          parameters: [{ key: "text", value: "#number#" }],
        },
      ],
    });
    const mark = smtp.received.length;
    const ticket = await createTicket(t, admin, dept.id, {
      subject: "assignee-test",
      requesterEmail: "c3@customer.example",
      agentId: other.globalId,
    });
    await until(() => mailsTo("5559999@sms.example", mark).length > 0, 10_000, "SMS to the assignee");
    await eventsIdle(t);
    await mailJobsSettled(t);
    expect(mailsTo("5559999@sms.example", mark)[0]!.raw).toContain(ticket.ticketNumber);
    expect(mailsTo("other-home@example.com", mark)).toHaveLength(0);
    expect(mailsTo("np-other@example.com", mark)).toHaveLength(0);
  });

  it("a system rule uses the System Notification Profiles: the default reminds administrators, an added one mails", async () => {
    const [sysDefault] = (await t.ok(Profiles, { system: true }, admin)).notificationProfiles;
    expect(sysDefault).toMatchObject({ isDefault: true, emailAddresses: [], showReminder: true });
    const ops = await t.ok(
      CreateProfile,
      {
        input: { system: true, name: "Ops list", emailAddresses: ["ops-list@example.com"], isDefault: true },
      },
      admin,
    );
    expect(ops.createNotificationProfile.notificationProfile!.isDefault).toBe(true);
    const list = (await t.ok(Profiles, { system: true }, admin)).notificationProfiles;
    expect(list.filter((p) => p.isDefault).map((p) => p.name)).toEqual(["Ops list"]);
    const adminWatch = collect<{ eventReminders: { ruleName: string; scope: string } }>(
      t.ws(admin),
      print(Reminders),
    );
    await new Promise((r) => setTimeout(r, 200));
    await createRule(t, admin, {
      name: "System page",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["system-page"] }],
      actions: [
        // The old default, named explicitly: it reminds; the default (Ops list) mails.
        {
          action: "USE_MY_NOTIFICATION_PROFILE",
          parameters: [{ key: "notificationProfileId", value: sysDefault!.id }],
        },
        { action: "USE_MY_NOTIFICATION_PROFILE_ONCE_PER_ITEM" },
      ],
    });
    const mark = smtp.received.length;
    await createTicket(t, admin, dept.id, { subject: "system-page", requesterEmail: "c4@customer.example" });
    await until(() => mailsTo("ops-list@example.com", mark).length > 0, 10_000, "system profile mail");
    await until(() => adminWatch.events.length > 0, 5_000, "system reminder");
    expect(adminWatch.events[0]!.eventReminders).toMatchObject({ ruleName: "System page", scope: "SYSTEM" });
    adminWatch.dispose();
    await eventsIdle(t);
    const [evaluation] = await sql<{ actions: Array<{ action: string; outcome: string; message: string }> }>(
      t,
      `select action_trace as actions from event_rule_evaluation where rule_name = 'System page' limit 1`,
    );
    expect(evaluation!.actions.map((a) => [a.action, a.outcome])).toEqual([
      ["USE_MY_NOTIFICATION_PROFILE", "RAN"],
      ["USE_MY_NOTIFICATION_PROFILE_ONCE_PER_ITEM", "RAN"],
    ]);
    expect(evaluation!.actions[0]!.message).toMatch(/profile "Default": reminder in the interface/);
    expect(evaluation!.actions[1]!.message).toMatch(/profile "Ops list": email to ops-list@example.com/);
  });
});
