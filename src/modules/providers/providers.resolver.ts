import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Public, RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { User } from "../accounts/index.js";
import { brandById, departmentById, groupById } from "../organization/index.js";
import { Ticket } from "../tickets/index.js";
import { LoginPayload, toSession } from "../auth/index.js";
import { Privilege } from "../roles/index.js";
import { LoginOptions, loginOptions } from "./login-options.js";
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
  @Query(() => LoginOptions, {
    description:
      "What a sign-in page needs of the login provider settings, before anyone signs in: whether external " +
      "login is on, the Forgot Password URL, the Custom Login URL and whether single sign-on cookies from " +
      "other sites are accepted. Nothing secret.",
  })
  @Public()
  loginOptions(@Ctx() ctx: RequestContext): Promise<LoginOptions> {
    return loginOptions(ctx.em);
  }

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
      "or fails. Employees only; one provider call per user, so do not select it in long lists. BrandName, " +
      "DepartmentName and Group are sent empty: the ticket view uses Ticket.requesterDetailsHtml, which sends them.",
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

@Resolver(() => Ticket)
export class TicketRequesterDetailsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "What the user information provider says about the requester, for the top of the ticket view " +
      "(GetUserDetails, 002 L2443-2504, called with the ticket's number, brand, department and group): " +
      "sanitized HTML (formatting, tables, http(s)/mailto links only). Null when the provider is disabled, " +
      "has nothing or fails (2 s timeout by default). Employees only; one provider call per ticket, so " +
      "select it on a single ticket, not in lists.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async requesterDetailsHtml(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<string | null> {
    const [requester, brand, department, group] = await Promise.all([
      ticket.requester ? ctx.em.findOne(User, { id: ticket.requester.id }) : null,
      ctx.loaders.get(brandById).load(ticket.brand.id),
      ctx.loaders.get(departmentById).load(ticket.department.id),
      ticket.group ? ctx.loaders.get(groupById).load(ticket.group.id) : null,
    ]);
    // An anonymous requester is known by email only: the provider still gets Email to look up.
    const account = requester ?? { username: "", email: ticket.requesterEmail };
    return externalDetailsHtml(ctx, account, {
      ticketNumber: ticket.ticketNumber,
      brandName: brand?.name ?? null,
      departmentName: department?.name ?? null,
      groupName: group?.name ?? null,
    });
  }
}
