import { Entity, Enum, Index, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { ProviderKind } from "./provider-kind.js";

/**
 * One attempt of one provider call (a DeliveryRecord, providers/http/delivery.ts), kept for administrators
 * to debug an integration. Secrets are masked before they get here; bodies are cut. Old rows are purged
 * (purgeProviderDeliveries).
 */
@ObjectType({ implements: Node, description: "One attempt of a call to an external provider." })
@Entity({ tableName: "provider_delivery" })
@Index({ properties: ["kind", "createdAt"] })
export class ProviderDelivery extends BaseEntity {
  @Field(() => ProviderKind, { description: "The provider called." })
  @Enum({ items: () => ProviderKind })
  kind!: ProviderKind;

  @Field({ description: "Shared by the attempts of one call (the X-Deskgraph-Delivery header)." })
  @Property({ type: "uuid" })
  deliveryId!: string;

  @Field(() => Int, { description: "Attempt number, from 1." })
  @Property({ type: "integer" })
  attempt!: number;

  @Field({ description: "The contract method, e.g. Authenticate." })
  @Property({ length: 64 })
  method!: string;

  @Field({
    description: "Where the call went: the URL without credentials, ldap://…, or inprocess:<module>.",
  })
  @Property({ type: "text" })
  target!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "What was sent (JSON of headers and body), AuthPW and passwords masked; null if nothing was.",
  })
  @Property({ type: "text", nullable: true })
  request?: string | null;

  @Field(() => String, { nullable: true, description: "What came back (JSON of status, headers, cut body)." })
  @Property({ type: "text", nullable: true })
  response?: string | null;

  @Field(() => Int, { nullable: true, description: "HTTP status, when there was a response." })
  @Property({ type: "integer", nullable: true })
  status?: number | null;

  @Field(() => Int, { description: "Duration of the attempt in milliseconds." })
  @Property({ type: "integer" })
  durationMs!: number;

  @Field({
    description: "OK, or why the call failed: TIMEOUT, NETWORK, HTTP_STATUS, PROTOCOL, CIRCUIT_OPEN, …",
  })
  @Property({ length: 32 })
  outcome!: string;

  @Field(() => String, { nullable: true, description: "The error message of a failed attempt." })
  @Property({ type: "text", nullable: true })
  error?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What the server could not apply of a successful answer, e.g. a StartTicket reroute to a department " +
      "that does not exist (the ticket kept its department).",
  })
  @Property({ type: "text", nullable: true })
  note?: string | null;

  @Field({ description: "Whether another attempt followed (NotifyEventFired only)." })
  @Property()
  willRetry: boolean = false;
}
