import nodemailer from "nodemailer";
import type { SmtpAccount } from "../email-account.entity.js";
import { MailEncryption } from "../email.enums.js";

/**
 * One connection per message, closed after it: sends are seconds apart at most and a pool would hold
 * sockets (and stale credentials after an edit) between jobs. Timeouts are short so that a dead server
 * fails the attempt instead of holding the job's transaction for nodemailer's default two minutes.
 */
export async function sendRaw(
  account: Pick<
    SmtpAccount,
    "server" | "port" | "encryption" | "username" | "password" | "ignoreSslWarnings"
  >,
  envelope: { from: string; to: string[] },
  raw: Buffer,
): Promise<void> {
  const transport = nodemailer.createTransport({
    host: account.server,
    port: account.port,
    secure: account.encryption === MailEncryption.SSL,
    requireTLS: account.encryption === MailEncryption.TLS,
    ignoreTLS: account.encryption === MailEncryption.NONE,
    auth: account.username ? { user: account.username, pass: account.password ?? "" } : undefined,
    tls: { rejectUnauthorized: !account.ignoreSslWarnings },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({ envelope, raw });
  } finally {
    transport.close();
  }
}
