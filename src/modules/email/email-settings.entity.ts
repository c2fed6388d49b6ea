import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Node } from "../../core/graphql/node.js";
import { Brand } from "../organization/index.js";
import { Enum } from "@mikro-orm/core";
import { EmailTemplateKind } from "./email.enums.js";

/** Settings > Email > Options (002 L6933-6947): one row, inserted at boot. */
@ObjectType({ description: "Email options (administrators only)." })
@Entity({ tableName: "email_settings" })
export class EmailSettings extends BaseEntity {
  @Field({ description: "Default Encoding of messages without a charset (default UTF-8)." })
  @Property({ type: "text", default: "UTF-8" })
  defaultEncoding: string = "UTF-8";

  @Field(() => Int, {
    description: "Delivery Delay: seconds automated messages wait before sending (default 10).",
  })
  @Property({ type: "integer", default: 10 })
  deliveryDelaySeconds: number = 10;

  @Field(() => Int, { description: "Delete Failed Emails After this many days (default 30)." })
  @Property({ type: "integer", default: 30 })
  deleteFailedAfterDays: number = 30;

  @Field(() => Int, { description: "Delete Raw Content After this many days (default 30)." })
  @Property({ type: "integer", default: 30 })
  deleteRawAfterDays: number = 30;

  @Field(() => [String], {
    description:
      "Automated Email Blacklist: addresses or domains that never receive autoresponders or automated emails.",
  })
  @Property({ type: "jsonb" })
  blacklist: string[] = [];

  @Field({ description: "Filter duplicate incoming emails (the same Message-ID is imported once)." })
  @Property({ default: true })
  filterDuplicates: boolean = true;

  @Field({ description: "Remove redundant embedded replies (quoted history) from imported replies." })
  @Property({ default: false })
  removeRedundantReplies: boolean = false;
}

/** An edited system template of one brand; a kind without a row uses the built-in default. */
@Entity({ tableName: "email_template" })
@Unique({ properties: ["brand", "kind"] })
export class EmailTemplateOverride extends BaseEntity {
  @ManyToOne(() => Brand, { deleteRule: "cascade" })
  brand!: Rel<Brand>;

  @Enum({ items: () => EmailTemplateKind, nativeEnumName: "email_template_kind" })
  kind!: EmailTemplateKind;

  @Property({ type: "text" })
  subject!: string;

  @Property({ type: "text" })
  html!: string;
}

/** A brand's autoresponder (002 L5871-5898), sent to customers who start a ticket by email. */
@ObjectType({ implements: Node, description: "A department autoresponder of a brand." })
@Entity({ tableName: "autoresponder" })
@Index({ properties: ["brand"] })
export class Autoresponder extends BaseEntity {
  @ManyToOne(() => Brand, { deleteRule: "cascade" })
  brand!: Rel<Brand>;

  @Field({ description: "Display Name." })
  @Property({ type: "text" })
  displayName!: string;

  @Field({ description: "Enable Autoresponder: only enabled ones are sent." })
  @Property({ default: true })
  enabled: boolean = true;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Start Date: with an end date, this one overrides the department's others in the range.",
  })
  @Property({ type: "timestamptz", nullable: true })
  startsAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "End Date of the range." })
  @Property({ type: "timestamptz", nullable: true })
  endsAt?: Date | null;

  @Field({ description: "Subject; variables allowed ([%TICKETNUMBER%], [%SUBJECT%], [%DEPARTMENT%] …)." })
  @Property({ type: "text" })
  subject!: string;

  @Field({ description: "Contents (HTML) with variables." })
  @Property({ type: "text" })
  html!: string;

  /** Raw department ids this autoresponder serves. */
  @Property({ type: "jsonb" })
  departmentIds: string[] = [];
}
