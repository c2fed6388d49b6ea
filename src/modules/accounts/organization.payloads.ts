import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { Organization, OrganizationMember } from "./customer-organization.entity.js";

@ObjectType({ description: "Result of createOrganization." })
export class CreateOrganizationPayload {
  @Field(() => Organization, { nullable: true, description: "The new organization." })
  organization?: Organization;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateOrganization." })
export class UpdateOrganizationPayload {
  @Field(() => Organization, { nullable: true, description: "The changed organization." })
  organization?: Organization;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of addOrganizationMember." })
export class AddOrganizationMemberPayload {
  @Field(() => OrganizationMember, { nullable: true, description: "The new member rule." })
  member?: OrganizationMember;

  @Field(() => Organization, { nullable: true, description: "The organization." })
  organization?: Organization;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateOrganizationMember." })
export class UpdateOrganizationMemberPayload {
  @Field(() => OrganizationMember, { nullable: true, description: "The changed member rule." })
  member?: OrganizationMember;

  @Field(() => Organization, { nullable: true, description: "The organization." })
  organization?: Organization;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of removeOrganizationMember." })
export class RemoveOrganizationMemberPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the removed member rule." })
  removedMemberId?: string;

  @Field(() => Organization, { nullable: true, description: "The organization." })
  organization?: Organization;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteOrganizations." })
export class DeleteOrganizationsPayload {
  @Field(() => [ID], { nullable: true, description: "Global ids of the deleted organizations." })
  deletedOrganizationIds?: string[];

  @Field(() => [UserError], { description: "Why nothing was deleted." })
  userErrors!: UserError[];
}
