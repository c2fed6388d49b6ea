import type { EntityManager } from "@mikro-orm/postgresql";
import type { Validation } from "../../core/graphql/user-error.js";
import { getSecuritySettings } from "../system/installation.service.js";
import { checkPasswordPolicy } from "./password.js";

/**
 * Checks a password being set or changed against the installation's current requirements (002 L7549-7565);
 * every place that sets a password (own change, an administrator setting one, registration) calls this, so
 * a tightened policy applies everywhere at once. Adds WEAK_PASSWORD to `validation` at `field`.
 */
export async function checkNewPassword(
  em: EntityManager,
  validation: Validation,
  password: string,
  username: string,
  field: string[],
): Promise<Validation> {
  return checkPasswordPolicy(validation, password, username, await getSecuritySettings(em), field);
}
