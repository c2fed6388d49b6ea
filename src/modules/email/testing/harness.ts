/**
 * Test helpers of the email module: waiting for the mail jobs, raw messages, SQL. codegen reads test files
 * only, so the fixture operations here are parsed and typed by hand (each test file has its own typed ones).
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { randomUUID } from "node:crypto";
import type { TestServer } from "../../../core/testing/test-server.js";

function op<T>(source: string): TypedDocumentNode<T, Record<string, unknown>> {
  return parse(source) as TypedDocumentNode<T, Record<string, unknown>>;
}

export async function sql<T = Record<string, unknown>>(
  t: TestServer,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return t.server.runtime.orm.em.getConnection().execute(query, params);
}

export async function until(
  predicate: () => Promise<boolean> | boolean,
  ms = 15_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** No email job is due or running (timers due later, like the next poll, do not count). */
export async function mailJobsSettled(t: TestServer, ms = 15_000): Promise<void> {
  await until(
    async () => {
      const [row] = await sql<{ n: string }>(
        t,
        `select count(*) as n from job where (kind like 'email.%' or kind like 'domainEvent:%')
           and kind <> 'email.maintenance'
           and (status = 'RUNNING' or (status = 'PENDING' and run_at <= now() + interval '1 second'))`,
      );
      if (Number(row!.n) !== 0) return false;
      // A new ticket is created just after its import job commits: wait for that too.
      const [waiting] = await sql<{ n: string }>(
        t,
        `select count(*) as n from incoming_mail where status = 'RECEIVED'`,
      );
      return Number(waiting!.n) === 0;
    },
    ms,
    "mail jobs settled",
  ).catch(async (error: Error) => {
    const rows = await sql(
      t,
      `select kind, status, attempts, last_error, run_at from job where kind like 'email.%' or kind like 'domainEvent:%' order by created_at desc limit 8`,
    );
    throw new Error(`${error.message}: ${JSON.stringify(rows)}`);
  });
}

const Poll = op<{ pollMailAccount: { userErrors: Array<{ code: string }> } }>(`
  mutation EmailFixturePoll($input: EmailAccountIdInput!) {
    pollMailAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

/** Polls the account now and waits until the fetch and every import it started have run. */
export async function pollNow(t: TestServer, token: string, accountId: string): Promise<void> {
  const r = await t.ok(Poll, { input: { id: accountId } }, token);
  if (r.pollMailAccount.userErrors.length) throw new Error(JSON.stringify(r.pollMailAccount.userErrors));
  await mailJobsSettled(t);
}

export interface RawMailSpec {
  from: string;
  to: string;
  subject: string;
  text?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  date?: Date;
  headers?: Record<string, string>;
  attachment?: { name: string; content: Buffer };
}

/** A plain RFC 5322 message (multipart when it has an attachment). */
export function rawMail(spec: RawMailSpec): string {
  const messageId = spec.messageId ?? `<${randomUUID()}@customer.example>`;
  const head = [
    `From: ${spec.from}`,
    `To: ${spec.to}`,
    `Subject: ${spec.subject}`,
    `Date: ${(spec.date ?? new Date()).toUTCString()}`,
    `Message-ID: ${messageId}`,
    ...(spec.inReplyTo ? [`In-Reply-To: ${spec.inReplyTo}`] : []),
    ...(spec.references ? [`References: ${spec.references}`] : []),
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    "MIME-Version: 1.0",
  ];
  const text = spec.text ?? "Hello, something is broken.";
  if (!spec.attachment)
    return [...head, "Content-Type: text/plain; charset=utf-8", "", text, ""].join("\r\n");
  const b64 = spec.attachment.content.toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    "--b1",
    `Content-Type: application/octet-stream; name="${spec.attachment.name}"`,
    `Content-Disposition: attachment; filename="${spec.attachment.name}"`,
    "Content-Transfer-Encoding: base64",
    "",
    b64,
    "--b1--",
    "",
  ].join("\r\n");
}

/** The value of a header in a raw message (unfolded), or null. */
export function headerOf(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
