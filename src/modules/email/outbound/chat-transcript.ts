import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../../core/runtime.js";
import type { TranscriptMail, TranscriptMailResult } from "../../chat/index.js";
import { OutgoingMailKind } from "../email.enums.js";
import { OutgoingMail } from "../spool.entity.js";
import { queueMail } from "./outbox.js";
import { departmentSmtpAccount, wrapInMaster } from "./template-mail.js";

/**
 * The chat module's transcript mailer (registered at boot): through the outbox, in the caller's transaction,
 * from the department's SMTP account (else the brand's), wrapped in the brand's Master Template.
 */
export async function queueChatTranscript(
  app: AppRuntime,
  em: EntityManager,
  mail: TranscriptMail,
): Promise<TranscriptMailResult> {
  if (mail.sourceKey && (await em.count(OutgoingMail, { sourceKey: mail.sourceKey }))) return "DUPLICATE";
  const account = await departmentSmtpAccount(em, mail.departmentId, mail.brandId);
  if (!account && mail.requireAccount) return "NO_ACCOUNT";
  const queued = await queueMail(app, em, {
    kind: OutgoingMailKind.CHAT_TRANSCRIPT,
    account,
    to: mail.to,
    subject: mail.subject,
    html: await wrapInMaster(em, mail.brandId, mail.html),
    text: mail.text,
    automated: mail.automated ? "auto-generated" : null,
    sourceKey: mail.sourceKey,
    headers: { "X-Deskgraph-Chat": String(mail.chatNumber) },
  });
  return queued ? "QUEUED" : "DUPLICATE";
}
