import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Public } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { registerUser } from "./registration.service.js";
import { RegisterUserInput, RegisterUserPayload } from "./registration.types.js";

@Resolver()
export class RegistrationResolver {
  @Mutation(() => RegisterUserPayload, {
    description:
      "Registers a portal visitor as a user and signs them in (002 L5829), when the brand enables new " +
      "user registration; the Registration provider is asked first when enabled (docs/providers.md).",
  })
  @Public()
  registerUser(
    @Arg("input", () => RegisterUserInput, { description: "The registration form." })
    input: RegisterUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegisterUserPayload> {
    return payload(() => registerUser(ctx, input));
  }
}
