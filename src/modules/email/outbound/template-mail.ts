/** Rendering the fixed templates for a brand (edited or default) and queueing them through the outbox. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../../core/runtime.js";
import { Brand } from "../../organization/index.js";
import { SmtpAccount } from "../email-account.entity.js";
import { EmailSettings, EmailTemplateOverride } from "../email-settings.entity.js";
import { EmailTemplateKind, OutgoingMailKind } from "../email.enums.js";
import { TEMPLATE_SPECS, commonValues, htmlToText, renderVariables } from "../templates.js";
import type { OutgoingMail } from "../spool.entity.js";
import { queueMail } from "./outbox.js";
import type { QueueMailInput } from "./outbox.js";

/** The one settings row: a fixed key, inserted at boot. */
export const EMAIL_SETTINGS_ID = "00000000-0000-4000-8000-0000000000e1";

export async function ensureEmailSettings(em: EntityManager): Promise<void> {
  await em.execute(
    `insert into email_settings (id, created_at, updated_at, blacklist) values (?, now(), now(), '[]')
     on conflict (id) do nothing`,
    [EMAIL_SETTINGS_ID],
  );
}

export function getEmailSettings(em: EntityManager): Promise<EmailSettings> {
  return em.findOneOrFail(EmailSettings, { id: EMAIL_SETTINGS_ID });
}

/** An entry is an address (exact) or a domain (the address's domain or a parent of it). */
export function isBlacklisted(settings: EmailSettings, address: string): boolean {
  const lower = address.trim().toLowerCase();
  const domain = lower.split("@")[1] ?? "";
  return settings.blacklist.some((raw) => {
    const entry = raw.trim().toLowerCase().replace(/^@/, "");
    if (!entry) return false;
    if (entry.includes("@")) return entry === lower;
    return domain === entry || domain.endsWith(`.${entry}`);
  });
}

/** The brand's default SMTP account, else its first account without a department, else any of it. */
export async function brandSmtpAccount(em: EntityManager, brandId: string): Promise<SmtpAccount | null> {
  const accounts = await em.find(SmtpAccount, { brand: brandId }, { orderBy: { createdAt: "asc" } });
  return accounts.find((a) => a.isDefault) ?? accounts.find((a) => !a.department) ?? accounts[0] ?? null;
}

/** The department's SMTP account for ticket replies, else the brand's (002 L6000, L6951). */
export async function departmentSmtpAccount(
  em: EntityManager,
  departmentId: string,
  brandId: string,
): Promise<SmtpAccount | null> {
  const own = await em.findOne(SmtpAccount, { department: departmentId }, { orderBy: { createdAt: "asc" } });
  return own ?? brandSmtpAccount(em, brandId);
}

export async function templateSource(
  em: EntityManager,
  brandId: string,
  kind: EmailTemplateKind,
): Promise<{ subject: string; html: string; isDefault: boolean }> {
  const override = await em.findOne(EmailTemplateOverride, { brand: brandId, kind });
  if (override) return { subject: override.subject, html: override.html, isDefault: false };
  const spec = TEMPLATE_SPECS[kind];
  return { subject: spec.subject, html: spec.body, isDefault: true };
}

/** Wraps HTML in the brand's Master Template (002 L7010-7012). */
export async function wrapInMaster(em: EntityManager, brandId: string, html: string): Promise<string> {
  const master = await templateSource(em, brandId, EmailTemplateKind.MASTER);
  return renderVariables(master.html, { CONTENT: html }, { escape: false, known: ["CONTENT"] });
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export async function renderTemplate(
  em: EntityManager,
  brand: Brand,
  kind: EmailTemplateKind,
  values: Readonly<Record<string, string>>,
  now = new Date(),
): Promise<RenderedMail> {
  const spec = TEMPLATE_SPECS[kind];
  const source = await templateSource(em, brand.id, kind);
  const all = { ...commonValues(brand, now), ...values };
  const known = spec.variables;
  const body = renderVariables(source.html, all, { escape: true, html: spec.html, known });
  const subject = renderVariables(source.subject, all, { escape: false, known }).replace(/[\r\n]+/g, " ");
  const html = kind === EmailTemplateKind.MASTER ? body : await wrapInMaster(em, brand.id, body);
  return { subject, html, text: htmlToText(body) };
}

export type TemplateMailInput = Omit<QueueMailInput, "account" | "subject" | "html" | "text" | "kind"> & {
  brandId: string;
  template: EmailTemplateKind;
  values: Readonly<Record<string, string>>;
  kind?: OutgoingMailKind;
};

/**
 * Queues a system template through the brand's SMTP account (002 L7008), after the Delivery Delay, unless
 * the recipient is on the Automated Email Blacklist (002 L6945): then nothing is queued and null returned.
 */
export async function queueTemplateMail(
  app: AppRuntime,
  em: EntityManager,
  input: TemplateMailInput,
): Promise<OutgoingMail | null> {
  const settings = await getEmailSettings(em);
  const to = input.to.filter((a) => !isBlacklisted(settings, a));
  if (!to.length) return null;
  const brand = await em.findOneOrFail(Brand, { id: input.brandId });
  const rendered = await renderTemplate(em, brand, input.template, input.values);
  return queueMail(app, em, {
    ...input,
    kind: input.kind ?? OutgoingMailKind.TEMPLATE,
    to,
    account: await brandSmtpAccount(em, brand.id),
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    automated: input.automated ?? "auto-generated",
    delaySeconds: input.delaySeconds ?? settings.deliveryDelaySeconds,
  });
}
