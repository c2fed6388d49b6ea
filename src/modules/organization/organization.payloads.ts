import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { Brand } from "./brand.entity.js";
import { Department } from "./department.entity.js";
import { Group } from "./group.entity.js";
import { Holiday } from "./holiday.entity.js";
import { AgentGroupMembership } from "./membership.entity.js";

const ERRORS = "Expected failures; when present, nothing was changed.";

@ObjectType({ description: "Result of a mutation that changes a brand." })
export class BrandPayload {
  @Field(() => Brand, { nullable: true, description: "The brand as saved; null when refused." })
  brand?: Brand;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteBrand." })
export class DeleteBrandPayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted brand; null when refused." })
  deletedBrandId?: string;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of adding a holiday." })
export class AddHolidayPayload {
  @Field(() => Holiday, { nullable: true, description: "The new holiday; null when refused." })
  holiday?: Holiday;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of removing a holiday." })
export class RemoveHolidayPayload {
  @Field(() => ID, { nullable: true, description: "Id of the removed holiday; null when refused." })
  removedHolidayId?: string;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation that changes a department." })
export class DepartmentPayload {
  @Field(() => Department, { nullable: true, description: "The department as saved; null when refused." })
  department?: Department;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteDepartment." })
export class DeleteDepartmentPayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted department; null when refused." })
  deletedDepartmentId?: string;

  @Field(() => Department, {
    nullable: true,
    description: "The department that received the items, when one was given.",
  })
  itemsMovedTo?: Department | null;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation that changes a group." })
export class GroupPayload {
  @Field(() => Group, { nullable: true, description: "The group as saved; null when refused." })
  group?: Group;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteGroup." })
export class DeleteGroupPayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted group; null when refused." })
  deletedGroupId?: string;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation that changes an agent's group membership." })
export class MembershipPayload {
  @Field(() => AgentGroupMembership, {
    nullable: true,
    description: "The membership as saved; null when refused.",
  })
  membership?: AgentGroupMembership;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of removeAgentFromGroup." })
export class RemoveMembershipPayload {
  @Field(() => ID, { nullable: true, description: "Id of the removed membership; null when refused." })
  removedMembershipId?: string;

  @Field(() => Group, { nullable: true, description: "The group the agent left." })
  group?: Group;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}
