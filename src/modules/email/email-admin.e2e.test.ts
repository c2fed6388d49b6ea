import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { agentIn, createTicket, department, raw } from "../tickets/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const CreateSmtp = graphql(`
  mutation EmailAdmCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      smtpAccount {
        id
        server
        port
        emailAddress
        hasPassword
        isDefault
        departmentId
        brandId
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UpdateSmtp = graphql(`
  mutation EmailAdmUpdateSmtp($input: UpdateSmtpAccountInput!) {
    updateSmtpAccount(input: $input) {
      smtpAccount {
        id
        hasPassword
        isDefault
        port
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const ListSmtp = graphql(`
  query EmailAdmListSmtp($brandId: ID) {
    smtpAccounts(brandId: $brandId) {
      id
      isDefault
      hasPassword
    }
  }
`);

const PasswordField = graphql(`
  query EmailAdmSmtpFields {
    __type(name: "SmtpAccount") {
      fields {
        name
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailAdmSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      emailSettings {
        deliveryDelaySeconds
        blacklist
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Reply = graphql(`
  mutation EmailAdmReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      message {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Outgoing = graphql(`
  query EmailAdmSpool(
    $status: OutgoingMailStatus
    $sort: MailSpoolSort
    $direction: SortDirection
    $ticketId: ID
  ) {
    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {
      totalCount
      nodes {
        id
        kind
        status
        subject
        messageId
        fromAddress
        recipients
        attempts
        lastError
        size
        sentAt
        ticketId
        raw
      }
    }
  }
`);

const RetryOut = graphql(`
  mutation EmailAdmRetry($input: SpoolMessagesInput!) {
    retryOutgoingMails(input: $input) {
      outgoingMails {
        id
        status
        attempts
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Templates = graphql(`
  query EmailAdmTemplates($brandId: ID!) {
    emailTemplates(brandId: $brandId) {
      kind
      subject
      html
      isDefault
      variables
      requiredVariables
    }
  }
`);

const UpdateTemplate = graphql(`
  mutation EmailAdmUpdateTemplate($input: UpdateEmailTemplateInput!) {
    updateEmailTemplate(input: $input) {
      emailTemplate {
        kind
        html
        isDefault
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const ResetTemplate = graphql(`
  mutation EmailAdmResetTemplate($input: ResetEmailTemplateInput!) {
    resetEmailTemplate(input: $input) {
      emailTemplate {
        isDefault
      }
      userErrors {
        code
      }
    }
  }
`);

const Preview = graphql(`
  query EmailAdmPreview($brandId: ID!, $kind: EmailTemplateKind!) {
    previewEmailTemplate(brandId: $brandId, kind: $kind) {
      subject
      html
      text
    }
  }
`);

const SettingsQuery = graphql(`
  query EmailAdmSettingsQuery {
    emailSettings {
      deliveryDelaySeconds
    }
  }
`);

const MailAccounts = graphql(`
  query EmailAdmMailAccounts {
    mailAccounts {
      id
    }
  }
`);

const IncomingQuery = graphql(`
  query EmailAdmIncoming {
    incomingMails {
      totalCount
    }
  }
`);

describe("email administration: refusals, SMTP accounts, templates, options", () => {
  let t: TestServer;
  let smtp: SmtpSink;
  let token: string;
  let brandId: string;
  let dept: { id: string; groupId: string };
  let agent: SignedInAccount;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestServer("email_admin", { jobsPollMs: 40, mailRetryBaseMs: 300, mailMaxAttempts: 4 });
    const admin = await adminSession(t);
    token = admin.token;
    brandId = admin.brandId;
    dept = await department(t, token, "Billing");
    agent = await agentIn(t, token, "mail-agent", [dept.groupId]);
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  it("refuses every email operation to a caller without administration rights", async () => {
    const calls = [
      t.gql(SettingsQuery, {}, agent.token),
      t.gql(ListSmtp, {}, agent.token),
      t.gql(MailAccounts, {}, agent.token),
      t.gql(Outgoing, {}, agent.token),
      t.gql(IncomingQuery, {}, agent.token),
      t.gql(Templates, { brandId }, agent.token),
      t.gql(
        CreateSmtp,
        { input: { brandId, server: "smtp.example.com", emailAddress: "x@example.com" } },
        agent.token,
      ),
      t.gql(RetryOut, { input: { ids: [] } }, agent.token),
      t.gql(Settings, { input: { deliveryDelaySeconds: 1 } }, agent.token),
    ];
    for (const r of await Promise.all(calls)) expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await sql(t, `select 1 from smtp_account`)).toEqual([]);
  });

  it("keeps SMTP passwords write-only and checks the input", async () => {
    const fields = await t.ok(PasswordField, {}, token);
    expect(fields.__type!.fields!.map((f) => f.name)).not.toContain("password");
    const bad = await t.ok(
      CreateSmtp,
      { input: { brandId, server: "bad host!", port: 70000, emailAddress: "not-an-address" } },
      token,
    );
    expect(bad.createSmtpAccount.userErrors.map((e) => e.code).sort()).toEqual([
      "INVALID_EMAIL",
      "INVALID_HOST",
      "OUT_OF_RANGE",
    ]);
    expect(await sql(t, `select 1 from smtp_account`)).toEqual([]);
    const brandAccount = await t.ok(
      CreateSmtp,
      {
        input: {
          brandId,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "notify@helpdesk.example",
          username: "u",
          password: "s3cret",
        },
      },
      token,
    );
    expect(brandAccount.createSmtpAccount.smtpAccount).toMatchObject({
      hasPassword: true,
      isDefault: true,
      departmentId: null,
      brandId,
    });
    const id = brandAccount.createSmtpAccount.smtpAccount!.id;
    const [stored] = await sql<{ password: string }>(t, `select password from smtp_account where id = ?`, [
      raw(id),
    ]);
    expect(stored!.password).toBe("s3cret");
    // Absent keeps it, empty removes it.
    expect(
      (await t.ok(UpdateSmtp, { input: { id, port: smtp.port } }, token)).updateSmtpAccount.smtpAccount!
        .hasPassword,
    ).toBe(true);
    expect(
      (await t.ok(UpdateSmtp, { input: { id, password: "", username: "" } }, token)).updateSmtpAccount
        .smtpAccount!.hasPassword,
    ).toBe(false);
    const deptAccount = await t.ok(
      CreateSmtp,
      {
        input: {
          brandId,
          departmentId: dept.id,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "billing@helpdesk.example",
          displayName: "Billing",
        },
      },
      token,
    );
    expect(deptAccount.createSmtpAccount.smtpAccount).toMatchObject({
      isDefault: false,
      departmentId: dept.id,
    });
    // One default per brand.
    await t.ok(
      UpdateSmtp,
      { input: { id: deptAccount.createSmtpAccount.smtpAccount!.id, isDefault: true } },
      token,
    );
    const list = await t.ok(ListSmtp, { brandId }, token);
    expect(list.smtpAccounts.filter((a) => a.isDefault)).toHaveLength(1);
    await t.ok(UpdateSmtp, { input: { id, isDefault: true } }, token);
  });

  it("has the twelve fixed templates per brand, editable with their variables, and the Master Template wraps replies", async () => {
    const list = (await t.ok(Templates, { brandId }, token)).emailTemplates;
    expect(list).toHaveLength(12);
    expect(list.every((x) => x.isDefault)).toBe(true);
    const lock = list.find((x) => x.kind === "EMAIL_REJECTED_DUE_TO_LOCK")!;
    expect(lock.variables).toEqual([
      "[%SUBJECT%]",
      "[%EMAIL%]",
      "[%TICKETNUMBER%]",
      "[%DATE%]",
      "[%TIME%]",
      "[%COMPANY%]",
      "[%PORTALURL%]",
    ]);
    expect(list.find((x) => x.kind === "FORGOT_LOGIN")!.requiredVariables).toEqual(["[%PASSWORD%]"]);
    const missing = await t.ok(
      UpdateTemplate,
      { input: { brandId, kind: "VERIFY_EMAIL_ADDRESS", subject: "Verify", html: "<p>No link</p>" } },
      token,
    );
    expect(missing.updateEmailTemplate.userErrors.map((e) => e.code)).toEqual(["MISSING_VARIABLE"]);
    const unknown = await t.ok(
      UpdateTemplate,
      { input: { brandId, kind: "SURVEY", subject: "Survey", html: "<p>[%PASSWORD%]</p>" } },
      token,
    );
    expect(unknown.updateEmailTemplate.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_VARIABLE"]);
    const ok = await t.ok(
      UpdateTemplate,
      {
        input: {
          brandId,
          kind: "AUTO_CLOSE_TICKET",
          subject: "Closed: [%TICKETNUMBER%]",
          html: "<p>Closed [%TICKETNUMBER%] for [%COMPANY%]</p>",
        },
      },
      token,
    );
    expect(ok.updateEmailTemplate.emailTemplate).toMatchObject({ isDefault: false });
    const preview = (await t.ok(Preview, { brandId, kind: "AUTO_CLOSE_TICKET" }, token)).previewEmailTemplate;
    expect(preview.subject).toBe("Closed: {TICKETNUMBER}");
    expect(preview.html).toContain("Closed {TICKETNUMBER} for {COMPANY}");
    expect(preview.html).toMatch(/^<!DOCTYPE html>/);
    expect(
      (await t.ok(ResetTemplate, { input: { brandId, kind: "AUTO_CLOSE_TICKET" } }, token)).resetEmailTemplate
        .emailTemplate!.isDefault,
    ).toBe(true);

    const master = await t.ok(
      UpdateTemplate,
      { input: { brandId, kind: "MASTER", subject: "", html: '<div class="brand-frame">[%CONTENT%]</div>' } },
      token,
    );
    expect(master.updateEmailTemplate.userErrors).toEqual([]);
    const ticket = await createTicket(t, agent.token, dept.id, {
      requesterEmail: "framed@customer.example",
      agentId: agent.globalId,
    });
    await t.ok(
      Reply,
      { input: { ticketId: ticket.id, message: { htmlBody: "<p>Framed reply</p>" } } },
      agent.token,
    );
    await until(() => smtp.received.some((m) => m.raw.includes("Framed reply")), 10_000);
    expect(smtp.received.find((m) => m.raw.includes("Framed reply"))!.raw).toMatch(
      /class=(3D)?"brand-frame"/,
    );
  });

  it("rejects bad email options and keeps the old ones", async () => {
    const r = await t.ok(
      Settings,
      { input: { deliveryDelaySeconds: -1, blacklist: ["ok@example.com", "not valid"] } },
      token,
    );
    expect(r.updateEmailSettings.userErrors.map((e) => e.code).sort()).toEqual(["INVALID", "OUT_OF_RANGE"]);
    expect((await t.ok(SettingsQuery, {}, token)).emailSettings.deliveryDelaySeconds).toBe(10);
    const good = await t.ok(Settings, { input: { blacklist: ["Spam.Example", "me@x.example"] } }, token);
    expect(good.updateEmailSettings.emailSettings!.blacklist).toEqual(["spam.example", "me@x.example"]);
  });
});
