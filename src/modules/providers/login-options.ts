/**
 * What a sign-in page needs of the login provider's settings (002 L8004-8012), for anyone: a portal
 * shows its login form (or redirects to the Custom Login URL, or offers single sign-on) before anybody is
 * signed in. Only these four values leave the server this way; the Web Service URL, password, signing
 * secret, LDAP options and the role and verification settings stay administrator-only
 * (externalProvider).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { Field, ObjectType } from "type-graphql";
import { ExternalProvider } from "./external-provider.entity.js";
import { ProviderKind } from "./provider-kind.js";

@ObjectType({
  description:
    "The login provider settings a sign-in page needs (Settings > External Providers > Login, 002 " +
    "L8004-8012). Public and secret-free: never the Web Service URL, password or LDAP options.",
})
export class LoginOptions {
  @Field({
    description:
      "Whether the login provider is enabled: logins of unknown usernames and provider accounts are " +
      "checked by it (docs/providers.md, Login).",
  })
  externalLoginEnabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Forgot Password URL: where the sign-in page's 'forgot password' link points, instead of the " +
      "server's own reset. Null when not set or the login provider is disabled.",
  })
  forgotPasswordUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Custom Login URL: when set, redirect users here instead of showing the login form (002 L8007). " +
      "Null when not set or the login provider is disabled.",
  })
  customLoginUrl!: string | null;

  @Field({
    description:
      "Enable single sign-on cookies from other sites: the frontend may pass the other site's cookie to " +
      "loginWithSignInCookie. False when the login provider is disabled.",
  })
  signInCookiesEnabled!: boolean;
}

export async function loginOptions(em: EntityManager): Promise<LoginOptions> {
  const row = await em.findOne(ExternalProvider, { kind: ProviderKind.LOGIN });
  // A disabled provider's saved URLs do nothing (the login never reaches it), so a page must not use them.
  if (!row?.enabled) {
    return {
      externalLoginEnabled: false,
      forgotPasswordUrl: null,
      customLoginUrl: null,
      signInCookiesEnabled: false,
    };
  }
  return {
    externalLoginEnabled: true,
    forgotPasswordUrl: row.forgotPasswordUrl ?? null,
    customLoginUrl: row.customLoginUrl ?? null,
    signInCookiesEnabled: row.enableSignInCookies,
  };
}
