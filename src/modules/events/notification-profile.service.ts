import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { ForbiddenError, NotFoundError } from "../../core/errors/app-errors.js";
import { assertPermission, hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { Account } from "../accounts/index.js";
import { Privilege } from "../roles/index.js";
import { NotificationProfile } from "./notification-profile.entity.js";
import type {
  CreateNotificationProfileInput,
  UpdateNotificationProfileInput,
} from "./notification-profile.inputs.js";

export const MAX_PROFILE_ADDRESSES = 20;

/**
 * The owner's (null: the system's) default profile exists from first use: an agent's starts with their
 * account email, email on; the system's starts empty with the interface reminder on (administrators).
 * Concurrent first uses insert once (the partial unique index).
 */
export async function ensureDefaultProfile(em: EntityManager, ownerId: string | null): Promise<void> {
  const email = ownerId ? (await em.findOne(Account, { id: ownerId }))?.email?.toLowerCase() : null;
  await em.execute(
    `insert into "notification_profile" ("id", "created_at", "updated_at", "owner_id", "name", "is_default",
       "email_addresses", "email_enabled", "sms_addresses", "sms_enabled", "show_reminder")
     select gen_random_uuid(), now(), now(), ?::uuid, 'Default', true,
       case when ?::text is null then '{}'::text[] else array[?::text] end, true, '{}', false, ?::boolean
     where not exists (select 1 from "notification_profile"
       where "is_default" and "owner_id" is not distinct from ?::uuid)
     on conflict do nothing`,
    [ownerId, email ?? null, email ?? null, ownerId === null, ownerId],
  );
}

/** Who may see and change a profile: its owner; administrators the system's. */
function mayUse(ctx: RequestContext, profile: NotificationProfile): boolean {
  if (!profile.owner) return hasPermission(ctx, Privilege.ADMINISTRATION);
  return profile.owner.id === ctx.actor?.accountId;
}

export function visibleProfiles(ctx: RequestContext) {
  return hasPermission(ctx, Privilege.ADMINISTRATION)
    ? { $or: [{ owner: null }, { owner: ctx.actor!.accountId }] }
    : { owner: ctx.actor!.accountId };
}

export async function listNotificationProfiles(ctx: RequestContext, system: boolean) {
  if (system) assertPermission(ctx, Privilege.ADMINISTRATION);
  const ownerId = system ? null : ctx.actor!.accountId;
  await ctx.em.transactional((em) => ensureDefaultProfile(em, ownerId));
  return ctx.em.find(
    NotificationProfile,
    { owner: ownerId },
    { orderBy: { isDefault: "desc", name: "asc", id: "asc" } },
  );
}

function addresses(v: Validation, list: string[] | null | undefined, field: string): string[] | undefined {
  if (list === undefined || list === null) return undefined;
  const clean = [...new Set(list.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  v.check(
    clean.length <= MAX_PROFILE_ADDRESSES,
    "TOO_MANY_ADDRESSES",
    `At most ${MAX_PROFILE_ADDRESSES} addresses.`,
    ["input", field],
  );
  const bad = clean.filter((a) => !isValidEmail(a) || a.length > 320);
  v.check(!bad.length, "INVALID_EMAIL", `Not valid email addresses: ${bad.join(", ")}.`, ["input", field]);
  return clean;
}

interface Fields {
  name: string;
  emailAddresses: string[];
  emailEnabled: boolean;
  smsAddresses: string[];
  smsEnabled: boolean;
  showReminder: boolean;
  isDefault: boolean;
}

function validated(
  input: CreateNotificationProfileInput | UpdateNotificationProfileInput,
  creating: boolean,
): Partial<Fields> {
  const v = new Validation();
  const name = input.name?.trim();
  if (creating || (input.name !== undefined && input.name !== null))
    v.check(!!name && name.length <= 255, "INVALID_NAME", "A profile needs a name (1-255 characters).", [
      "input",
      "name",
    ]);
  const emails = addresses(v, input.emailAddresses, "emailAddresses");
  const sms = addresses(v, input.smsAddresses, "smsAddresses");
  v.throwIfAny();
  const out: Partial<Fields> = {};
  if (name) out.name = name;
  if (emails) out.emailAddresses = emails;
  if (sms) out.smsAddresses = sms;
  for (const k of ["emailEnabled", "smsEnabled", "showReminder", "isDefault"] as const)
    if (typeof input[k] === "boolean") out[k] = input[k];
  return out;
}

/** Makes `profile` the only default of its owner, in the caller's transaction. */
async function takeDefault(em: EntityManager, profile: NotificationProfile): Promise<void> {
  await em.nativeUpdate(
    NotificationProfile,
    { owner: profile.owner?.id ?? null, isDefault: true, id: { $ne: profile.id } },
    { isDefault: false },
  );
}

export async function createNotificationProfile(ctx: RequestContext, input: CreateNotificationProfileInput) {
  if (input.system) assertPermission(ctx, Privilege.ADMINISTRATION);
  const fields = validated(input, true);
  const ownerId = input.system ? null : ctx.actor!.accountId;
  return ctx.em.transactional(async (em) => {
    await ensureDefaultProfile(em, ownerId);
    const profile = build(NotificationProfile, {
      ...fields,
      isDefault: false,
      owner: ownerId ? em.getReference(Account, ownerId) : null,
    } as Partial<NotificationProfile>);
    em.persist(profile);
    await em.flush();
    if (fields.isDefault) {
      await takeDefault(em, profile);
      profile.isDefault = true;
      await em.flush();
    }
    return { notificationProfile: profile };
  });
}

async function ownProfile(ctx: RequestContext, globalId: string): Promise<NotificationProfile> {
  const id = fromGlobalId(globalId, "NotificationProfile", "id");
  const profile = await ctx.em.findOne(NotificationProfile, { id });
  if (!profile) throw new NotFoundError("No such notification profile.");
  if (!mayUse(ctx, profile)) throw new ForbiddenError("This is not your notification profile.");
  return profile;
}

export async function updateNotificationProfile(ctx: RequestContext, input: UpdateNotificationProfileInput) {
  const profile = await ownProfile(ctx, input.id);
  const fields = validated(input, false);
  if (fields.isDefault === false && profile.isDefault)
    new Validation()
      .add("DEFAULT_REQUIRED", "Make another profile the default instead.", ["input", "isDefault"])
      .throwIfAny();
  return ctx.em.transactional(async (em) => {
    const row = await em.findOneOrFail(NotificationProfile, { id: profile.id });
    if (fields.isDefault && !row.isDefault) {
      await takeDefault(em, row);
    }
    Object.assign(row, fields);
    await em.flush();
    return { notificationProfile: row };
  });
}

export async function deleteNotificationProfile(ctx: RequestContext, globalId: string) {
  const profile = await ownProfile(ctx, globalId);
  if (profile.isDefault)
    new Validation()
      .add("CANNOT_DELETE_DEFAULT", "The default profile can be changed, not deleted (002 L5725).", [
        "input",
        "id",
      ])
      .throwIfAny();
  await ctx.em.transactional((em) => em.nativeDelete(NotificationProfile, { id: profile.id }));
  return { deletedId: globalId };
}

/** Where a profile action sends: the addresses of the enabled channels, and whether to remind. */
export interface NotificationTargets {
  profileName: string;
  emails: string[];
  sms: string[];
  reminder: boolean;
  /** Why the chosen profile was not used (deleted, someone else's): the default was. */
  note: string | null;
}

/**
 * The profile an action names (it must be the owner's: a rule cannot notify through another agent's profile),
 * else the owner's default. ownerId null = the system's profiles.
 */
export async function notificationTargets(
  em: EntityManager,
  ownerId: string | null,
  profileId?: string | null,
): Promise<NotificationTargets> {
  let note: string | null = null;
  let profile: NotificationProfile | null = null;
  if (profileId && /^[0-9a-f-]{36}$/i.test(profileId)) {
    profile = await em.findOne(NotificationProfile, { id: profileId });
    if (!profile) note = "the rule's notification profile was deleted; the default profile was used";
    else if ((profile.owner?.id ?? null) !== ownerId) {
      note = "the rule's notification profile belongs to someone else; the default profile was used";
      profile = null;
    }
  }
  if (!profile) {
    await ensureDefaultProfile(em, ownerId);
    profile = await em.findOneOrFail(NotificationProfile, { owner: ownerId, isDefault: true });
  }
  return {
    profileName: profile.name,
    emails: profile.emailEnabled ? profile.emailAddresses : [],
    sms: profile.smsEnabled ? profile.smsAddresses : [],
    reminder: profile.showReminder,
    note,
  };
}
