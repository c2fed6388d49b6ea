import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Brand, Department, Group } from "../organization/index.js";

const NONE = "'00000000-0000-0000-0000-000000000000'";

/**
 * A reply signature administrators write (Settings → Tickets → Signatures, 002 L7758-7780): for everyone, or
 * for a brand, a department and/or a group. An agent's reply gets the most specific one that matches its
 * ticket (group, then department, then brand, then the one for everyone). One signature per scope.
 */
@ObjectType({ implements: Node, description: "A ticket reply signature (002 L7758-7780)." })
@Entity({ tableName: "ticket_signature" })
@Index({
  name: "ticket_signature_scope",
  expression:
    `create unique index "ticket_signature_scope" on "ticket_signature" ` +
    `(coalesce("brand_id", ${NONE}), coalesce("department_id", ${NONE}), coalesce("group_id", ${NONE}))`,
})
export class TicketSignature extends BaseEntity {
  @ManyToOne(() => Brand, { nullable: true, deleteRule: "cascade" })
  brand?: Rel<Brand> | null;

  @ManyToOne(() => Department, { nullable: true, deleteRule: "cascade" })
  department?: Rel<Department> | null;

  @ManyToOne(() => Group, { nullable: true, deleteRule: "cascade" })
  group?: Rel<Group> | null;

  @Field({
    description:
      "HTML body (sanitized when saved) with the variables #agentavatar#, #useremail#, #companyname#, " +
      "#departmentname#, #userdisplayname# and #username#.",
  })
  @Property({ type: "text" })
  html!: string;
}
