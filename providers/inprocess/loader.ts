/**
 * In-process providers: a module named in configuration, imported at boot, that implements one or more
 * contracts directly in TypeScript/JavaScript (no web service in between). The loader imports it, builds
 * the provider (an object, a class or a factory), checks that it has every method of every contract it
 * claims, and returns it guarded (guard.ts). A misconfigured module is a ProviderConfigError at boot,
 * not a failure on the first login.
 */
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CustomFieldFilter } from "../contract/common.js";
import {
  CONTRACT_METHODS,
  CONTRACT_NAMES,
  isContractName,
  type AllProviders,
  type ContractName,
  type ContractTypes,
} from "../contract/contracts.js";
import { ProviderConfigError } from "../contract/errors.js";
import type { DeliverySink } from "../http/delivery.js";
import { guardProvider } from "./guard.js";

export interface InProcessProviderConfig {
  /** A package name, a file: URL, or a file path (relative paths from `baseDir`). */
  readonly module: string;
  /** The export holding the provider; "default" when not set. */
  readonly export?: string;
  /** The contracts it is used for; when not set, the module's `contracts` export says. */
  readonly contracts?: readonly ContractName[];
  /** Handed to a factory function or class constructor. */
  readonly options?: unknown;
  readonly baseDir?: string;
  readonly name?: string;
  readonly timeoutMs?: number;
  readonly sink?: DeliverySink;
  readonly onSinkError?: (error: unknown) => void;
  readonly customFields?: CustomFieldFilter;
}

export interface LoadedProvider {
  readonly contracts: readonly ContractName[];
  /** The module's own object, unguarded: for diagnostics and tests, never for calls. */
  readonly implementation: object;
  /** Every claimed method, guarded. */
  readonly provider: Partial<AllProviders>;
  /** The provider as one contract; a contract it does not claim is a configuration error. */
  get<K extends ContractName>(contract: K): ContractTypes[K];
}

export async function loadInProcessProvider(config: InProcessProviderConfig): Promise<LoadedProvider> {
  const name = config.name ?? config.module;
  const specifier = toSpecifier(config.module, config.baseDir ?? process.cwd());
  let moduleNamespace: Record<string, unknown>;
  try {
    moduleNamespace = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    throw new ProviderConfigError(`${name}: cannot import ${config.module}: ${(error as Error).message}`);
  }
  const exportName = config.export ?? "default";
  if (!(exportName in moduleNamespace)) {
    const available = Object.keys(moduleNamespace).join(", ") || "none";
    throw new ProviderConfigError(
      `${name}: ${config.module} has no export "${exportName}" (exports: ${available})`,
    );
  }
  const implementation = await instantiate(moduleNamespace[exportName], config.options, name);
  const contracts = claimedContracts(config.contracts ?? moduleNamespace.contracts, name);
  const missing = contracts.flatMap((contract) =>
    CONTRACT_METHODS[contract]
      .filter((method) => typeof (implementation as Record<string, unknown>)[method] !== "function")
      .map((method) => `${contract}.${method}`),
  );
  if (missing.length > 0) {
    throw new ProviderConfigError(
      `${name}: claims contracts it does not implement: ${missing.join(", ")} missing`,
    );
  }
  const provider = guardProvider(implementation, contracts, {
    name,
    target: `inprocess:${config.module}`,
    timeoutMs: config.timeoutMs ?? 5_000,
    sink: config.sink,
    onSinkError: config.onSinkError,
    customFields: config.customFields,
  });
  return {
    contracts,
    implementation,
    provider,
    get: <K extends ContractName>(contract: K) => {
      if (!contracts.includes(contract))
        throw new ProviderConfigError(`${name} does not implement ${contract}`);
      return provider as ContractTypes[K];
    },
  };
}

function toSpecifier(module: string, baseDir: string): string {
  if (module.startsWith("file:")) return module;
  if (module.startsWith(".") || isAbsolute(module)) return pathToFileURL(resolve(baseDir, module)).href;
  return module;
}

/** An object is the provider; a class is constructed with the options; any other function is a factory. */
async function instantiate(value: unknown, options: unknown, name: string): Promise<object> {
  let built: unknown = value;
  if (typeof value === "function") {
    const isClass = /^class[\s{]/.test(Function.prototype.toString.call(value));
    built = isClass
      ? new (value as new (options: unknown) => unknown)(options)
      : await (value as (options: unknown) => unknown)(options);
  }
  if (typeof built !== "object" || built === null) {
    throw new ProviderConfigError(`${name}: the export is not a provider object, class or factory`);
  }
  return built;
}

function claimedContracts(claim: unknown, name: string): ContractName[] {
  if (!Array.isArray(claim) || claim.length === 0) {
    throw new ProviderConfigError(
      `${name}: say which contracts it implements (config "contracts" or a "contracts" export): ${CONTRACT_NAMES.join(", ")}`,
    );
  }
  const unknown = claim.filter((entry) => !isContractName(entry));
  if (unknown.length > 0)
    throw new ProviderConfigError(`${name}: unknown contracts ${unknown.map(String).join(", ")}`);
  return [...new Set(claim as ContractName[])];
}
