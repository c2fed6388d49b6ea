import { Entity, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";

/** The top level of the organization (002 L5746-5796): a company, product or division with its own portal. */
@ObjectType({ implements: Node, description: "A brand: the top level of the organization (002 L5746)." })
@Entity({ tableName: "brand" })
export class Brand extends BaseEntity {
  @Field({ description: "Brand Name." })
  @Property({ length: 255 })
  name!: string;

  @Field(() => [String], {
    description: "Host Headers identifying the brand's portal; fixed once created (002 L5774).",
  })
  @Property({ type: "text[]" })
  hostHeaders: string[] = [];

  @Field({ description: "The default brand (exactly one)." })
  @Property({ default: false })
  isDefault: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  companyWebsite?: string | null;
}
