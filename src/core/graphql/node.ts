import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything with a global id can be refetched with `node(id:)`. */
@InterfaceType({ description: "An object with an opaque global id, refetchable through `node(id:)`." })
export abstract class Node {
  // Named "id" in the schema but read from `globalId`, so types that implement Node (and inherit this field)
  // never expose the raw database key.
  @Field(() => ID, { name: "id", description: "Opaque global id." })
  globalId!: string;
}
