import { Entity, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../../core/graphql/node.js";
import { Account, AccountKind } from "./account.entity.js";

/**
 * An end user (customer) of the portal (002 L1141-1148, L3931+). Contact Info and Portal Settings are on
 * Account; the four phone numbers are what Phone Number organization members match (002 L4111).
 */
@ObjectType({ implements: [Node, Account], description: "An end user (customer)." })
@Entity({ discriminatorValue: AccountKind.USER })
export class User extends Account {
  override kind = AccountKind.USER;

  @Field({ description: "Banned from the Community (002 L1420, L4016): can read but not post." })
  @Property({ default: false })
  banned: boolean = false;

  @Field(() => String, { nullable: true, description: "Why the user was banned." })
  @Property({ type: "text", nullable: true })
  banReason?: string | null;
}
