import { MikroORM } from "@mikro-orm/postgresql";
import type { Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import { AfterCommitSubscriber } from "./after-commit.js";
import type { Logger } from "pino";
import type { MigrationObject } from "@mikro-orm/core";

export interface OrmOptions {
  clientUrl: string;
  entities: Options["entities"];
  /** The embedded PGlite has a single backend: one pooled connection serialises transactions on it. */
  poolMax: number;
  logger?: Logger;
  /** Called with each SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /** The migrations to apply, in order (src/core/db/migrations/index.ts). */
  migrationsList: MigrationObject[];
}

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.clientUrl,
    entities: options.entities,
    extensions: [Migrator],
    subscribers: [new AfterCommitSubscriber(options.logger)],
    pool: { min: 0, max: options.poolMax },
    // Relations are loaded through DataLoaders or explicit populate, never by accident.
    forceUndefined: false,
    discovery: { warnWhenNoEntities: false },
    debug: options.onQuery ? ["query"] : false,
    // Plain text: the query counter matches on the "[query]" prefix, which colour codes would hide.
    colors: false,
    logger: (message) => {
      if (options.onQuery && message.startsWith("[query]")) options.onQuery(message);
      else options.logger?.debug({ orm: message });
    },
    migrations: {
      tableName: "mikro_orm_migrations",
      // Listed explicitly so they load the same way from compiled dist/ and from vitest's TypeScript.
      migrationsList: options.migrationsList,
      pathTs: "src/core/db/migrations",
      path: "dist/src/core/db/migrations",
      emit: "ts",
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
  };
}

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations in one transaction; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
