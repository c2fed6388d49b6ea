import DataLoader from "dataloader";
import { defineLoader } from "../../core/context/loaders.js";
import { Role } from "../roles/role.entity.js";
import { Organization, OrganizationMember } from "./customer-organization.entity.js";
import { MEMBER_MATCHES_ACCOUNT } from "./organization-matching.js";

/** Account id -> its roles: one pivot query and one role query for the whole page. */
export const accountRolesLoader = defineLoader(
  "accounts.roles",
  (ctx) =>
    new DataLoader<string, Role[]>(async (accountIds) => {
      const links: Array<{ account_id: string; role_id: string }> = await ctx.em
        .getConnection()
        .execute(`select account_id, role_id from account_role where account_id in (?)`, [
          accountIds as string[],
        ]);
      const roles = links.length
        ? await ctx.em.find(
            Role,
            { id: { $in: [...new Set(links.map((l) => l.role_id))] } },
            { orderBy: { name: "asc" } },
          )
        : [];
      return accountIds.map((id) => {
        const mine = new Set(links.filter((l) => l.account_id === id).map((l) => l.role_id));
        return roles.filter((r) => mine.has(r.id));
      });
    }),
);

/** User id -> the organizations whose member rules match the user, computed in SQL. */
export const userOrganizationsLoader = defineLoader(
  "accounts.userOrganizations",
  (ctx) =>
    new DataLoader<string, Organization[]>(async (userIds) => {
      const links: Array<{ account_id: string; organization_id: string }> = await ctx.em
        .getConnection()
        .execute(
          `select distinct a.id as account_id, m.organization_id
             from account a join customer_organization_member m on ${MEMBER_MATCHES_ACCOUNT}
            where a.id in (?)`,
          [userIds as string[]],
        );
      const organizations = links.length
        ? await ctx.em.find(
            Organization,
            { id: { $in: [...new Set(links.map((l) => l.organization_id))] } },
            { orderBy: { name: "asc", id: "asc" } },
          )
        : [];
      return userIds.map((id) => {
        const mine = new Set(links.filter((l) => l.account_id === id).map((l) => l.organization_id));
        return organizations.filter((o) => mine.has(o.id));
      });
    }),
);

/** Organization id -> its member rules. */
export const organizationMembersLoader = defineLoader(
  "accounts.organizationMembers",
  (ctx) =>
    new DataLoader<string, OrganizationMember[]>(async (organizationIds) => {
      const members = await ctx.em.find(
        OrganizationMember,
        { organization: { $in: organizationIds as string[] } },
        { orderBy: { type: "asc", valueKey: "asc" } },
      );
      return organizationIds.map((id) => members.filter((m) => m.organization.id === id));
    }),
);
