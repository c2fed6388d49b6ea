import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { TicketSignature } from "./ticket-signature.entity.js";

@InputType({
  description:
    "A new reply signature (002 L7766-7780). No brand, department or group = the signature for everyone; " +
    "a department must belong to the brand given, a group to the department given.",
})
export class CreateTicketSignatureInput {
  @Field(() => ID, { nullable: true, description: "Brand the signature is for." })
  brandId?: string | null;

  @Field(() => ID, { nullable: true, description: "Department the signature is for." })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Group the signature is for." })
  groupId?: string | null;

  @Field({ description: "HTML body with variables (at most 20,000 characters)." })
  html!: string;
}

@InputType({ description: "A new body for a reply signature (its brand, department and group stay)." })
export class UpdateTicketSignatureInput {
  @Field(() => ID, { description: "The signature." })
  id!: string;

  @Field({ description: "HTML body with variables (at most 20,000 characters)." })
  html!: string;
}

@InputType({ description: "The signature to delete." })
export class DeleteTicketSignatureInput {
  @Field(() => ID, { description: "The signature." })
  id!: string;
}

@ObjectType({ description: "Result of createTicketSignature and updateTicketSignature." })
export class TicketSignaturePayload {
  @Field(() => TicketSignature, { nullable: true, description: "The signature as saved." })
  signature?: TicketSignature | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteTicketSignature." })
export class DeleteTicketSignaturePayload {
  @Field(() => ID, { nullable: true, description: "The deleted signature's id." })
  deletedSignatureId?: string | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The signature an agent's reply on a ticket gets, with its variables filled in." })
export class RenderedSignature {
  @Field({ description: "HTML, appended to the reply's HTML body." })
  html!: string;

  @Field({ description: "Plain text, appended to the reply's text body." })
  text!: string;
}
