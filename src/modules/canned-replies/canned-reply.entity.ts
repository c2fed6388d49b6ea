import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Employee } from "../accounts/index.js";
import { Department } from "../organization/index.js";
import { CannedReplyScope, CannedReplyStatus, CannedReplyType } from "./canned-reply.enums.js";

/**
 * A folder of canned replies (002 L4521-4546). Folders form one shared tree (null parent = a top-level folder
 * under the root); what a caller sees inside them is decided per reply.
 */
@ObjectType({ implements: Node, description: "A canned reply folder (002 L4521-4546); folders nest." })
@Entity({ tableName: "canned_reply_folder" })
export class CannedReplyFolder extends BaseEntity {
  @Field({ description: "Folder name, unique among its siblings (case-insensitive)." })
  @Property({ length: 255 })
  name!: string;

  /** Lower-cased name: siblings are compared on it. */
  @Property({ length: 255 })
  nameKey!: string;

  // Deleting a folder deletes its subtree (002 L4546); the service moves replies out first where needed.
  @ManyToOne(() => CannedReplyFolder, { nullable: true, deleteRule: "cascade" })
  @Index()
  parent?: Rel<CannedReplyFolder> | null;
}

/** A canned reply (002 L4440-4601; spec seed-C §1.5). */
@ObjectType({
  implements: Node,
  description: "A predefined reply agents insert into tickets and live chats.",
})
@Entity({ tableName: "canned_reply" })
@Index({ properties: ["scope", "department"] })
export class CannedReply extends BaseEntity {
  @Field({ description: "Title (002 L4502)." })
  @Property({ length: 255 })
  name!: string;

  @Field({
    description:
      "The reply as HTML (002 L4506). May contain variables such as [%TICKETNUMBER%]; see renderCannedReply.",
  })
  @Property({ type: "text" })
  body!: string;

  // Null = the root folder (002 L4448). Folder deletion handles the contents, so no cascade here.
  @ManyToOne(() => CannedReplyFolder, { nullable: true, deleteRule: "set null" })
  @Index()
  folder?: Rel<CannedReplyFolder> | null;

  @Field(() => CannedReplyScope, { description: "Assign To: who may see and insert it." })
  @Enum({ items: () => CannedReplyScope, nativeEnumName: "canned_reply_scope" })
  scope!: CannedReplyScope;

  /** With scope DEPARTMENT. */
  @ManyToOne(() => Department, { nullable: true, deleteRule: "cascade" })
  department?: Rel<Department> | null;

  /** With scope PERSONAL: the only agent who sees it. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "cascade" })
  @Index()
  owner?: Rel<Employee> | null;

  /** Who created it: drafts stay visible to their author. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "set null" })
  createdBy?: Rel<Employee> | null;

  @Field(() => CannedReplyType, { description: "Canned Reply Type (002 L4514)." })
  @Enum({ items: () => CannedReplyType, nativeEnumName: "canned_reply_type" })
  type: CannedReplyType = CannedReplyType.BOTH;

  @Field(() => CannedReplyStatus, { description: "Flags (002 L4468-4470): PUBLIC or DRAFT." })
  @Enum({ items: () => CannedReplyStatus, nativeEnumName: "canned_reply_status" })
  status: CannedReplyStatus = CannedReplyStatus.PUBLIC;

  @Field(() => String, {
    nullable: true,
    description: "Language (002 L4515) as a language tag (en, de, pt-BR); null = any language.",
  })
  @Property({ type: "string", length: 16, nullable: true })
  language?: string | null;
}
