import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { createDepartment } from "../distribution/testing.js";
import { headerOf, mailJobsSettled, sql, until } from "../email/testing/harness.js";
import { startSmtpSink, type SmtpSink } from "../email/testing/smtp-sink.js";
import { rawId } from "../organization/testing.js";
import { chatAgent, overWs } from "./testing.js";
import type { ChatAgent } from "./testing.js";

const Start = graphql(`
  mutation ChatMailStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
        chatNumber
      }
      userErrors {
        code
      }
    }
  }
`);

const Send = graphql(`
  mutation ChatMailSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Coach = graphql(`
  mutation ChatMailCoach($input: SendCoachingMessageInput!) {
    sendCoachingMessage(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const End = graphql(`
  mutation ChatMailEnd($input: EndChatInput!) {
    endChat(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Email = graphql(`
  mutation ChatMailTranscript($input: EmailChatTranscriptInput!) {
    emailChatTranscript(input: $input) {
      recipients
      chat {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const CreateSmtp = graphql(`
  mutation ChatMailCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      smtpAccount {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const DeptSettings = graphql(`
  mutation ChatMailDeptSettings($input: UpdateDepartmentChatSettingsInput!) {
    updateDepartmentChatSettings(input: $input) {
      settings {
        emailTranscriptOnEnd
      }
      userErrors {
        code
      }
    }
  }
`);

type EmailData = {
  emailChatTranscript: { recipients: string[] | null; userErrors: Array<{ code: string }> };
};

let t: TestServer;
let smtp: SmtpSink;
let admin: Awaited<ReturnType<typeof adminSession>>;
let dept: { departmentId: string; groupId: string };
let amy: ChatAgent;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestServer("chat-transcript", { jobsPollMs: 40 });
  admin = await adminSession(t);
  dept = await createDepartment(t, admin.token, "Mailroom");
  amy = await chatAgent(t, admin.token, "Amy", dept.groupId, { max: 20 });
}, 60_000);
afterAll(async () => {
  await t?.stop();
  await smtp?.stop();
});

/** A chat with the customer, Amy's answer and a coaching whisper, ended by Amy. */
async function endedChat(name: string, email: string | null = `${name.toLowerCase()}@customer.example`) {
  const started = (
    await t.ok(Start, {
      input: { departmentId: dept.departmentId, name, email, question: `Question from ${name}` },
    })
  ).startChat;
  const chatId = started.chat!.id;
  await t.ok(Send, { input: { chatId, body: `Answer for ${name}` } }, amy.token);
  await t.ok(Coach, { input: { chatId, body: "secret whisper" } }, amy.token);
  await t.ok(End, { input: { chatId } }, amy.token);
  return { chatId, token: started.visitorToken!, number: started.chat!.chatNumber };
}

const transcriptMails = async () =>
  sql<{
    kind: string;
    status: string;
    recipients: string[];
    from_address: string;
    last_error: string | null;
  }>(
    t,
    `select kind, status, recipients, from_address, last_error from outgoing_mail where kind = 'CHAT_TRANSCRIPT'
      order by created_at`,
  );
const codes = (r: { userErrors: Array<{ code: string }> }) => r.userErrors.map((e) => e.code);
const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

describe("email transcript", () => {
  it("without any SMTP account: refuses with NO_SMTP_ACCOUNT and writes nothing; on end it is stored FAILED", async () => {
    const c = await endedChat("Nora");
    const r = await t.ok(Email, { input: { chatId: c.chatId } }, amy.token);
    expect(codes(r.emailChatTranscript)).toEqual(["NO_SMTP_ACCOUNT"]);
    expect(await transcriptMails()).toEqual([]);

    await t.ok(
      DeptSettings,
      { input: { departmentId: dept.departmentId, emailTranscriptOnEnd: true } },
      admin.token,
    );
    await endedChat("Fay");
    const stored = await transcriptMails();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: "FAILED", recipients: ["fay@customer.example"] });
    await t.ok(
      DeptSettings,
      { input: { departmentId: dept.departmentId, emailTranscriptOnEnd: false } },
      admin.token,
    );
    await sql(t, `delete from outgoing_mail`);
  });

  it("an agent emails an ended chat's transcript from the department's SMTP account, without coaching lines", async () => {
    // The brand's default account and the department's own: the department's sends.
    for (const [departmentId, address] of [
      [null, "notify@brand.example"],
      [dept.departmentId, "chat@mailroom.example"],
    ] as const)
      expect(
        (
          await t.ok(
            CreateSmtp,
            {
              input: {
                brandId: admin.brandId,
                departmentId,
                server: "127.0.0.1",
                port: smtp.port,
                emailAddress: address,
              },
            },
            admin.token,
          )
        ).createSmtpAccount.userErrors,
      ).toEqual([]);

    // Not while it is going on.
    const live = (
      await t.ok(Start, { input: { departmentId: dept.departmentId, name: "Live", question: "Hi" } })
    ).startChat.chat!.id;
    expect(codes((await t.ok(Email, { input: { chatId: live } }, amy.token)).emailChatTranscript)).toEqual([
      "CHAT_NOT_ENDED",
    ]);

    const c = await endedChat("Carla");
    const r = await t.ok(Email, { input: { chatId: c.chatId } }, amy.token);
    expect(r.emailChatTranscript).toMatchObject({ recipients: ["carla@customer.example"], userErrors: [] });
    await mailJobsSettled(t);
    const [mail] = mailTo("carla@customer.example");
    expect(mail!.from).toBe("chat@mailroom.example");
    expect(headerOf(mail!.raw, "Subject")).toBe(`Transcript of live chat ${c.number}`);
    expect(headerOf(mail!.raw, "X-Deskgraph-Chat")).toBe(String(c.number));
    expect(headerOf(mail!.raw, "Auto-Submitted")).toBeNull();
    expect(mail!.raw).toContain("Question from Carla");
    expect(mail!.raw).toContain("Answer for Carla");
    expect(mail!.raw).not.toContain("secret whisper");
    expect((await transcriptMails()).map((m) => [m.kind, m.status])).toEqual([["CHAT_TRANSCRIPT", "SENT"]]);

    // Other addresses, several, separated by semicolons (002 L3424); an agent may send again.
    const two = await t.ok(
      Email,
      { input: { chatId: c.chatId, emails: ["boss@corp.example; team@corp.example", "BOSS@corp.example"] } },
      amy.token,
    );
    expect(two.emailChatTranscript.recipients).toEqual(["boss@corp.example", "team@corp.example"]);
    await mailJobsSettled(t);
    expect(mailTo("team@corp.example")).toHaveLength(1);
  });

  it("refuses bad recipients and callers who may not, writing nothing", async () => {
    const c = await endedChat("Dora");
    const before = (await transcriptMails()).length;
    const bad = await t.ok(Email, { input: { chatId: c.chatId, emails: ["not-an-address"] } }, amy.token);
    expect(bad.emailChatTranscript.userErrors).toEqual([
      { code: "INVALID_EMAIL", field: ["input", "emails", "0"] },
    ]);
    const many = Array.from({ length: 11 }, (_, i) => `p${i}@corp.example`);
    const tooMany = await t.ok(Email, { input: { chatId: c.chatId, emails: many } }, amy.token);
    expect(codes(tooMany.emailChatTranscript)).toEqual(["TOO_MANY_RECIPIENTS"]);
    const anonymous = await endedChat("Nomail", null);
    const none = await t.ok(Email, { input: { chatId: anonymous.chatId } }, amy.token);
    expect(codes(none.emailChatTranscript)).toEqual(["NO_RECIPIENT"]);

    // An employee without Live Chats View, an agent of another department, nobody, another chat's token.
    const plain = await signedIn(t, "nochat", "EMPLOYEE", []);
    const elsewhere = await createDepartment(t, admin.token, "Elsewhere");
    const otto = await chatAgent(t, admin.token, "Otto", elsewhere.groupId);
    for (const [token, code] of [
      [plain.token, "FORBIDDEN"],
      [otto.token, "FORBIDDEN"],
      [undefined, "UNAUTHENTICATED"],
    ] as const)
      expect((await t.gql(Email, { input: { chatId: c.chatId } }, token)).errors?.[0]?.extensions?.code).toBe(
        code,
      );
    const other = await t.gql(Email, { input: { chatId: c.chatId, visitorToken: anonymous.token } });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await transcriptMails()).toHaveLength(before);
  });

  it("the visitor emails their own transcript once, only to their own address, over graphql-ws", async () => {
    const c = await endedChat("Vera");
    const ws = t.ws(undefined, { connectionParams: { visitorToken: c.token } });
    const elsewhere = await overWs<EmailData>(ws, print(Email), {
      input: { chatId: c.chatId, emails: ["attacker@evil.example"] },
    });
    expect(codes(elsewhere.data!.emailChatTranscript)).toEqual(["NOT_ALLOWED"]);
    const own = await overWs<EmailData>(ws, print(Email), { input: { chatId: c.chatId } });
    expect(own.data!.emailChatTranscript).toMatchObject({
      recipients: ["vera@customer.example"],
      userErrors: [],
    });
    const again = await overWs<EmailData>(ws, print(Email), { input: { chatId: c.chatId } });
    expect(codes(again.data!.emailChatTranscript)).toEqual(["ALREADY_SENT"]);
    await mailJobsSettled(t);
    expect(mailTo("vera@customer.example")).toHaveLength(1);
    expect(mailTo("attacker@evil.example")).toHaveLength(0);
  });

  it("emailTranscriptOnEnd sends the customer's copy when the chat ends, once, marked automated", async () => {
    await t.ok(
      DeptSettings,
      { input: { departmentId: dept.departmentId, emailTranscriptOnEnd: true } },
      admin.token,
    );
    const started = (
      await t.ok(Start, {
        input: {
          departmentId: dept.departmentId,
          name: "Otis",
          email: "otis@customer.example",
          question: "Ends by itself?",
        },
      })
    ).startChat;
    // Ended by the customer this time.
    await t.ok(End, { input: { chatId: started.chat!.id, visitorToken: started.visitorToken } });
    await until(async () => mailTo("otis@customer.example").length === 1, 15_000, "transcript on end");
    const [mail] = mailTo("otis@customer.example");
    expect(mail!.from).toBe("chat@mailroom.example");
    expect(headerOf(mail!.raw, "Auto-Submitted")).toBe("auto-generated");
    expect(mail!.raw).toContain("Ends by itself?");
    const asked = await t.ok(Email, {
      input: { chatId: started.chat!.id, visitorToken: started.visitorToken },
    });
    expect(codes(asked.emailChatTranscript)).toEqual(["ALREADY_SENT"]);
    const rows = await sql<{ n: string }>(
      t,
      `select count(*) as n from outgoing_mail where kind = 'CHAT_TRANSCRIPT' and source_key = ?`,
      [`chat.transcript:${rawId(started.chat!.id)}:customer`],
    );
    expect(Number(rows[0]!.n)).toBe(1);
    await t.ok(
      DeptSettings,
      { input: { departmentId: dept.departmentId, emailTranscriptOnEnd: false } },
      admin.token,
    );
  });
});
