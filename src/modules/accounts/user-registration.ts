/**
 * The account side of a portal registration: the same rules as createUser (username, display name, email,
 * the password requirements, one username space), the new user's roles, and a `decide` step between the
 * checks and the insert, where an external registration provider may refuse (by throwing) or replace the
 * email address and display name. `decide` runs outside any transaction: a provider may take seconds.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { PredefinedRole } from "../roles/index.js";
import { Account, AuthenticationMethod } from "./account.entity.js";
import { checkDisplayName, checkEmail } from "./account.rules.js";
import { defaultRoles } from "./account.service.js";
import { applyAccountWrite, prepareAccountWrite } from "./account-write.js";
import { User } from "./user.entity.js";

export interface RegistrationInput {
  username: string;
  password: string;
  email: string;
  displayName?: string | null;
}

/** What the provider step may change; `afterCreate` runs in the inserting transaction. */
export interface RegistrationChanges {
  email?: string;
  displayName?: string;
  afterCreate?: (em: EntityManager, user: User) => Promise<void>;
}

export type RegistrationDecider = (checked: {
  username: string;
  password: string;
  email: string;
  displayName: string;
}) => Promise<RegistrationChanges | null>;

export async function registerUserAccount(
  ctx: RequestContext,
  input: RegistrationInput,
  decide: RegistrationDecider,
): Promise<User> {
  const path = ["input"];
  const em = ctx.em.fork();
  const v = new Validation();
  const user = build(User, {});
  const write = await prepareAccountWrite(
    em,
    ctx,
    v,
    user,
    {
      username: input.username,
      password: input.password,
      email: input.email,
      displayName: input.displayName,
      authenticationMethod: AuthenticationMethod.PASSWORD,
    },
    path,
    true,
  );
  // A portal registration needs an address to reach the person (verification, notifications).
  v.check(!!user.email, "REQUIRED", "An email address is required.", [...path, "email"]);
  v.throwIfAny();
  // Refuse a taken username before asking the provider, which might create the account on its side.
  if (await em.findOne(Account, { usernameKey: user.usernameKey }))
    throw new UserErrorException([
      userError("TAKEN", `The username "${user.username}" is taken.`, [...path, "username"]),
    ]);
  const changes = await decide({
    username: user.username,
    password: input.password,
    email: user.email!,
    displayName: user.displayName,
  });
  if (changes?.email) {
    // The provider's values replace the form's when valid; an invalid one is ignored (the form's stays).
    const check = new Validation();
    const email = checkEmail(check, changes.email, false, []);
    if (!check.errors.length && email) user.email = email;
  }
  if (changes?.displayName) {
    const check = new Validation();
    const displayName = checkDisplayName(check, changes.displayName, []);
    if (!check.errors.length) user.displayName = displayName;
  }
  await em.transactional(async (tx) => {
    user.roles.set(await defaultRoles(tx, [PredefinedRole.EVERYONE, PredefinedRole.REGISTERED_USER]));
    await applyAccountWrite(tx, ctx, user, write, path, true);
    await changes?.afterCreate?.(tx, user);
  });
  ctx.loaders.clearAll();
  return ctx.em.findOneOrFail(User, { id: user.id });
}
