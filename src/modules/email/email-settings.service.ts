/** Settings > Email > Options and Templates, and the brand autoresponders. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { Brand, Department } from "../organization/index.js";
import type {
  CreateAutoresponderInput,
  UpdateAutoresponderInput,
  UpdateEmailSettingsInput,
  UpdateEmailTemplateInput,
} from "./email-admin.types.js";
import { EmailTemplate } from "./email-admin.types.js";
import { Autoresponder, EmailTemplateOverride } from "./email-settings.entity.js";
import { EmailTemplateKind } from "./email.enums.js";
import { AUTORESPONDER_VARIABLES } from "./inbound/autoresponder.js";
import { getEmailSettings, renderTemplate, templateSource } from "./outbound/template-mail.js";
import { TEMPLATE_SPECS, usedVariables } from "./templates.js";

const DOMAIN = /^@?([a-z0-9-]+\.)+[a-z]{2,}$/i;

export async function updateEmailSettings(ctx: RequestContext, input: UpdateEmailSettingsInput) {
  const em = ctx.em.fork();
  const settings = await getEmailSettings(em);
  const v = new Validation();
  const range = (value: number | null | undefined, min: number, max: number, field: string) => {
    if (value === undefined || value === null) return;
    v.check(
      Number.isInteger(value) && value >= min && value <= max,
      "OUT_OF_RANGE",
      `${field} must be ${min} to ${max}.`,
      ["input", field],
    );
  };
  range(input.deliveryDelaySeconds, 0, 3600, "deliveryDelaySeconds");
  range(input.deleteFailedAfterDays, 1, 3650, "deleteFailedAfterDays");
  range(input.deleteRawAfterDays, 1, 3650, "deleteRawAfterDays");
  if (input.defaultEncoding !== undefined && input.defaultEncoding !== null)
    v.check(
      /^[A-Za-z0-9._:-]{2,40}$/.test(input.defaultEncoding.trim()),
      "INVALID",
      "Enter a charset name such as UTF-8.",
      ["input", "defaultEncoding"],
    );
  const blacklist = input.blacklist?.map((e) => e.trim().toLowerCase()).filter(Boolean);
  blacklist?.forEach((entry, i) =>
    v.check(
      isValidEmail(entry) || DOMAIN.test(entry),
      "INVALID",
      `"${entry}" is neither an address nor a domain.`,
      ["input", "blacklist", String(i)],
    ),
  );
  v.throwIfAny();
  if (input.defaultEncoding) settings.defaultEncoding = input.defaultEncoding.trim();
  if (input.deliveryDelaySeconds !== undefined && input.deliveryDelaySeconds !== null)
    settings.deliveryDelaySeconds = input.deliveryDelaySeconds;
  if (input.deleteFailedAfterDays) settings.deleteFailedAfterDays = input.deleteFailedAfterDays;
  if (input.deleteRawAfterDays) settings.deleteRawAfterDays = input.deleteRawAfterDays;
  if (blacklist) settings.blacklist = [...new Set(blacklist)];
  if (input.filterDuplicates !== undefined && input.filterDuplicates !== null)
    settings.filterDuplicates = input.filterDuplicates;
  if (input.removeRedundantReplies !== undefined && input.removeRedundantReplies !== null)
    settings.removeRedundantReplies = input.removeRedundantReplies;
  await em.flush();
  return { emailSettings: settings };
}

async function brandOf(em: EntityManager, globalId: string): Promise<Brand> {
  const brand = await em.findOne(Brand, { id: fromGlobalId(globalId, "Brand", "brandId") });
  if (!brand) throw new NotFoundError("Brand", globalId);
  return brand;
}

async function templateView(
  em: EntityManager,
  brand: Brand,
  kind: EmailTemplateKind,
): Promise<EmailTemplate> {
  const source = await templateSource(em, brand.id, kind);
  const spec = TEMPLATE_SPECS[kind];
  return Object.assign(new EmailTemplate(), {
    kind,
    brandId: brand.globalId,
    subject: source.subject,
    html: source.html,
    isDefault: source.isDefault,
    variables: spec.variables.map((n) => `[%${n}%]`),
    requiredVariables: spec.required.map((n) => `[%${n}%]`),
  });
}

export async function listEmailTemplates(ctx: RequestContext, brandId: string) {
  const brand = await brandOf(ctx.em, brandId);
  return Promise.all(Object.values(EmailTemplateKind).map((kind) => templateView(ctx.em, brand, kind)));
}

export async function updateEmailTemplate(ctx: RequestContext, input: UpdateEmailTemplateInput) {
  const em = ctx.em.fork();
  const brand = await brandOf(em, input.brandId);
  const spec = TEMPLATE_SPECS[input.kind];
  const v = new Validation();
  const used = [...usedVariables(input.html), ...usedVariables(input.subject)];
  for (const name of spec.required)
    v.check(
      usedVariables(input.html).includes(name),
      "MISSING_VARIABLE",
      `The template must contain [%${name}%].`,
      ["input", "html"],
    );
  for (const name of new Set(used))
    v.check(
      spec.variables.includes(name),
      "UNKNOWN_VARIABLE",
      `[%${name}%] is not a variable of this template.`,
      ["input", "html"],
    );
  v.check(input.html.trim().length > 0, "REQUIRED", "The template needs a body.", ["input", "html"]);
  v.check(
    input.kind === EmailTemplateKind.MASTER || input.subject.trim().length > 0,
    "REQUIRED",
    "The template needs a subject.",
    ["input", "subject"],
  );
  v.check(!/[\r\n]/.test(input.subject), "INVALID", "A subject is one line.", ["input", "subject"]);
  v.throwIfAny();
  const existing = await em.findOne(EmailTemplateOverride, { brand: brand.id, kind: input.kind });
  const row = existing ?? build(EmailTemplateOverride, { brand, kind: input.kind });
  row.subject = input.subject.trim();
  row.html = input.html;
  em.persist(row);
  await em.flush();
  return { emailTemplate: await templateView(em, brand, input.kind) };
}

export async function resetEmailTemplate(ctx: RequestContext, brandId: string, kind: EmailTemplateKind) {
  const em = ctx.em.fork();
  const brand = await brandOf(em, brandId);
  await em.nativeDelete(EmailTemplateOverride, { brand: brand.id, kind });
  return { emailTemplate: await templateView(em, brand, kind) };
}

/** Renders with each variable shown as its own name, so an administrator sees where values land. */
export async function previewEmailTemplate(ctx: RequestContext, brandId: string, kind: EmailTemplateKind) {
  const brand = await brandOf(ctx.em, brandId);
  const samples = Object.fromEntries(TEMPLATE_SPECS[kind].variables.map((n) => [n, `{${n}}`]));
  return renderTemplate(ctx.em, brand, kind, samples);
}

async function departmentIdsOf(
  em: EntityManager,
  v: Validation,
  brandId: string,
  ids: string[],
): Promise<string[]> {
  const raw = ids.map((id) => fromGlobalId(id, "Department", "departmentIds"));
  const found = await em.find(Department, { id: { $in: raw } });
  for (const id of raw) {
    const d = found.find((f) => f.id === id);
    v.check(Boolean(d) && d!.brand.id === brandId, "NOT_FOUND", "No such department in this brand.", [
      "input",
      "departmentIds",
    ]);
  }
  return [...new Set(raw)];
}

function checkResponderText(
  v: Validation,
  subject: string | null | undefined,
  html: string | null | undefined,
) {
  const used = [...usedVariables(subject ?? ""), ...usedVariables(html ?? "")];
  for (const name of new Set(used))
    v.check(
      (AUTORESPONDER_VARIABLES as readonly string[]).includes(name),
      "UNKNOWN_VARIABLE",
      `[%${name}%] is not an autoresponder variable.`,
      ["input", "html"],
    );
  if (subject !== undefined && subject !== null)
    v.check(subject.trim().length > 0 && !/[\r\n]/.test(subject), "INVALID", "Enter a one-line subject.", [
      "input",
      "subject",
    ]);
  if (html !== undefined && html !== null)
    v.check(html.trim().length > 0, "REQUIRED", "The autoresponder needs contents.", ["input", "html"]);
}

function checkRange(v: Validation, startsAt: Date | null | undefined, endsAt: Date | null | undefined) {
  if (startsAt && endsAt)
    v.check(startsAt <= endsAt, "INVALID_RANGE", "The start date must be before the end date.", [
      "input",
      "endsAt",
    ]);
}

export async function listAutoresponders(ctx: RequestContext, brandId?: string | null) {
  const where = brandId ? { brand: fromGlobalId(brandId, "Brand", "brandId") } : {};
  return ctx.em.find(Autoresponder, where, { orderBy: { createdAt: "asc" } });
}

export async function createAutoresponder(ctx: RequestContext, input: CreateAutoresponderInput) {
  const em = ctx.em.fork();
  const brand = await brandOf(em, input.brandId);
  const v = new Validation();
  v.check(input.displayName.trim().length > 0, "REQUIRED", "Enter a display name.", ["input", "displayName"]);
  checkResponderText(v, input.subject, input.html);
  checkRange(v, input.startsAt, input.endsAt);
  const departmentIds = await departmentIdsOf(em, v, brand.id, input.departmentIds);
  v.throwIfAny();
  const responder = build(Autoresponder, {
    brand,
    displayName: input.displayName.trim(),
    enabled: input.enabled ?? true,
    startsAt: input.startsAt ?? null,
    endsAt: input.endsAt ?? null,
    subject: input.subject.trim(),
    html: input.html,
    departmentIds,
  });
  await em.persist(responder).flush();
  return { autoresponder: responder };
}

export async function updateAutoresponder(ctx: RequestContext, input: UpdateAutoresponderInput) {
  const em = ctx.em.fork();
  const responder = await em.findOne(Autoresponder, { id: fromGlobalId(input.id, "Autoresponder") });
  if (!responder) throw new NotFoundError("Autoresponder", input.id);
  const v = new Validation();
  checkResponderText(v, input.subject, input.html);
  const startsAt = input.startsAt !== undefined ? input.startsAt : responder.startsAt;
  const endsAt = input.endsAt !== undefined ? input.endsAt : responder.endsAt;
  checkRange(v, startsAt, endsAt);
  const departmentIds = input.departmentIds
    ? await departmentIdsOf(em, v, responder.brand.id, input.departmentIds)
    : null;
  if (input.displayName !== undefined && input.displayName !== null)
    v.check(input.displayName.trim().length > 0, "REQUIRED", "Enter a display name.", [
      "input",
      "displayName",
    ]);
  v.throwIfAny();
  if (input.displayName) responder.displayName = input.displayName.trim();
  if (input.enabled !== undefined && input.enabled !== null) responder.enabled = input.enabled;
  responder.startsAt = startsAt ?? null;
  responder.endsAt = endsAt ?? null;
  if (input.subject) responder.subject = input.subject.trim();
  if (input.html) responder.html = input.html;
  if (departmentIds) responder.departmentIds = departmentIds;
  await em.flush();
  return { autoresponder: responder };
}

export async function deleteAutoresponder(ctx: RequestContext, globalId: string) {
  const em = ctx.em.fork();
  const deleted = await em.nativeDelete(Autoresponder, { id: fromGlobalId(globalId, "Autoresponder") });
  if (!deleted) throw new NotFoundError("Autoresponder", globalId);
  return { autoresponder: null };
}
