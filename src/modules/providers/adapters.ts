/**
 * Builds the adapter a provider's settings describe: HttpProvider, LdapLoginProvider (wrapped so that its
 * calls reach the delivery log too) or an in-process module. A configuration that cannot be built (a
 * module that does not load) becomes an adapter whose every call fails with PROVIDER_ERROR and is logged,
 * so a broken setting shows up in the delivery log instead of as an exception in a login.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  CONTRACT_METHODS,
  HttpProvider,
  LdapLoginProvider,
  MASK,
  failure,
  loadInProcessProvider,
  type AllProviders,
  type DeliverySink,
  type LdapLoginConfig,
  type ProviderMethod,
  type ProviderResult,
} from "../../../providers/index.js";
import type { ExternalProvider, LdapSettingsData } from "./external-provider.entity.js";
import { CONTRACT_OF, ProviderKind, ProviderTransport } from "./provider-kind.js";

/**
 * The module to import for a setting: `plugins/x.mjs` is the file under the server's working directory (a
 * bare `plugins/x.mjs` would be looked up as the package "plugins"); package names stay as they are.
 */
export function inProcessModule(specifier: string): string {
  return /^plugins\//.test(specifier) ? `./${specifier}` : specifier;
}

export interface BuiltAdapter {
  readonly provider: Partial<AllProviders>;
  close(): void;
}

type AnyCall = (inputs: object) => Promise<ProviderResult<unknown>>;

export async function buildAdapter(settings: ExternalProvider, sink: DeliverySink): Promise<BuiltAdapter> {
  const name = settings.kind.toLowerCase();
  const timeoutMs = settings.effectiveTimeoutMs;
  try {
    switch (settings.transport) {
      case ProviderTransport.HTTP: {
        const http = new HttpProvider({
          name,
          url: settings.webServiceUrl ?? "",
          password: settings.webServicePassword ?? "",
          signingSecret: settings.signingSecret ?? undefined,
          timeoutMs,
          sink,
        });
        return { provider: http, close: () => http.close() };
      }
      case ProviderTransport.LDAP: {
        const ldap = new LdapLoginProvider(ldapConfig(settings.ldap!, timeoutMs));
        return { provider: recorded(ldap, sink, name, settings.ldap!.url), close: () => undefined };
      }
      case ProviderTransport.IN_PROCESS: {
        const loaded = await loadInProcessProvider({
          module: inProcessModule(settings.moduleSpecifier ?? ""),
          export: settings.moduleExport ?? undefined,
          contracts: [CONTRACT_OF[settings.kind]],
          name,
          timeoutMs,
          sink,
        });
        return { provider: loaded.provider, close: () => undefined };
      }
    }
  } catch (error) {
    return { provider: broken(settings.kind, sink, name, (error as Error).message), close: () => undefined };
  }
}

export function ldapConfig(ldap: LdapSettingsData, timeoutMs: number): LdapLoginConfig {
  const serviceAccount =
    ldap.serviceAccountDn && ldap.serviceAccountPassword
      ? { dn: ldap.serviceAccountDn, password: ldap.serviceAccountPassword }
      : undefined;
  const lookup =
    ldap.baseDN || serviceAccount || ldap.emailAttribute || ldap.displayNameAttribute
      ? {
          baseDN: ldap.baseDN ?? undefined,
          filter: ldap.filter ?? undefined,
          emailAttribute: ldap.emailAttribute ?? undefined,
          displayNameAttribute: ldap.displayNameAttribute ?? undefined,
          serviceAccount,
        }
      : undefined;
  return {
    url: ldap.url,
    startTls: ldap.startTls,
    timeoutMs,
    bind:
      ldap.bindKind === "dn-template"
        ? { kind: "dn-template", template: ldap.dnTemplate ?? "" }
        : ldap.bindKind === "search"
          ? { kind: "search" }
          : {
              kind: "active-directory",
              defaultDomain: ldap.defaultDomain ?? undefined,
              upnSuffix: ldap.upnSuffix ?? undefined,
            },
    lookup,
  };
}

/** The LDAP provider emits no delivery records of its own; this adds them (inputs masked). */
function recorded(
  target: Partial<AllProviders>,
  sink: DeliverySink,
  name: string,
  url: string,
): Partial<AllProviders> {
  const wrapped: Record<string, AnyCall> = {};
  for (const method of CONTRACT_METHODS.IExternalLoginProvider) {
    const call = (target as Record<string, AnyCall>)[method]!.bind(target);
    wrapped[method] = async (inputs) => {
      const startedAt = new Date();
      const started = performance.now();
      const result = await call(inputs);
      const masked = { ...inputs, ...("LoginPassword" in inputs ? { LoginPassword: MASK } : {}) };
      await emitRecord(sink, {
        name,
        method,
        target: url,
        startedAt,
        durationMs: performance.now() - started,
        request: { headers: {}, body: JSON.stringify(masked) },
        result,
      });
      return result;
    };
  }
  return wrapped as Partial<AllProviders>;
}

function broken(
  kind: ProviderKind,
  sink: DeliverySink,
  name: string,
  message: string,
): Partial<AllProviders> {
  const methods: readonly ProviderMethod[] = CONTRACT_METHODS[CONTRACT_OF[kind]];
  const provider: Record<string, AnyCall> = {};
  for (const method of methods) {
    provider[method] = async () => {
      const result = failure("PROVIDER_ERROR", `${name} provider is misconfigured: ${message}`);
      await emitRecord(sink, {
        name,
        method,
        target: "(not built)",
        startedAt: new Date(),
        durationMs: 0,
        request: null,
        result,
      });
      return result;
    };
  }
  return provider as Partial<AllProviders>;
}

async function emitRecord(
  sink: DeliverySink,
  r: {
    name: string;
    method: ProviderMethod;
    target: string;
    startedAt: Date;
    durationMs: number;
    request: { headers: Record<string, string>; body: string } | null;
    result: ProviderResult<unknown>;
  },
): Promise<void> {
  try {
    await sink.record({
      deliveryId: randomUUID(),
      attempt: 1,
      maxAttempts: 1,
      provider: r.name,
      method: r.method,
      target: r.target,
      startedAt: r.startedAt,
      durationMs: Math.round(r.durationMs),
      request: r.request,
      response: null,
      status: null,
      outcome: r.result.ok ? "OK" : r.result.reason,
      error: r.result.ok ? null : r.result.Message,
      willRetry: false,
      circuit: "CLOSED",
    });
  } catch {
    // The sink logs its own failures; a log that cannot be written must not change the call's outcome.
  }
}
