import { Check, Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Brand } from "./brand.entity.js";
import { Department } from "./department.entity.js";

/**
 * A day off of a brand or of a department that does not inherit its brand's holidays (002 L5908-5910,
 * L6040-6044). The seed lists no fields: name and date are our reading. Live chat is offline on holidays.
 */
@ObjectType({ implements: Node, description: "A holiday of a brand or department; live chat is offline." })
@Entity({ tableName: "holiday" })
@Check({
  name: "holiday_one_owner",
  expression: "(brand_id is null) <> (department_id is null)",
})
@Unique({ properties: ["brand", "date"] })
@Unique({ properties: ["department", "date"] })
export class Holiday extends BaseEntity {
  @ManyToOne(() => Brand, { nullable: true, deleteRule: "cascade" })
  @Index()
  brand?: Rel<Brand> | null;

  @ManyToOne(() => Department, { nullable: true, deleteRule: "cascade" })
  @Index()
  department?: Rel<Department> | null;

  @Field({ description: "What the holiday is, e.g. New Year's Day." })
  @Property({ length: 255 })
  name!: string;

  @Field({ description: "The day, YYYY-MM-DD, in the installation's default time zone." })
  @Property({ type: "date" })
  date!: string;
}
