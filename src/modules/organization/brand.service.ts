import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import type { ConnectionArgs } from "../../core/graphql/pagination.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Brand } from "./brand.entity.js";
import type {
  BrandCookieDisclaimerInput,
  BrandCustomMessagesInput,
  BrandOptionsInput,
  BrandPermissionsInput,
  BrandPortalInput,
  CreateBrandInput,
  SetBrandBusinessHoursInput,
  UpdateBrandInput,
} from "./brand.inputs.js";
import { mergeBusinessHours } from "./business-hours.js";
import {
  checkColor,
  checkMinimum,
  checkName,
  normalizeHostHeader,
  optionalText,
  optionalUrl,
} from "./checks.js";
import { Department } from "./department.entity.js";
import { resolveRoleRefs } from "./role-refs.js";
import { assertEmployeeReader } from "./scope.js";

const HTML_MAX = 100_000;

/** Brands are readable by every employee: agents see which brand their work belongs to (decisions.md). */
export async function listBrands(ctx: RequestContext, args: ConnectionArgs) {
  assertEmployeeReader(ctx);
  return paginate(ctx.em, Brand, {}, args, { orderBy: { isDefault: "desc", name: "asc", id: "asc" } });
}

export async function getBrand(ctx: RequestContext, globalId: string): Promise<Brand> {
  assertEmployeeReader(ctx);
  const id = fromGlobalId(globalId, "Brand");
  const brand = await ctx.em.findOne(Brand, { id });
  if (!brand) throw new NotFoundError("Brand", globalId);
  return brand;
}

/** Loads the brand a mutation targets, locked against concurrent changes. */
async function brandForUpdate(em: EntityManager, globalId: string, field = "id"): Promise<Brand> {
  const id = fromGlobalId(globalId, "Brand", field);
  const brand = await em.findOne(Brand, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!brand) throw new NotFoundError("Brand", globalId);
  return brand;
}

function normalizeHostHeaders(v: Validation, values: string[], field: string[]): string[] {
  const hosts: string[] = [];
  values.forEach((value, i) => {
    const host = normalizeHostHeader(value);
    if (!host) v.add("INVALID", `"${value}" is not a host name.`, [...field, String(i)]);
    else if (!hosts.includes(host)) hosts.push(host);
  });
  return hosts;
}

export async function createBrand(ctx: RequestContext, input: CreateBrandInput) {
  const v = new Validation();
  const name = checkName(v, input.name, ["input", "name"]);
  const hosts = normalizeHostHeaders(v, input.hostHeaders, ["input", "hostHeaders"]);
  if (!input.hostHeaders.length) {
    v.add("REQUIRED", "A brand needs at least one host header for its portal.", ["input", "hostHeaders"]);
  }
  v.throwIfAny();
  const brand = await ctx.em.transactional(async (em) => {
    // Host headers are written only here (they are immutable), so one lock serialises the uniqueness check.
    await em.execute("select pg_advisory_xact_lock(hashtext('deskgraph.brand.host_headers'))");
    const clash = await em.find(Brand, { hostHeaders: { $overlap: hosts } });
    const taken = hosts.filter((h) => clash.some((b) => b.hostHeaders.includes(h)));
    if (taken.length) {
      throw new UserErrorException([
        userError("TAKEN", `Host header(s) already used by another brand: ${taken.join(", ")}.`, [
          "input",
          "hostHeaders",
        ]),
      ]);
    }
    const created = build(Brand, { name, hostHeaders: hosts, isDefault: false });
    em.persist(created);
    await em.flush();
    return created;
  });
  ctx.loaders.clearAll();
  return { brand };
}

function applyOptions(v: Validation, brand: Brand, input: BrandOptionsInput): void {
  const field = (name: string) => ["input", "options", name];
  if (input.name !== undefined && input.name !== null) brand.name = checkName(v, input.name, field("name"));
  if (input.hostHeaders !== undefined && input.hostHeaders !== null) {
    const hosts = normalizeHostHeaders(new Validation(), input.hostHeaders, field("hostHeaders"));
    const same =
      hosts.length === brand.hostHeaders.length && hosts.every((h) => brand.hostHeaders.includes(h));
    if (!same) {
      v.add("IMMUTABLE", "Host headers cannot be edited after the brand is created.", field("hostHeaders"));
    }
  }
  if (input.companyWebsite !== undefined) {
    brand.companyWebsite = optionalUrl(v, input.companyWebsite, field("companyWebsite"));
  }
  if (input.enableCookieDisclaimer !== undefined && input.enableCookieDisclaimer !== null) {
    brand.enableCookieDisclaimer = input.enableCookieDisclaimer;
  }
  if (input.defaultFont !== undefined) {
    brand.defaultFont = optionalText(v, input.defaultFont, field("defaultFont"), 255);
  }
  if (input.googleAnalyticsSiteId !== undefined) {
    brand.googleAnalyticsSiteId = optionalText(
      v,
      input.googleAnalyticsSiteId,
      field("googleAnalyticsSiteId"),
      64,
    );
  }
  if (input.displayLogoOnPortal !== undefined && input.displayLogoOnPortal !== null) {
    brand.displayLogoOnPortal = input.displayLogoOnPortal;
  }
}

const PERMISSION_FLAGS = [
  "usersCanChangeDisplayName",
  "usersCanChangeEmailAddress",
  "usersCanChangePassword",
  "usersCanChangeProfileInformation",
  "usersCanUploadCustomAvatars",
  "newFeedbackStartsModerated",
  "requireApprovalForCustomAvatars",
] as const;

const ROLE_INPUTS = [
  ["viewCommunityRole", "viewCommunityRoleId"],
  ["createCommunityThreadsRole", "createCommunityThreadsRoleId"],
  ["postLinksInPortalRole", "postLinksInPortalRoleId"],
  ["viewTicketsRole", "viewTicketsRoleId"],
  ["viewNewsRole", "viewNewsRoleId"],
  ["viewKbArticlesRole", "viewKbArticlesRoleId"],
] as const;

async function applyPermissions(
  em: EntityManager,
  v: Validation,
  brand: Brand,
  input: BrandPermissionsInput,
): Promise<void> {
  const roles = await resolveRoleRefs(
    em,
    v,
    ROLE_INPUTS.map(([prop, key]) => ({ prop, value: input[key], field: ["input", "permissions", key] })),
  );
  for (const [prop] of ROLE_INPUTS) if (roles.has(prop)) brand[prop] = roles.get(prop)!;
  if (input.minimumPostsToPostLinks !== undefined && input.minimumPostsToPostLinks !== null) {
    checkMinimum(v, input.minimumPostsToPostLinks, 0, ["input", "permissions", "minimumPostsToPostLinks"]);
    brand.minimumPostsToPostLinks = input.minimumPostsToPostLinks;
  }
  for (const flag of PERMISSION_FLAGS) {
    const value = input[flag];
    if (value !== undefined && value !== null) brand[flag] = value;
  }
}

const PORTAL_FLAGS = [
  "displayLiveChatInPortal",
  "displaySocialNetworkLinks",
  "displaySendTicketListByEmail",
  "enableLoginForm",
  "enableNewUserRegistration",
  "enableGravatar",
  "enableKbArticleVoting",
  "privacyPolicyEnabled",
] as const;

const PORTAL_COLORS = [
  "primaryColor",
  "secondaryColor",
  "primaryButtonColor",
  "secondaryButtonColor",
  "buttonTextColor",
  "contentBackgroundColor",
  "navigationBarColor",
  "textColor",
  "linkColor",
] as const;

function applyPortal(v: Validation, brand: Brand, input: BrandPortalInput): void {
  const field = (name: string) => ["input", "portal", name];
  for (const flag of PORTAL_FLAGS) {
    const value = input[flag];
    if (value !== undefined && value !== null) brand[flag] = value;
  }
  for (const color of PORTAL_COLORS) {
    const value = input[color];
    if (value !== undefined && value !== null) brand[color] = checkColor(v, value, field(color));
  }
  if (input.privacyPolicyUrl !== undefined) {
    brand.privacyPolicyUrl = optionalUrl(v, input.privacyPolicyUrl, field("privacyPolicyUrl"));
  }
  if (input.customCss !== undefined) {
    brand.customCss = optionalText(v, input.customCss, field("customCss"), HTML_MAX);
  }
  // Consent to a policy needs a policy to link to (002 L5832).
  if (brand.privacyPolicyEnabled && !brand.privacyPolicyUrl) {
    v.add("REQUIRED", "Enabling the privacy policy requires its URL.", field("privacyPolicyUrl"));
  }
}

function applyCookieDisclaimer(v: Validation, brand: Brand, input: BrandCookieDisclaimerInput): void {
  const field = (name: string) => ["input", "cookieDisclaimer", name];
  if (input.text !== undefined)
    brand.cookieDisclaimerText = optionalText(v, input.text, field("text"), HTML_MAX);
  if (input.primaryColor !== undefined && input.primaryColor !== null) {
    brand.cookieDisclaimerPrimaryColor = checkColor(v, input.primaryColor, field("primaryColor"));
  }
  if (input.secondaryColor !== undefined && input.secondaryColor !== null) {
    brand.cookieDisclaimerSecondaryColor = checkColor(v, input.secondaryColor, field("secondaryColor"));
  }
}

function applyCustomMessages(v: Validation, brand: Brand, input: BrandCustomMessagesInput): void {
  const field = (name: string) => ["input", "customMessages", name];
  if (input.mainPortalAnnouncement !== undefined) {
    brand.mainPortalAnnouncement = optionalText(
      v,
      input.mainPortalAnnouncement,
      field("mainPortalAnnouncement"),
      HTML_MAX,
    );
  }
  if (input.additionalPortalFooter !== undefined) {
    brand.additionalPortalFooter = optionalText(
      v,
      input.additionalPortalFooter,
      field("additionalPortalFooter"),
      HTML_MAX,
    );
  }
}

export async function updateBrand(ctx: RequestContext, input: UpdateBrandInput) {
  const brand = await ctx.em.transactional(async (em) => {
    const brand = await brandForUpdate(em, input.id);
    const v = new Validation();
    if (input.options) applyOptions(v, brand, input.options);
    if (input.permissions) await applyPermissions(em, v, brand, input.permissions);
    if (input.portal) applyPortal(v, brand, input.portal);
    if (input.cookieDisclaimer) applyCookieDisclaimer(v, brand, input.cookieDisclaimer);
    if (input.customMessages) applyCustomMessages(v, brand, input.customMessages);
    v.throwIfAny();
    await em.flush();
    return brand;
  });
  ctx.loaders.clearAll();
  return { brand };
}

/** Moves the default flag; two flushes, so the partial unique index never sees two defaults. */
export async function setDefaultBrand(ctx: RequestContext, globalId: string) {
  const brand = await ctx.em.transactional(async (em) => {
    const brand = await brandForUpdate(em, globalId);
    if (!brand.isDefault) {
      const current = await em.findOne(Brand, { isDefault: true }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (current) {
        current.isDefault = false;
        await em.flush();
      }
      brand.isDefault = true;
      await em.flush();
    }
    return brand;
  });
  ctx.loaders.clearAll();
  return { brand };
}

export async function setBrandBusinessHours(ctx: RequestContext, input: SetBrandBusinessHoursInput) {
  const brand = await ctx.em.transactional(async (em) => {
    const brand = await brandForUpdate(em, input.brandId, "brandId");
    const v = new Validation();
    brand.businessHours = mergeBusinessHours(v, brand.businessHours, input.days);
    v.throwIfAny();
    await em.flush();
    return brand;
  });
  ctx.loaders.clearAll();
  return { brand };
}

/** Refused for the default brand and for brands that still own departments (IN_USE). */
export async function deleteBrand(ctx: RequestContext, globalId: string) {
  const deletedBrandId = await ctx.em.transactional(async (em) => {
    const brand = await brandForUpdate(em, globalId);
    if (brand.isDefault) {
      throw new UserErrorException([
        userError("IN_USE", "The default brand cannot be deleted; make another brand the default first.", [
          "input",
          "id",
        ]),
      ]);
    }
    const departments = await em.count(Department, { brand: brand.id });
    if (departments) {
      throw new UserErrorException([
        userError("IN_USE", `The brand still has ${departments} department(s): delete or move them first.`, [
          "input",
          "id",
        ]),
      ]);
    }
    em.remove(brand);
    await em.flush();
    return globalId;
  });
  ctx.loaders.clearAll();
  return { deletedBrandId };
}
