/**
 * One adapter per provider kind and process, rebuilt when the settings change. Each call reads the
 * settings row's version (updatedAt) — one small indexed query — so a change saved by another process
 * takes effect there too; the adapter (and its circuit breaker and pooled connections) is reused while
 * the version is the same. A replaced HttpProvider is closed.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AllProviders } from "../../../providers/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { buildAdapter, type BuiltAdapter } from "./adapters.js";
import { DeliveryLog } from "./delivery-log.js";
import { ExternalProvider } from "./external-provider.entity.js";
import type { ProviderKind } from "./provider-kind.js";

export interface ActiveProvider {
  readonly settings: ExternalProvider;
  readonly provider: Partial<AllProviders>;
}

interface Cached {
  readonly version: string;
  readonly adapter: Promise<BuiltAdapter>;
}

export class ProviderRegistry {
  readonly deliveries: DeliveryLog;
  private readonly cache = new Map<ProviderKind, Cached>();

  constructor(private readonly app: AppRuntime) {
    this.deliveries = new DeliveryLog(app);
  }

  /** The enabled provider of `kind` with its settings (secrets loaded), or null when it is disabled. */
  async get(kind: ProviderKind): Promise<ActiveProvider | null> {
    const em = this.app.orm.em.fork() as EntityManager;
    const settings = await em.findOne(
      ExternalProvider,
      { kind },
      { populate: ["webServicePassword", "signingSecret", "defaultUserRole"] },
    );
    if (!settings?.enabled) {
      this.drop(kind);
      return null;
    }
    const version = `${settings.id}:${settings.updatedAt.getTime()}`;
    let cached = this.cache.get(kind);
    if (cached?.version !== version) {
      this.drop(kind);
      cached = { version, adapter: buildAdapter(settings, this.deliveries.sinkFor(kind)) };
      this.cache.set(kind, cached);
    }
    return { settings, provider: (await cached.adapter).provider };
  }

  /** Forgets (and closes) the adapter of `kind`; the next call builds a new one. */
  drop(kind: ProviderKind): void {
    const cached = this.cache.get(kind);
    if (!cached) return;
    this.cache.delete(kind);
    void cached.adapter.then((adapter) => adapter.close());
  }

  closeAll(): void {
    for (const kind of [...this.cache.keys()]) this.drop(kind);
  }
}

const registries = new WeakMap<AppRuntime, ProviderRegistry>();

export function providerRegistry(app: AppRuntime): ProviderRegistry {
  let registry = registries.get(app);
  if (!registry) {
    registry = new ProviderRegistry(app);
    registries.set(app, registry);
  }
  return registry;
}
