/**
 * Portal registration ("Enable new user registration … allows visitors to register for an account",
 * 002 L5829), with the external Registration provider (002 L8014-8019) asked before the account is stored.
 * The new user is a password account with Everyone + Registered User (002 L3945, L6274) and is signed in.
 * Not built: the CAPTCHA the seed puts in front of registration (002 L7531) and email verification.
 */
import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import { registerUserAccount } from "../accounts/index.js";
import { signInVerifiedAccount, toSession } from "../auth/index.js";
import { Brand } from "../organization/index.js";
import { applyProviderPeopleValues, checkRegistration } from "../providers/index.js";
import type { RegisterUserInput } from "./registration.types.js";

export async function registerUser(ctx: RequestContext, input: RegisterUserInput) {
  const brand = input.brandId
    ? await ctx.em.findOne(Brand, { id: fromGlobalId(input.brandId, "Brand", "brandId") })
    : await ctx.em.findOne(Brand, { isDefault: true });
  if (input.brandId && !brand) throw new NotFoundError("Brand", input.brandId);
  if (brand && !brand.enableNewUserRegistration)
    throw new UserErrorException([
      userError("REGISTRATION_DISABLED", "New user registration is not enabled on this portal."),
    ]);
  const user = await registerUserAccount(ctx, input, async (checked) => {
    const decision = await checkRegistration(ctx.app, checked);
    if (!decision) return null;
    return {
      email: decision.email,
      displayName: decision.displayName,
      afterCreate: (em, created) => applyProviderPeopleValues(em, created, decision.customFields, ctx.log),
    };
  });
  return toSession(await signInVerifiedAccount(ctx, user));
}
