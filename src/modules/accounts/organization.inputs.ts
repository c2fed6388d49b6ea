import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import { OrganizationMemberType } from "./customer-organization.entity.js";

/** The Details tab (002 L4090-4101), optional in create and update: null clears, omitted keeps. */
// Registered so subclasses inherit the fields; never referenced itself, so not in the schema.
@InputType("OrganizationDetailsFields", { description: "Organization details shared by create and update." })
export abstract class OrganizationDetailsFields {
  @Field(() => String, { nullable: true, description: "Company website." })
  website?: string | null;

  @Field(() => String, { nullable: true, description: "Phone Number." })
  phoneNumber?: string | null;

  @Field(() => String, { nullable: true, description: "# of Employees, a range such as 11-50." })
  numberOfEmployees?: string | null;

  @Field(() => String, { nullable: true, description: "Address 1." })
  address1?: string | null;

  @Field(() => String, { nullable: true, description: "Address 2." })
  address2?: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "State/Province." })
  stateProvince?: string | null;

  @Field(() => String, { nullable: true, description: "Zip/Postal Code." })
  zipPostalCode?: string | null;

  @Field(() => String, { nullable: true, description: "Country." })
  country?: string | null;
}

@InputType({ description: "A member rule (002 L4103-4119)." })
export class OrganizationMemberInput {
  @Field(() => OrganizationMemberType, { description: "What the value is matched against." })
  type!: OrganizationMemberType;

  @Field({ description: "Email address, username, domain (example.com) or phone number." })
  value!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "View Organization Tickets in Portal (default false); not allowed for PHONE_NUMBER.",
  })
  viewOrganizationTicketsInPortal?: boolean | null;
}

@InputType({ description: "A new organization (002 L4084-4119)." })
export class CreateOrganizationInput extends OrganizationDetailsFields {
  @Field({ description: "Organization Name." })
  name!: string;

  @Field(() => [OrganizationMemberInput], {
    nullable: true,
    description: "Initial member rules; needs USERS_ORGANIZATIONS_CREATE_ORGANIZATION_MEMBER too.",
  })
  members?: OrganizationMemberInput[] | null;
}

@InputType({ description: "Changes to an organization's details." })
export class UpdateOrganizationInput extends OrganizationDetailsFields {
  @Field(() => ID, { description: "The organization." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Organization Name." })
  name?: string | null;
}

@InputType({ description: "Adds a member rule to an organization." })
export class AddOrganizationMemberInput extends OrganizationMemberInput {
  @Field(() => ID, { description: "The organization." })
  organizationId!: string;
}

@InputType({ description: "Changes a member rule; omitted fields stay as they are." })
export class UpdateOrganizationMemberInput {
  @Field(() => ID, { description: "The member rule." })
  id!: string;

  @Field(() => OrganizationMemberType, { nullable: true, description: "New type." })
  type?: OrganizationMemberType | null;

  @Field(() => String, { nullable: true, description: "New value." })
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: "View Organization Tickets in Portal." })
  viewOrganizationTicketsInPortal?: boolean | null;
}

@InputType({ description: "Removes a member rule." })
export class RemoveOrganizationMemberInput {
  @Field(() => ID, { description: "The member rule." })
  id!: string;
}

@InputType({ description: "Organizations to delete; they cannot be recovered (002 L4194-4202)." })
export class DeleteOrganizationsInput {
  @Field(() => [ID], { description: "The organizations." })
  ids!: string[];
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Text contained in the name, website or phone number (searches all organizations, 002 L4206).",
  })
  search?: string | null;
}

@ArgsType()
export class OrganizationUsersArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Text contained in the username, display name or email.",
  })
  search?: string | null;
}
