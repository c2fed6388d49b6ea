/** One session with an inbound mailbox, the same shape for POP3 and IMAP. */
import { ImapFlow } from "imapflow";
import type { MailAccount } from "../email-account.entity.js";
import { MailEncryption, MailProtocol } from "../email.enums.js";
import { Pop3Client } from "./pop3-client.js";

export interface MailboxMessage {
  /** POP3 UIDL, or IMAP uidvalidity:uid: stable across sessions. */
  uid: string;
  ref: number;
}

export interface MailboxSession {
  list(): Promise<MailboxMessage[]>;
  fetch(message: MailboxMessage): Promise<Buffer>;
  /** Removes messages (POP3: applied at close; IMAP: flagged \Deleted and expunged). */
  remove(messages: MailboxMessage[]): Promise<void>;
  close(): Promise<void>;
}

type Account = Pick<
  MailAccount,
  "protocol" | "server" | "port" | "encryption" | "username" | "password" | "folder" | "ignoreSslWarnings"
>;

export async function openMailbox(account: Account): Promise<MailboxSession> {
  return account.protocol === MailProtocol.IMAP ? openImap(account) : openPop3(account);
}

async function openPop3(account: Account): Promise<MailboxSession> {
  const client = await Pop3Client.connect({
    host: account.server,
    port: account.port,
    secure: account.encryption === MailEncryption.SSL,
    startTls: account.encryption === MailEncryption.TLS,
    rejectUnauthorized: !account.ignoreSslWarnings,
    user: account.username,
    password: account.password ?? "",
  });
  let closed = false;
  return {
    async list() {
      return (await client.uidl()).map((m) => ({ uid: m.uid, ref: m.number }));
    },
    fetch: (m) => client.retrieve(m.ref),
    async remove(messages) {
      for (const m of messages) await client.delete(m.ref);
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.quit().catch(() => client.close());
    },
  };
}

async function openImap(account: Account): Promise<MailboxSession> {
  const client = new ImapFlow({
    host: account.server,
    port: account.port,
    secure: account.encryption === MailEncryption.SSL,
    doSTARTTLS:
      account.encryption === MailEncryption.TLS
        ? true
        : account.encryption === MailEncryption.NONE
          ? false
          : undefined,
    auth: { user: account.username, pass: account.password ?? "" },
    tls: { rejectUnauthorized: !account.ignoreSslWarnings },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  client.on("error", () => undefined); // surfaced by the failing command instead
  await client.connect();
  const lock = await client.getMailboxLock(account.folder || "INBOX");
  const mailbox = client.mailbox;
  const validity = mailbox && typeof mailbox === "object" ? String(mailbox.uidValidity) : "0";
  let closed = false;
  return {
    async list() {
      const uids = (await client.search({ all: true }, { uid: true })) || [];
      return uids.map((uid) => ({ uid: `${validity}:${uid}`, ref: uid }));
    },
    async fetch(m) {
      const message = await client.fetchOne(String(m.ref), { source: true }, { uid: true });
      if (!message || !message.source) throw new Error(`IMAP message ${m.uid} has vanished`);
      return message.source;
    },
    async remove(messages) {
      if (!messages.length) return;
      await client.messageDelete(messages.map((m) => m.ref).join(","), { uid: true });
    },
    async close() {
      if (closed) return;
      closed = true;
      lock.release();
      await client.logout().catch(() => client.close());
    },
  };
}
