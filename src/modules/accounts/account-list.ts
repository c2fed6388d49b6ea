import { QueryOrder } from "@mikro-orm/core";
import type { QBQueryOrderMap } from "@mikro-orm/core";
import type { QueryBuilder } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { pageWindow, toConnection } from "../../core/graphql/pagination.js";
import type { ConnectionArgs, ConnectionShape } from "../../core/graphql/pagination.js";
import { containsPattern } from "../roles/index.js";
import { AccountSortField } from "./account.inputs.js";
import type { AccountListArgs } from "./account.inputs.js";
import type { Employee } from "./employee.entity.js";
import type { User } from "./user.entity.js";

const SORT_COLUMNS: Record<AccountSortField, string> = {
  [AccountSortField.DISPLAY_NAME]: "displayName",
  [AccountSortField.USERNAME]: "usernameKey",
  [AccountSortField.EMAIL]: "email",
  [AccountSortField.LAST_LOGIN_AT]: "lastLoginAt",
  [AccountSortField.CREATED_AT]: "createdAt",
};

/** One count and one page query over a query builder (for filters the object syntax cannot express). */
export async function paginateQuery<T extends object, A extends string>(
  qb: QueryBuilder<T, A>,
  args: ConnectionArgs,
): Promise<ConnectionShape<T>> {
  const total = await qb.clone().getCount();
  const { offset, limit } = pageWindow(args, total);
  const rows = limit === 0 ? [] : await qb.clone().offset(offset).limit(limit).getResultList();
  return toConnection(rows, offset, total);
}

/** The filters employees and users share; the entity's discriminator keeps the kinds apart. */
export function accountListQuery<T extends Employee | User>(
  ctx: RequestContext,
  entity: new () => T,
  args: AccountListArgs,
): QueryBuilder<T, "a"> {
  const qb = ctx.em.createQueryBuilder<T, "a">(entity, "a");
  if (args.search?.trim()) {
    const pattern = containsPattern(args.search);
    qb.andWhere(`(a.username ilike ? or a.display_name ilike ? or a.email ilike ?)`, [
      pattern,
      pattern,
      pattern,
    ]);
  }
  if (args.roleId) {
    const roleId = fromGlobalId(args.roleId, "Role", "roleId");
    qb.andWhere(`exists (select 1 from account_role ar where ar.account_id = a.id and ar.role_id = ?)`, [
      roleId,
    ]);
  }
  if (args.disabled !== undefined && args.disabled !== null) qb.andWhere(`a.disabled = ?`, [args.disabled]);
  const property = SORT_COLUMNS[args.sortBy ?? AccountSortField.DISPLAY_NAME];
  const direction = args.descending ? QueryOrder.DESC_NULLS_LAST : QueryOrder.ASC_NULLS_LAST;
  qb.orderBy({ [property]: direction, id: QueryOrder.ASC } as QBQueryOrderMap<T>);
  return qb;
}
