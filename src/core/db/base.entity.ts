import { randomUUID } from "node:crypto";
import { PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, InterfaceType } from "type-graphql";
import { toGlobalId } from "../graphql/global-id.js";
import { DateTimeScalar } from "../graphql/scalars.js";

/**
 * Every stored row: a UUID key and timestamps. The raw key never leaves the server; the API's `id` is the
 * opaque global id, built from the GraphQL type name (which is the class name).
 */
// type-graphql passes fields down only from a registered type; as an interface it also reaches the Account
// interface and every object type, and it is emitted only if something refers to it.
@InterfaceType("Timestamped", { description: "An object with creation and change times." })
export abstract class BaseEntity {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Field(() => DateTimeScalar, { description: "When this was created." })
  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: "When this was last changed." })
  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID, { name: "id", description: "Opaque global id." })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** Creates an entity from a partial set of properties (defaults fill the rest) and persists it. */
export function build<T extends object>(Cls: new () => T, data: Partial<T>): T {
  return Object.assign(new Cls(), data);
}
