import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Public, RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { User } from "../accounts/index.js";
import { LoginPayload, toSession } from "../auth/index.js";
import { Privilege } from "../roles/index.js";
import { signInWithCookie } from "./login.service.js";
import { externalDetailsHtml } from "./user-info.service.js";

@InputType({ description: "Single sign-on with another site's cookie (docs/providers.md, Single sign-on)." })
export class LoginWithSignInCookieInput {
  @Field({
    description:
      "The value of the other site's sign-in cookie (or token) as the frontend read it; the login provider " +
      "verifies it (GetSignInCookieInfo).",
  })
  cookieValue!: string;
}

@Resolver()
export class SignInCookieResolver {
  @Mutation(() => LoginPayload, {
    description:
      "Signs in through the login provider's GetSignInCookieInfo (002 L2146-2193) when 'Enable single " +
      "sign-on cookies from other sites' is on. SSO_DISABLED when it is off; INVALID_CREDENTIALS when the " +
      "provider does not accept the cookie; PROVIDER_UNAVAILABLE when it cannot be reached.",
  })
  @Public()
  loginWithSignInCookie(
    @Arg("input", () => LoginWithSignInCookieInput, { description: "The other site's cookie value." })
    input: LoginWithSignInCookieInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return payload(async () => toSession(await signInWithCookie(ctx, input.cookieValue)));
  }
}

@Resolver(() => User)
export class UserExternalDetailsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "What the user information provider says about this user (GetUserDetails, 002 L2443-2504), sanitized " +
      "HTML (formatting, tables, http(s)/mailto links only). Null when the provider is disabled, has nothing " +
      "or fails. Employees only; one provider call per user, so do not select it in long lists. The ticket " +
      "view should pass its brand, department and group too; until the tickets module calls " +
      "externalDetailsHtml() from src/modules/providers with them, they are sent empty.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  externalDetailsHtml(
    @Root() user: User,
    @Arg("ticketNumber", () => String, {
      description:
        "The ticket being viewed, sent as TicketNumber: the contract is per ticket view (002 L2455, L2466).",
    })
    ticketNumber: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    return externalDetailsHtml(ctx, user, { ticketNumber });
  }
}
