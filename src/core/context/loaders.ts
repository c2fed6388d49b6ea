import type DataLoader from "dataloader";
import type { RequestContext } from "./context.js";

/** A per-request DataLoader, declared by a module and created lazily the first time a request needs it. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  create(ctx: RequestContext): DataLoader<K, V>;
}

export function defineLoader<K, V>(
  name: string,
  create: (ctx: RequestContext) => DataLoader<K, V>,
): LoaderDefinition<K, V> {
  return { name, create };
}

export class LoaderRegistry {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly ctx: () => RequestContext) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = definition.create(this.ctx()) as DataLoader<unknown, unknown>;
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** After a mutation changes rows, cached loads of this request must not serve stale values. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}
