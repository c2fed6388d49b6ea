import { FlushMode, QueryOrder, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { containsPattern, permissionKey } from "../roles/index.js";
import { usernameKey } from "./account.entity.js";
import { applyText } from "./account.rules.js";
import { Organization, OrganizationMember, OrganizationMemberType } from "./customer-organization.entity.js";
import type {
  AddOrganizationMemberInput,
  CreateOrganizationInput,
  DeleteOrganizationsInput,
  OrganizationDetailsFields,
  OrganizationMemberInput,
  OrganizationsArgs,
  RemoveOrganizationMemberInput,
  UpdateOrganizationInput,
  UpdateOrganizationMemberInput,
} from "./organization.inputs.js";
import { phoneKey } from "./organization-matching.js";

type Path = string[];
const DETAILS = [
  "website",
  "phoneNumber",
  "numberOfEmployees",
  "address1",
  "address2",
  "city",
  "stateProvince",
  "zipPostalCode",
  "country",
] as const;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export async function listOrganizations(
  ctx: RequestContext,
  args: OrganizationsArgs,
): Promise<ConnectionShape<Organization>> {
  const where: FilterQuery<Organization> = {};
  if (args.search?.trim()) {
    const pattern = containsPattern(args.search);
    where.$or = [
      { name: { $ilike: pattern } },
      { website: { $ilike: pattern } },
      { phoneNumber: { $ilike: pattern } },
    ];
  }
  return paginate(ctx.em, Organization, where, args, {
    orderBy: { name: QueryOrder.ASC, id: QueryOrder.ASC },
  });
}

export async function getOrganization(ctx: RequestContext, globalId: string, em: EntityManager = ctx.em) {
  const id = fromGlobalId(globalId, "Organization");
  const organization = await em.findOne(Organization, { id });
  if (!organization) throw new NotFoundError("Organization", globalId);
  return organization;
}

function checkName(v: Validation, name: string, path: Path): string {
  const trimmed = name.trim();
  v.check(trimmed.length > 0, "REQUIRED", "An organization name is required.", path);
  v.check(trimmed.length <= 255, "INVALID", "The name has at most 255 characters.", path);
  return trimmed;
}

/** Validates a rule and returns the stored and the compared form of its value (002 L4105-4119). */
function checkMember(
  v: Validation,
  type: OrganizationMemberType,
  rawValue: string,
  viewTickets: boolean,
  path: Path,
): { value: string; valueKey: string } {
  let value = rawValue.trim();
  let valueKey = value.toLowerCase();
  const field = [...path, "value"];
  switch (type) {
    case OrganizationMemberType.EMAIL_ADDRESS:
      v.check(isValidEmail(value), "INVALID", `"${value}" is not a valid email address.`, field);
      break;
    case OrganizationMemberType.USERNAME:
      v.check(
        /^[^\s]{1,255}$/u.test(value),
        "INVALID",
        "A username has 1-255 characters without spaces.",
        field,
      );
      valueKey = usernameKey(value);
      break;
    case OrganizationMemberType.DOMAIN_NAME:
      value = value.replace(/^@/, "");
      valueKey = value.toLowerCase();
      v.check(
        DOMAIN.test(valueKey),
        "INVALID",
        `"${value}" is not a domain name such as example.com.`,
        field,
      );
      break;
    case OrganizationMemberType.PHONE_NUMBER:
      valueKey = phoneKey(value);
      v.check(
        valueKey.length >= 4 && value.length <= 64,
        "INVALID",
        `"${value}" is not a phone number.`,
        field,
      );
      v.check(
        !viewTickets,
        "NOT_ALLOWED",
        "View Organization Tickets in Portal is not available for phone number members (002 L4117).",
        [...path, "viewOrganizationTicketsInPortal"],
      );
      break;
  }
  return { value, valueKey };
}

function applyDetails(
  v: Validation,
  organization: Organization,
  input: OrganizationDetailsFields,
  path: Path,
) {
  applyText(v, organization, input, DETAILS, path);
}

const duplicate = (path: Path) =>
  new UserErrorException([userError("DUPLICATE", "The organization already has this member rule.", path)]);

async function flushMembers(em: EntityManager, path: Path): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicate(path);
    throw error;
  }
}

export async function createOrganization(ctx: RequestContext, input: CreateOrganizationInput) {
  const path = ["input"];
  if (input.members?.length)
    assertPermission(ctx, permissionKey("USERS_ORGANIZATIONS", "CREATE_ORGANIZATION_MEMBER"));
  const em = ctx.em.fork();
  const v = new Validation();
  const organization = build(Organization, { name: checkName(v, input.name, [...path, "name"]) });
  applyDetails(v, organization, input, path);
  const keys = new Set<string>();
  const members = (input.members ?? []).map((m: OrganizationMemberInput, i) => {
    const at = [...path, "members", String(i)];
    const view = m.viewOrganizationTicketsInPortal ?? false;
    const checked = checkMember(v, m.type, m.value, view, at);
    const key = `${m.type}:${checked.valueKey}`;
    if (keys.has(key)) v.add("DUPLICATE", "This member rule is listed twice.", at);
    keys.add(key);
    return build(OrganizationMember, {
      organization,
      type: m.type,
      ...checked,
      viewOrganizationTicketsInPortal: view,
    });
  });
  v.throwIfAny();
  em.persist([organization, ...members]);
  await flushMembers(em, [...path, "members"]);
  ctx.loaders.clearAll();
  return { organization };
}

export async function updateOrganization(ctx: RequestContext, input: UpdateOrganizationInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const organization = await getOrganization(ctx, input.id, em);
  const v = new Validation();
  if (input.name !== undefined && input.name !== null)
    organization.name = checkName(v, input.name, [...path, "name"]);
  applyDetails(v, organization, input, path);
  v.throwIfAny();
  await em.flush();
  ctx.loaders.clearAll();
  return { organization };
}

async function assertNoDuplicate(em: EntityManager, member: OrganizationMember, path: Path): Promise<void> {
  const clash = await em.findOne(
    OrganizationMember,
    { organization: member.organization, type: member.type, valueKey: member.valueKey },
    { flushMode: FlushMode.COMMIT },
  );
  if (clash && clash !== member) throw duplicate(path);
}

export async function addOrganizationMember(ctx: RequestContext, input: AddOrganizationMemberInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const organization = await getOrganization(ctx, input.organizationId, em);
  const v = new Validation();
  const view = input.viewOrganizationTicketsInPortal ?? false;
  const checked = checkMember(v, input.type, input.value, view, path);
  v.throwIfAny();
  const member = build(OrganizationMember, {
    organization,
    type: input.type,
    ...checked,
    viewOrganizationTicketsInPortal: view,
  });
  await assertNoDuplicate(em, member, [...path, "value"]);
  em.persist(member);
  await flushMembers(em, [...path, "value"]);
  ctx.loaders.clearAll();
  return { member, organization };
}

async function getMember(em: EntityManager, globalId: string): Promise<OrganizationMember> {
  const id = fromGlobalId(globalId, "OrganizationMember");
  const member = await em.findOne(OrganizationMember, { id }, { populate: ["organization"] });
  if (!member) throw new NotFoundError("OrganizationMember", globalId);
  return member;
}

export async function updateOrganizationMember(ctx: RequestContext, input: UpdateOrganizationMemberInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const member = await getMember(em, input.id);
  const v = new Validation();
  const type = input.type ?? member.type;
  const view = input.viewOrganizationTicketsInPortal ?? member.viewOrganizationTicketsInPortal;
  const checked = checkMember(v, type, input.value ?? member.value, view, path);
  v.throwIfAny();
  Object.assign(member, { type, ...checked, viewOrganizationTicketsInPortal: view });
  await assertNoDuplicate(em, member, [...path, "value"]);
  await flushMembers(em, [...path, "value"]);
  ctx.loaders.clearAll();
  return { member, organization: member.organization };
}

export async function removeOrganizationMember(ctx: RequestContext, input: RemoveOrganizationMemberInput) {
  const em = ctx.em.fork();
  const member = await getMember(em, input.id);
  await em.removeAndFlush(member);
  ctx.loaders.clearAll();
  return { removedMemberId: input.id, organization: member.organization };
}

/** Hard delete with the member rules: "Once an organization is deleted, it cannot be recovered" (002 L4202). */
export async function deleteOrganizations(ctx: RequestContext, input: DeleteOrganizationsInput) {
  const ids = [...new Set(input.ids.map((id) => fromGlobalId(id, "Organization", "ids")))];
  return ctx.em.transactional(async (em) => {
    const found = await em.find(Organization, { id: { $in: ids } });
    const missing = ids.find((id) => !found.some((o) => o.id === id));
    if (missing) throw new NotFoundError("Organization", toGlobalId("Organization", missing));
    await em.nativeDelete(Organization, { id: { $in: ids } });
    ctx.loaders.clearAll();
    return { deletedOrganizationIds: ids.map((id) => toGlobalId("Organization", id)) };
  });
}
