import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { SessionTokens } from "../auth/index.js";

@InputType({ description: "A portal visitor's registration (002 L5829)." })
export class RegisterUserInput {
  @Field(() => ID, {
    nullable: true,
    description: "The brand whose portal the visitor registers on; the default brand when omitted.",
  })
  brandId?: string | null;

  @Field({ description: "The username to sign in with; unique across users and employees." })
  username!: string;

  @Field({ description: "The password; checked against the password requirements (002 L7551)." })
  password!: string;

  @Field({ description: "The email address (required for registration)." })
  email!: string;

  @Field(() => String, {
    nullable: true,
    description: "The name shown to agents; the username when omitted.",
  })
  displayName?: string | null;
}

@ObjectType({ description: "Result of registerUser." })
export class RegisterUserPayload {
  @Field(() => SessionTokens, {
    nullable: true,
    description: "The new user's session (registration signs in); null on failure.",
  })
  session?: SessionTokens;

  @Field(() => [UserError], {
    description:
      "Expected failures; nothing was stored. REGISTRATION_DISABLED, REQUIRED, INVALID, TAKEN, " +
      "WEAK_PASSWORD (and the other password-requirement codes), REGISTRATION_REFUSED (the registration " +
      "provider's Message), PROVIDER_UNAVAILABLE (the provider failed and its policy is fail-closed).",
  })
  userErrors!: UserError[];
}
