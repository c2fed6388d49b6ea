import type { EntityManager } from "@mikro-orm/postgresql";
import {
  loadInProcessProvider,
  resolveHttpProviderConfig,
  validateLdapConfig,
} from "../../../providers/index.js";
import type { RequestContext } from "../../core/context/context.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Role, RoleType } from "../roles/index.js";
import { inProcessModule, ldapConfig } from "./adapters.js";
import { ExternalProvider, type LdapSettingsData } from "./external-provider.entity.js";
import {
  CONTRACT_OF,
  FailurePolicy,
  PROVIDER_KINDS,
  ProviderKind,
  ProviderTransport,
} from "./provider-kind.js";
import { BIND_KIND_STORED, type UpdateExternalProviderInput } from "./provider-settings.types.js";
import { providerRegistry } from "./registry.js";

const SECRETS = ["webServicePassword", "signingSecret"] as const;
const LOGIN_ONLY = [
  "forgotPasswordUrl",
  "customLoginUrl",
  "defaultUserRoleId",
  "markEmailVerified",
  "enableSignInCookies",
] as const;

/** One row per kind, disabled, so every tab has a stable id from the start. */
export async function ensureProviderRows(app: AppRuntime): Promise<void> {
  const em = app.orm.em.fork() as EntityManager;
  for (const kind of PROVIDER_KINDS) {
    await em.getConnection().execute(
      `insert into external_provider (id, kind, enabled, transport, mark_email_verified, enable_sign_in_cookies,
         created_at, updated_at)
       values (gen_random_uuid(), ?, false, 'HTTP', false, false, now(), now())
       on conflict (kind) do nothing`,
      [kind],
    );
  }
}

function withFlags(p: ExternalProvider): ExternalProvider {
  p.hasPassword = !!p.webServicePassword;
  p.hasSigningSecret = !!p.signingSecret;
  return p;
}

export async function listProviders(em: EntityManager): Promise<ExternalProvider[]> {
  const rows = await em.find(ExternalProvider, {}, { populate: [...SECRETS] });
  return PROVIDER_KINDS.flatMap((kind) => rows.filter((r) => r.kind === kind)).map(withFlags);
}

/** For node(id): the row with its has* flags, which a row loaded any other way lacks. */
export async function findProviderById(em: EntityManager, id: string): Promise<ExternalProvider | null> {
  const row = await em.findOne(ExternalProvider, { id }, { populate: [...SECRETS] });
  return row && withFlags(row);
}

export async function getProvider(em: EntityManager, kind: ProviderKind): Promise<ExternalProvider> {
  const row = await em.findOneOrFail(ExternalProvider, { kind }, { populate: [...SECRETS] });
  return withFlags(row);
}

/** A URL an administrator types: http(s) only, so a portal never redirects to javascript: or file:. */
function checkUrl(v: Validation, value: string | null | undefined, field: string): string | null {
  const text = value?.trim() || null;
  if (text === null) return null;
  let ok = false;
  try {
    ok = ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    ok = false;
  }
  v.check(ok, "INVALID_URL", "Enter an http:// or https:// URL.", ["input", field]);
  return text;
}

/**
 * Modules an administrator may name: a package name, or a file under plugins/. Never data:, http: or an
 * arbitrary path: this is a GraphQL setting, and importing a module runs its code in the server, so the
 * module must be something the server operator installed.
 */
export function isAllowedModule(specifier: string): boolean {
  if (/^(\.\/)?plugins\/[\w./-]+\.m?js$/.test(specifier)) return !specifier.split("/").includes("..");
  return /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/.test(specifier);
}

function applySecret(p: ExternalProvider, key: (typeof SECRETS)[number], value: string | null | undefined) {
  if (value === undefined || value === null) return;
  p[key] = value === "" ? null : value;
}

export async function updateProvider(ctx: RequestContext, input: UpdateExternalProviderInput) {
  const em = ctx.em.fork();
  const p = await getProvider(em, input.kind);
  const v = new Validation();
  const isLogin = input.kind === ProviderKind.LOGIN;
  if (!isLogin) {
    for (const key of LOGIN_ONLY) {
      v.check(
        input[key] === undefined || input[key] === null,
        "INVALID",
        "Only the login provider has this.",
        ["input", key],
      );
    }
  }
  p.enabled = input.enabled ?? p.enabled;
  p.transport = input.transport ?? p.transport;
  if (input.webServiceUrl !== undefined) p.webServiceUrl = checkUrl(v, input.webServiceUrl, "webServiceUrl");
  applySecret(p, "webServicePassword", input.webServicePassword);
  applySecret(p, "signingSecret", input.signingSecret);
  if (input.moduleSpecifier !== undefined) p.moduleSpecifier = input.moduleSpecifier?.trim() || null;
  if (input.moduleExport !== undefined) p.moduleExport = input.moduleExport?.trim() || null;
  if (input.timeoutMs !== undefined) {
    v.check(
      input.timeoutMs === null || (input.timeoutMs >= 100 && input.timeoutMs <= 60_000),
      "OUT_OF_RANGE",
      "The timeout must be between 100 and 60000 ms.",
      ["input", "timeoutMs"],
    );
    p.timeoutMs = input.timeoutMs;
  }
  if (input.failurePolicy !== undefined) p.failurePolicy = input.failurePolicy;
  // Failing open would mean letting someone in whom nobody vouched for: there is no local password to
  // fall back on for provider accounts, and a stale one must never be used.
  v.check(
    !(isLogin && p.failurePolicy === FailurePolicy.FAIL_OPEN),
    "INVALID",
    "The login provider always fails closed.",
    ["input", "failurePolicy"],
  );
  if (input.ldap) p.ldap = ldapData(input.ldap, p.ldap ?? null);
  if (isLogin) await applyLoginOptions(em, v, p, input);
  if (p.enabled) await checkTransport(v, p);
  v.throwIfAny();
  p.updatedAt = new Date();
  await em.flush();
  providerRegistry(ctx.app).drop(p.kind);
  return { externalProvider: withFlags(p) };
}

async function applyLoginOptions(
  em: EntityManager,
  v: Validation,
  p: ExternalProvider,
  input: UpdateExternalProviderInput,
) {
  if (input.forgotPasswordUrl !== undefined)
    p.forgotPasswordUrl = checkUrl(v, input.forgotPasswordUrl, "forgotPasswordUrl");
  if (input.customLoginUrl !== undefined)
    p.customLoginUrl = checkUrl(v, input.customLoginUrl, "customLoginUrl");
  p.markEmailVerified = input.markEmailVerified ?? p.markEmailVerified;
  p.enableSignInCookies = input.enableSignInCookies ?? p.enableSignInCookies;
  if (input.defaultUserRoleId !== undefined) {
    if (input.defaultUserRoleId === null) {
      p.defaultUserRole = null;
    } else {
      const id = fromGlobalId(input.defaultUserRoleId, "Role", "defaultUserRoleId");
      const role = await em.findOne(Role, { id });
      const field = ["input", "defaultUserRoleId"];
      if (!role) v.add("NOT_FOUND", "No such role.", field);
      else if (role.type !== RoleType.USER) v.add("ROLE_TYPE_MISMATCH", "Choose a user role.", field);
      else p.defaultUserRole = role;
    }
  }
}

function ldapData(input: NonNullable<UpdateExternalProviderInput["ldap"]>, old: LdapSettingsData | null) {
  const text = (value: string | null | undefined) => value?.trim() || null;
  const password = input.serviceAccountPassword;
  return {
    url: input.url.trim(),
    startTls: input.startTls ?? false,
    bindKind: BIND_KIND_STORED[input.bindKind],
    dnTemplate: text(input.dnTemplate),
    defaultDomain: text(input.defaultDomain),
    upnSuffix: text(input.upnSuffix),
    baseDN: text(input.baseDN),
    filter: text(input.filter),
    emailAttribute: text(input.emailAttribute),
    displayNameAttribute: text(input.displayNameAttribute),
    serviceAccountDn: text(input.serviceAccountDn),
    serviceAccountPassword:
      password === undefined || password === null ? (old?.serviceAccountPassword ?? null) : password || null,
  } satisfies LdapSettingsData;
}

/** An enabled provider must be buildable: the same checks the adapters make, reported as userErrors. */
async function checkTransport(v: Validation, p: ExternalProvider): Promise<void> {
  const problem = (code: string, message: string, field: string) => v.add(code, message, ["input", field]);
  try {
    if (p.transport === ProviderTransport.HTTP) {
      if (!p.webServiceUrl) return void problem("REQUIRED", "Enter the Web Service URL.", "webServiceUrl");
      if (!p.webServicePassword)
        return void problem("REQUIRED", "Enter the Web Service Password.", "webServicePassword");
      resolveHttpProviderConfig({ url: p.webServiceUrl, password: p.webServicePassword });
    } else if (p.transport === ProviderTransport.LDAP) {
      if (p.kind !== ProviderKind.LOGIN)
        return void problem("INVALID", "LDAP serves the login provider only.", "transport");
      if (!p.ldap) return void problem("REQUIRED", "Enter the LDAP options.", "ldap");
      validateLdapConfig(ldapConfig(p.ldap, p.effectiveTimeoutMs));
    } else {
      const specifier = p.moduleSpecifier ?? "";
      if (!isAllowedModule(specifier)) {
        return void problem(
          "INVALID_MODULE",
          "Name an installed package or a .js/.mjs file under plugins/.",
          "moduleSpecifier",
        );
      }
      await loadInProcessProvider({
        module: inProcessModule(specifier),
        export: p.moduleExport ?? undefined,
        contracts: [CONTRACT_OF[p.kind]],
      });
    }
  } catch (error) {
    const field = p.transport === ProviderTransport.IN_PROCESS ? "moduleSpecifier" : "transport";
    problem("INVALID_CONFIGURATION", (error as Error).message, field);
  }
}
