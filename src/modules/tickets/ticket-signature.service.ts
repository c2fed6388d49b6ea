import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import sanitizeHtml from "sanitize-html";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { Brand, Department, Group } from "../organization/index.js";
import type { MessageInput } from "./ticket-core.js";
import { TicketSignature } from "./ticket-signature.entity.js";
import type { CreateTicketSignatureInput, UpdateTicketSignatureInput } from "./ticket-signature.types.js";
import type { Ticket } from "./ticket.entity.js";

const MAX_HTML = 20_000;

// Rich HTML with images (agent photos, logos: 002 L7764), nothing that runs.
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "span", "font"],
  allowedAttributes: {
    ...sanitizeHtml.defaults.allowedAttributes,
    "*": ["style"],
    img: ["src", "alt", "width", "height", "style"],
    font: ["color", "face", "size"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel", "data"],
  allowedSchemesByTag: { img: ["http", "https", "data"] },
};

function checkHtml(v: Validation, html: string): string {
  const clean = sanitizeHtml(html, SANITIZE).trim();
  v.check(html.length <= MAX_HTML, "TOO_LONG", `A signature has at most ${MAX_HTML} characters.`, [
    "input",
    "html",
  ]);
  v.check(clean.length > 0, "REQUIRED", "A signature needs a body.", ["input", "html"]);
  return clean;
}

function unknown(field: string, what: string): UserErrorException {
  return new UserErrorException([userError("NOT_FOUND", `Unknown ${what}.`, ["input", field])]);
}

/** Signatures for everyone first, then by brand, department and group. */
export async function listTicketSignatures(ctx: RequestContext): Promise<TicketSignature[]> {
  return ctx.em.find(
    TicketSignature,
    {},
    {
      orderBy: [
        { brand: { name: "asc nulls first" } },
        { department: { name: "asc nulls first" } },
        { group: { name: "asc nulls first" } },
      ],
    },
  );
}

export async function createTicketSignature(ctx: RequestContext, input: CreateTicketSignatureInput) {
  const v = new Validation();
  const html = checkHtml(v, input.html);
  v.throwIfAny();
  const brandId = input.brandId ? fromGlobalId(input.brandId, "Brand", "brandId") : null;
  const departmentId = input.departmentId
    ? fromGlobalId(input.departmentId, "Department", "departmentId")
    : null;
  const groupId = input.groupId ? fromGlobalId(input.groupId, "Group", "groupId") : null;
  const brand = brandId ? await ctx.em.findOne(Brand, { id: brandId }) : null;
  if (brandId && !brand) throw unknown("brandId", "brand");
  const department = departmentId ? await ctx.em.findOne(Department, { id: departmentId }) : null;
  if (departmentId && !department) throw unknown("departmentId", "department");
  const group = groupId ? await ctx.em.findOne(Group, { id: groupId }) : null;
  if (groupId && !group) throw unknown("groupId", "group");
  // A department of another brand (or a group of another department) could never match a ticket.
  const mismatch = new Validation()
    .check(
      !brand || !department || department.brand.id === brand.id,
      "MISMATCH",
      "The department belongs to another brand.",
      ["input", "departmentId"],
    )
    .check(
      !department || !group || group.department.id === department.id,
      "MISMATCH",
      "The group belongs to another department.",
      ["input", "groupId"],
    );
  mismatch.throwIfAny();
  const signature = build(TicketSignature, { brand, department, group, html });
  try {
    await ctx.em.persistAndFlush(signature);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    throw new UserErrorException([
      userError("TAKEN", "A signature for this brand, department and group already exists.", ["input"]),
    ]);
  }
  return { signature };
}

async function signatureOf(ctx: RequestContext, globalId: string): Promise<TicketSignature> {
  const signature = await ctx.em.findOne(TicketSignature, {
    id: fromGlobalId(globalId, "TicketSignature", "id"),
  });
  if (!signature) throw new NotFoundError("TicketSignature", globalId);
  return signature;
}

export async function updateTicketSignature(ctx: RequestContext, input: UpdateTicketSignatureInput) {
  const signature = await signatureOf(ctx, input.id);
  const v = new Validation();
  const html = checkHtml(v, input.html);
  v.throwIfAny();
  signature.html = html;
  await ctx.em.flush();
  return { signature };
}

export async function deleteTicketSignature(ctx: RequestContext, id: string) {
  const signature = await signatureOf(ctx, id);
  await ctx.em.removeAndFlush(signature);
  return { deletedSignatureId: id };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h\d)\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The signature of `agentId`'s replies on `ticket`, variables filled in (002 L7774-7780), or null when no
 * signature matches. #departmentname# is the ticket's department (an agent may belong to several);
 * #agentavatar# is empty because accounts have no avatar yet; `#useremail` without its closing # is how the
 * seed spells it (a [seed quirk]), so both spellings work. Survey links wait for surveys.
 */
export async function signatureFor(
  em: EntityManager,
  ticket: Ticket,
  agentId: string,
): Promise<{ html: string; text: string } | null> {
  const groupId = ticket.group?.id ?? null;
  const [signature] = await em
    .find(TicketSignature, {
      $and: [
        { $or: [{ brand: null }, { brand: ticket.brand.id }] },
        { $or: [{ department: null }, { department: ticket.department.id }] },
        { $or: [{ group: null }, ...(groupId ? [{ group: groupId }] : [])] },
      ],
    })
    .then((rows) => rows.sort((a, b) => specificity(b) - specificity(a)));
  if (!signature) return null;
  const [agent, brand, department] = await Promise.all([
    em.findOne(Employee, { id: agentId }),
    em.findOne(Brand, { id: ticket.brand.id }),
    em.findOne(Department, { id: ticket.department.id }),
  ]);
  const values: Record<string, string> = {
    "#agentavatar#": "",
    "#useremail#": agent?.email ?? "",
    "#useremail": agent?.email ?? "",
    "#companyname#": brand?.name ?? "",
    "#departmentname#": department?.name ?? "",
    "#userdisplayname#": agent?.displayName ?? "",
    "#username#": agent?.username ?? "",
  };
  // Longest names first, so #useremail# is replaced whole before the seed's #useremail.
  const names = Object.keys(values).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.map((n) => n.replace(/[#]/g, "\\#")).join("|"), "gi");
  const html = signature.html.replace(pattern, (m) => escapeHtml(values[m.toLowerCase()] ?? ""));
  return { html, text: htmlToText(html) };
}

const specificity = (s: TicketSignature) => (s.group ? 4 : 0) + (s.department ? 2 : 0) + (s.brand ? 1 : 0);

/** `message` with the agent's signature appended to each body it has (HTML and text alike). */
export async function withSignature(
  em: EntityManager,
  ticket: Ticket,
  agentId: string | null,
  message: MessageInput,
): Promise<MessageInput> {
  if (!agentId) return message;
  const signature = await signatureFor(em, ticket, agentId);
  if (!signature) return message;
  return {
    ...message,
    htmlBody: message.htmlBody?.trim()
      ? `${message.htmlBody}\n<div class="signature">${signature.html}</div>`
      : message.htmlBody,
    textBody: message.textBody?.trim() ? `${message.textBody}\n\n${signature.text}` : message.textBody,
  };
}
