import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything with a global id can be refetched with `node(id:)`. */
@InterfaceType({ description: "An object with an opaque global id, refetchable through `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id." })
  id!: string;
}
