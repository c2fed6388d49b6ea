import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";

export enum OrganizationMemberType {
  EMAIL_ADDRESS = "EMAIL_ADDRESS",
  USERNAME = "USERNAME",
  DOMAIN_NAME = "DOMAIN_NAME",
  PHONE_NUMBER = "PHONE_NUMBER",
}
registerEnumType(OrganizationMemberType, {
  name: "OrganizationMemberType",
  description: "The four member filter types of an organization (002 L4103-4111).",
  valuesConfig: {
    EMAIL_ADDRESS: { description: "Users with exactly this email address." },
    USERNAME: { description: "The user with this username." },
    DOMAIN_NAME: { description: "Users whose email address is at this domain (example.com)." },
    PHONE_NUMBER: { description: "Users with this number as one of their phone numbers (digits compared)." },
  },
});

/**
 * A customer company (002 L1300-1315, L4084-4101). Its users are not stored: they are whoever matches one
 * of its member rules at query time, so a new rule also covers existing users (seed-A §3.14, inferred).
 */
@ObjectType({ implements: Node, description: "A customer organization: users grouped by member rules." })
@Entity({ tableName: "customer_organization" })
export class Organization extends BaseEntity {
  @Field({ description: "Organization Name." })
  @Property({ length: 255 })
  @Index()
  name!: string;

  @Field(() => String, { nullable: true, description: "Company website." })
  @Property({ length: 500, nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: "Phone Number." })
  @Property({ length: 64, nullable: true })
  phoneNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "# of Employees, a range such as 11-50 (the documentation lists no fixed ranges).",
  })
  @Property({ length: 32, nullable: true })
  numberOfEmployees?: string | null;

  @Field(() => String, { nullable: true, description: "Address 1: street address." })
  @Property({ length: 255, nullable: true })
  address1?: string | null;

  @Field(() => String, { nullable: true, description: "Address 2: suite, floor." })
  @Property({ length: 255, nullable: true })
  address2?: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  @Property({ length: 255, nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "State/Province." })
  @Property({ length: 255, nullable: true })
  stateProvince?: string | null;

  @Field(() => String, { nullable: true, description: "Zip/Postal Code." })
  @Property({ length: 32, nullable: true })
  zipPostalCode?: string | null;

  @Field(() => String, { nullable: true, description: "Country." })
  @Property({ length: 255, nullable: true })
  country?: string | null;
}

/** One member rule ("filter", "parameter") of an organization (002 L4103-4119). */
@ObjectType({ implements: Node, description: "A member rule: which users belong to the organization." })
@Entity({ tableName: "customer_organization_member" })
@Unique({ properties: ["organization", "type", "valueKey"] })
export class OrganizationMember extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" })
  @Index()
  organization!: Rel<Organization>;

  @Field(() => OrganizationMemberType, { description: "What the value is matched against." })
  @Enum({ items: () => OrganizationMemberType, nativeEnumName: "organization_member_type" })
  type!: OrganizationMemberType;

  @Field({ description: "The email address, username, domain or phone number, as entered." })
  @Property({ length: 320 })
  value!: string;

  /** The value as compared: lower case, or digits only for phone numbers. */
  @Property({ length: 320 })
  @Index()
  valueKey!: string;

  @Field({
    description:
      "View Organization Tickets in Portal (002 L4115-4119): matching users see the organization's tickets. " +
      "Not for phone numbers; for email and domain rules only users with a verified email qualify.",
  })
  @Property({ default: false })
  viewOrganizationTicketsInPortal: boolean = false;
}
