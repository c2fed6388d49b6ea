/** Administration of SMTP and inbound accounts (Settings > Email > SMTP / POP, 002 L6949-6984). */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { cancelTimer } from "../../core/jobs/index.js";
import { isValidEmail } from "../../core/validation.js";
import { Brand, Department } from "../organization/index.js";
import { Role, RoleType } from "../roles/index.js";
import { MailAccount, SmtpAccount } from "./email-account.entity.js";
import type {
  CreateMailAccountInput,
  CreateSmtpAccountInput,
  UpdateMailAccountInput,
  UpdateSmtpAccountInput,
} from "./email-admin.types.js";
import { MailEncryption, MailProtocol } from "./email.enums.js";
import { FETCH_JOB, scheduleFetch } from "./inbound/fetch.js";

const HOST =
  /^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?$|^\[?[0-9a-fA-F:.]+\]?$/;

function withSmtpFlags(a: SmtpAccount): SmtpAccount {
  a.hasPassword = Boolean(a.password);
  return a;
}

function withMailFlags(a: MailAccount): MailAccount {
  a.hasPassword = Boolean(a.password);
  return a;
}

function checkServer(v: Validation, server: string | null | undefined, field: string[]) {
  if (server === undefined || server === null) return;
  v.check(
    HOST.test(server.trim()) && server.trim().length <= 255,
    "INVALID_HOST",
    "Enter a host name or IP address.",
    field,
  );
}

function checkPort(v: Validation, port: number | null | undefined, field: string[]) {
  if (port === undefined || port === null) return;
  v.check(
    Number.isInteger(port) && port >= 1 && port <= 65535,
    "OUT_OF_RANGE",
    "Ports are 1 to 65535.",
    field,
  );
}

function checkAddress(v: Validation, address: string | null | undefined, field: string[]) {
  if (address === undefined || address === null) return;
  v.check(isValidEmail(address.trim()), "INVALID_EMAIL", `"${address}" is not an email address.`, field);
}

export async function listSmtpAccounts(ctx: RequestContext, brandGlobalId?: string | null) {
  const where = brandGlobalId ? { brand: fromGlobalId(brandGlobalId, "Brand", "brandId") } : {};
  const rows = await ctx.em.find(SmtpAccount, where, {
    orderBy: { createdAt: "asc" },
    populate: ["password"],
  });
  return rows.map(withSmtpFlags);
}

async function smtpById(em: EntityManager, globalId: string): Promise<SmtpAccount> {
  const a = await em.findOne(
    SmtpAccount,
    { id: fromGlobalId(globalId, "SmtpAccount") },
    { populate: ["password"] },
  );
  if (!a) throw new NotFoundError("SmtpAccount", globalId);
  return a;
}

async function departmentOfBrand(em: EntityManager, v: Validation, globalId: string, brandId: string) {
  const department = await em.findOne(Department, {
    id: fromGlobalId(globalId, "Department", "departmentId"),
  });
  if (!department) v.add("NOT_FOUND", "No such department.", ["input", "departmentId"]);
  else
    v.check(
      department.brand.id === brandId,
      "DEPARTMENT_NOT_IN_BRAND",
      "The department belongs to another brand.",
      ["input", "departmentId"],
    );
  return department;
}

/** Only one default per brand: making one the default clears the flag on the others. */
async function clearOtherDefaults(em: EntityManager, account: SmtpAccount) {
  if (account.isDefault)
    await em.nativeUpdate(
      SmtpAccount,
      { brand: account.brand.id, id: { $ne: account.id } },
      { isDefault: false },
    );
}

export async function createSmtpAccount(ctx: RequestContext, input: CreateSmtpAccountInput) {
  const em = ctx.em.fork();
  const v = new Validation();
  const brand = await em.findOne(Brand, { id: fromGlobalId(input.brandId, "Brand", "brandId") });
  if (!brand) v.add("NOT_FOUND", "No such brand.", ["input", "brandId"]);
  const department =
    input.departmentId && brand ? await departmentOfBrand(em, v, input.departmentId, brand.id) : null;
  checkServer(v, input.server, ["input", "server"]);
  checkPort(v, input.port, ["input", "port"]);
  checkAddress(v, input.emailAddress, ["input", "emailAddress"]);
  v.throwIfAny();
  const account = build(SmtpAccount, {
    brand: brand!,
    department,
    server: input.server.trim(),
    port: input.port ?? 25,
    encryption: input.encryption ?? MailEncryption.NONE,
    emailAddress: input.emailAddress.trim().toLowerCase(),
    displayName: input.displayName?.trim() || null,
    username: input.username?.trim() || null,
    password: input.password || null,
    ignoreSslWarnings: input.ignoreSslWarnings ?? false,
    isDefault: input.isDefault ?? (await em.count(SmtpAccount, { brand: brand!.id })) === 0,
  });
  await em.transactional(async (tx) => {
    tx.persist(account);
    await tx.flush();
    await clearOtherDefaults(tx, account);
  });
  return { smtpAccount: withSmtpFlags(account) };
}

export async function updateSmtpAccount(ctx: RequestContext, input: UpdateSmtpAccountInput) {
  const em = ctx.em.fork();
  const account = await smtpById(em, input.id);
  const v = new Validation();
  checkServer(v, input.server, ["input", "server"]);
  checkPort(v, input.port, ["input", "port"]);
  checkAddress(v, input.emailAddress, ["input", "emailAddress"]);
  if (input.departmentId !== undefined && input.departmentId !== null)
    account.department =
      input.departmentId === "" ? null : await departmentOfBrand(em, v, input.departmentId, account.brand.id);
  v.throwIfAny();
  if (input.server) account.server = input.server.trim();
  if (input.port) account.port = input.port;
  if (input.encryption) account.encryption = input.encryption;
  if (input.emailAddress) account.emailAddress = input.emailAddress.trim().toLowerCase();
  if (input.displayName !== undefined && input.displayName !== null)
    account.displayName = input.displayName.trim() || null;
  if (input.username !== undefined && input.username !== null)
    account.username = input.username.trim() || null;
  if (input.password !== undefined && input.password !== null) account.password = input.password || null;
  if (input.ignoreSslWarnings !== undefined && input.ignoreSslWarnings !== null)
    account.ignoreSslWarnings = input.ignoreSslWarnings;
  if (input.isDefault !== undefined && input.isDefault !== null) account.isDefault = input.isDefault;
  await em.transactional(async (tx) => {
    await tx.flush();
    await clearOtherDefaults(tx, account);
  });
  return { smtpAccount: withSmtpFlags(account) };
}

export async function deleteSmtpAccount(ctx: RequestContext, globalId: string) {
  const em = ctx.em.fork();
  const account = await smtpById(em, globalId);
  await em.remove(account).flush();
  return { deletedId: globalId };
}

export async function listMailAccounts(ctx: RequestContext, departmentGlobalId?: string | null) {
  const where = departmentGlobalId
    ? { department: fromGlobalId(departmentGlobalId, "Department", "departmentId") }
    : {};
  const rows = await ctx.em.find(MailAccount, where, {
    orderBy: { createdAt: "asc" },
    populate: ["password"],
  });
  return rows.map(withMailFlags);
}

async function mailById(em: EntityManager, globalId: string): Promise<MailAccount> {
  const a = await em.findOne(
    MailAccount,
    { id: fromGlobalId(globalId, "MailAccount") },
    { populate: ["password"] },
  );
  if (!a) throw new NotFoundError("MailAccount", globalId);
  return a;
}

function defaultPort(protocol: MailProtocol, encryption: MailEncryption): number {
  const ssl = encryption === MailEncryption.SSL;
  if (protocol === MailProtocol.IMAP) return ssl ? 993 : 143;
  return ssl ? 995 : 110;
}

async function roleFor(em: EntityManager, v: Validation, globalId: string): Promise<Role | null> {
  const role = await em.findOne(Role, { id: fromGlobalId(globalId, "Role", "startTicketsRoleId") });
  if (!role) v.add("NOT_FOUND", "No such role.", ["input", "startTicketsRoleId"]);
  else if (role.type !== RoleType.USER && !role.predefined)
    v.add("ROLE_TYPE_MISMATCH", "Choose a user role.", ["input", "startTicketsRoleId"]);
  return role;
}

function checkFrequency(v: Validation, minutes: number | null | undefined) {
  if (minutes === undefined || minutes === null) return;
  v.check(
    Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440,
    "OUT_OF_RANGE",
    "Import Frequency is 1 to 1440 minutes.",
    ["input", "importFrequencyMinutes"],
  );
}

export async function createMailAccount(ctx: RequestContext, input: CreateMailAccountInput) {
  const em = ctx.em.fork();
  const v = new Validation();
  const department = await em.findOne(Department, {
    id: fromGlobalId(input.departmentId, "Department", "departmentId"),
  });
  if (!department) v.add("NOT_FOUND", "No such department.", ["input", "departmentId"]);
  checkServer(v, input.server, ["input", "server"]);
  checkPort(v, input.port, ["input", "port"]);
  checkAddress(v, input.emailAddress, ["input", "emailAddress"]);
  checkFrequency(v, input.importFrequencyMinutes);
  v.check(input.username.trim().length > 0, "REQUIRED", "Enter the login username.", ["input", "username"]);
  const role = input.startTicketsRoleId ? await roleFor(em, v, input.startTicketsRoleId) : null;
  v.throwIfAny();
  const protocol = input.protocol ?? MailProtocol.POP3;
  const encryption = input.encryption ?? MailEncryption.NONE;
  const account = build(MailAccount, {
    department: department!,
    protocol,
    enabled: input.enabled ?? true,
    server: input.server.trim(),
    port: input.port ?? defaultPort(protocol, encryption),
    encryption,
    emailAddress: input.emailAddress.trim().toLowerCase(),
    username: input.username.trim(),
    password: input.password,
    folder: input.folder?.trim() || "INBOX",
    importFrequencyMinutes: input.importFrequencyMinutes ?? 2,
    startTicketsRole: role,
    acceptNewTickets: input.acceptNewTickets ?? true,
    leaveMessagesOnServer: input.leaveMessagesOnServer ?? false,
    ignoreSslWarnings: input.ignoreSslWarnings ?? false,
  });
  await em.transactional(async (tx) => {
    tx.persist(account);
    await tx.flush();
    if (account.enabled) await scheduleFetch(tx, account.id, new Date());
  });
  return { mailAccount: withMailFlags(account) };
}

export async function updateMailAccount(ctx: RequestContext, input: UpdateMailAccountInput) {
  const em = ctx.em.fork();
  const account = await mailById(em, input.id);
  const v = new Validation();
  checkServer(v, input.server, ["input", "server"]);
  checkPort(v, input.port, ["input", "port"]);
  checkAddress(v, input.emailAddress, ["input", "emailAddress"]);
  checkFrequency(v, input.importFrequencyMinutes);
  if (input.departmentId) {
    const department = await em.findOne(Department, {
      id: fromGlobalId(input.departmentId, "Department", "departmentId"),
    });
    if (!department) v.add("NOT_FOUND", "No such department.", ["input", "departmentId"]);
    else account.department = department;
  }
  if (input.startTicketsRoleId !== undefined && input.startTicketsRoleId !== null)
    account.startTicketsRole =
      input.startTicketsRoleId === "" ? null : await roleFor(em, v, input.startTicketsRoleId);
  if (input.username !== undefined && input.username !== null)
    v.check(input.username.trim().length > 0, "REQUIRED", "Enter the login username.", ["input", "username"]);
  v.throwIfAny();
  const set = <K extends keyof MailAccount>(key: K, value: MailAccount[K] | null | undefined) => {
    if (value !== undefined && value !== null) account[key] = value;
  };
  set("protocol", input.protocol);
  set("enabled", input.enabled);
  set("server", input.server?.trim());
  set("port", input.port);
  set("encryption", input.encryption);
  set("emailAddress", input.emailAddress?.trim().toLowerCase());
  set("username", input.username?.trim());
  if (input.password) account.password = input.password;
  set("folder", input.folder?.trim() || undefined);
  set("importFrequencyMinutes", input.importFrequencyMinutes);
  set("acceptNewTickets", input.acceptNewTickets);
  set("leaveMessagesOnServer", input.leaveMessagesOnServer);
  set("ignoreSslWarnings", input.ignoreSslWarnings);
  await em.transactional(async (tx) => {
    await tx.flush();
    if (account.enabled) await scheduleFetch(tx, account.id, new Date());
    else await cancelTimer(tx, FETCH_JOB, account.id);
  });
  return { mailAccount: withMailFlags(account) };
}

export async function deleteMailAccount(ctx: RequestContext, globalId: string) {
  const em = ctx.em.fork();
  const account = await mailById(em, globalId);
  await em.transactional(async (tx) => {
    await cancelTimer(tx, FETCH_JOB, account.id);
    tx.remove(tx.getReference(MailAccount, account.id));
    await tx.flush();
  });
  return { deletedId: globalId };
}

/** "Check now": the account's fetch timer becomes due at once (the next one follows the frequency). */
export async function pollMailAccountNow(ctx: RequestContext, globalId: string) {
  const em = ctx.em.fork();
  const account = await mailById(em, globalId);
  await em.transactional((tx) => scheduleFetch(tx, account.id, new Date()));
  return { mailAccount: withMailFlags(account) };
}
