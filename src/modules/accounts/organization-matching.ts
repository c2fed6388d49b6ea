import { OrganizationMemberType } from "./customer-organization.entity.js";

/** Digits only: "+1 (555) 010-2000" and "15550102000" are the same number. */
export function phoneKey(value: string): string {
  return value.replace(/\D/g, "");
}

function normalizedPhone(column: string): string {
  return `regexp_replace(coalesce(a.${column}, ''), '\\D', '', 'g')`;
}

/**
 * SQL condition: member rule `m` matches account `a` (002 L4103-4111; seed-B §3.13). Membership is computed
 * at query time from the rule keys; a user can match several organizations.
 */
export const MEMBER_MATCHES_ACCOUNT = `(
  (m.type = '${OrganizationMemberType.USERNAME}' and a.username_key = m.value_key)
  or (m.type = '${OrganizationMemberType.EMAIL_ADDRESS}' and lower(a.email) = m.value_key)
  or (m.type = '${OrganizationMemberType.DOMAIN_NAME}' and lower(split_part(a.email, '@', 2)) = m.value_key)
  or (m.type = '${OrganizationMemberType.PHONE_NUMBER}' and m.value_key in (
    ${["home_phone", "cell_phone", "work_phone", "other_phone"].map(normalizedPhone).join(", ")}))
)`;

/** SQL condition on account alias `a`: it matches a rule of organization `?`. */
export const ACCOUNT_IN_ORGANIZATION = `exists (select 1 from customer_organization_member m
  where m.organization_id = ? and ${MEMBER_MATCHES_ACCOUNT})`;
