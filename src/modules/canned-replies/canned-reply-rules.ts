import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import type { Validation } from "../../core/graphql/user-error.js";
import { Department, departmentScope, inScope } from "../organization/index.js";
import { CannedReplyFolder } from "./canned-reply.entity.js";

/** Checks shared by replies and folders: names, bodies, languages, referenced folders and departments. */

export const MAX_BODY_LENGTH = 100_000;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function checkName(v: Validation, value: string, field: string[] = ["name"]): string {
  const name = value.trim();
  v.check(name.length > 0, "REQUIRED", "A name is required.", field);
  v.check(name.length <= 255, "TOO_LONG", "The name is longer than 255 characters.", field);
  return name;
}

export function checkBody(v: Validation, value: string): string {
  v.check(value.trim().length > 0, "REQUIRED", "The reply's body is required.", ["body"]);
  v.check(
    value.length <= MAX_BODY_LENGTH,
    "TOO_LONG",
    `The body is longer than ${MAX_BODY_LENGTH} characters.`,
    ["body"],
  );
  return value;
}

export function checkLanguage(v: Validation, value: string): string {
  const tag = value.trim();
  v.check(
    tag.length <= 16 && LANGUAGE_TAG.test(tag),
    "INVALID",
    `"${value}" is not a language tag such as en, de or pt-BR.`,
    ["language"],
  );
  return tag;
}

/** A folder named by an input; a missing one is a userError (NOT_FOUND on the field). */
export async function folderFromInput(
  em: EntityManager,
  v: Validation,
  globalId: string,
  field: string,
): Promise<CannedReplyFolder | null> {
  const id = fromGlobalId(globalId, "CannedReplyFolder", field);
  const folder = await em.findOne(CannedReplyFolder, { id });
  if (!folder) v.add("NOT_FOUND", `Folder ${globalId} does not exist.`, [field]);
  return folder;
}

/**
 * A department for scope DEPARTMENT: missing is a userError (NOT_FOUND); one outside the caller's
 * departmentScope is FORBIDDEN (an agent cannot publish into departments they do not belong to).
 */
export async function departmentFromInput(
  ctx: RequestContext,
  em: EntityManager,
  v: Validation,
  globalId: string | null | undefined,
): Promise<Department | null> {
  if (!globalId) {
    v.add("REQUIRED", "Scope DEPARTMENT needs departmentId.", ["departmentId"]);
    return null;
  }
  const id = fromGlobalId(globalId, "Department", "departmentId");
  const department = await em.findOne(Department, { id });
  if (!department) {
    v.add("NOT_FOUND", `Department ${globalId} does not exist.`, ["departmentId"]);
    return null;
  }
  if (!inScope(await departmentScope(ctx), id)) {
    throw new ForbiddenError("This department is outside the departments you belong to.");
  }
  return department;
}

/** "a%b_" -> a LIKE pattern matching it literally anywhere. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The folder and every folder below it (one recursive query). */
export async function folderSubtree(em: EntityManager, folderId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>(
    `with recursive t as (select id from canned_reply_folder where id = ?
       union all select f.id from canned_reply_folder f join t on f.parent_id = t.id)
     select id from t`,
    [folderId],
  );
  return rows.map((r) => r.id);
}
