import { departmentScope } from "../organization/index.js";
import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { employeeId, requireAction, visibleReplies, visibleReply } from "./canned-reply-access.js";
import type { CannedAction } from "./canned-reply-access.js";
import { CannedReply } from "./canned-reply.entity.js";
import {
  CannedReplyChannel,
  CannedReplyScope,
  CannedReplyStatus,
  CannedReplyType,
} from "./canned-reply.enums.js";
import type {
  CannedRepliesArgs,
  CreateCannedReplyInput,
  DeleteCannedReplyInput,
  UpdateCannedReplyInput,
} from "./canned-reply.inputs.js";
import {
  checkBody,
  checkLanguage,
  checkName,
  containsPattern,
  departmentFromInput,
  folderFromInput,
  folderSubtree,
} from "./canned-reply-rules.js";

/** The search of 002 L4575-4601: words in title/body, folder (optionally with subfolders), type, language… */
export async function listCannedReplies(
  ctx: RequestContext,
  args: CannedRepliesArgs,
): Promise<ConnectionShape<CannedReply>> {
  const filters: FilterQuery<CannedReply>[] = [await visibleReplies(ctx)];
  if (args.folderId) {
    const id = fromGlobalId(args.folderId, "CannedReplyFolder", "folderId");
    const ids = args.includeSubfolders ? await folderSubtree(ctx.em, id) : [id];
    filters.push({ folder: { $in: ids } });
  } else if (args.rootOnly) {
    filters.push({ folder: null });
  }
  for (const word of (args.search ?? "").split(/\s+/).filter(Boolean)) {
    const like = containsPattern(word);
    filters.push({ $or: [{ name: { $ilike: like } }, { body: { $ilike: like } }] });
  }
  if (args.type) filters.push({ type: args.type });
  if (args.usableFor) {
    const own =
      args.usableFor === CannedReplyChannel.TICKETS ? CannedReplyType.TICKETS : CannedReplyType.CHATS;
    filters.push({ type: { $in: [own, CannedReplyType.BOTH] } });
  }
  if (args.language) filters.push({ language: { $ilike: args.language.trim().replace(/[\\%_]/g, "\\$&") } });
  if (args.scope) filters.push({ scope: args.scope });
  if (args.departmentId) {
    const id = fromGlobalId(args.departmentId, "Department", "departmentId");
    filters.push({ scope: CannedReplyScope.DEPARTMENT, department: id });
  }
  if (args.status) filters.push({ status: args.status });
  return paginate(ctx.em, CannedReply, { $and: filters }, args, { orderBy: { name: "asc", id: "asc" } });
}

export function getCannedReply(ctx: RequestContext, globalId: string): Promise<CannedReply> {
  return visibleReply(ctx, globalId);
}

/** Options other than the defaults need their own permission, on create as on edit (002 L6414-6442). */
function requireOptionPermissions(
  ctx: RequestContext,
  changes: { type: boolean; status: boolean; language: boolean },
): void {
  const needed: CannedAction[] = [];
  if (changes.status) needed.push("MARK_DRAFT");
  if (changes.type) needed.push("CHANGE_TYPE");
  if (changes.language) needed.push("CHANGE_LANGUAGE");
  for (const action of needed) requireAction(ctx, action);
}

export async function createCannedReply(
  ctx: RequestContext,
  input: CreateCannedReplyInput,
): Promise<{ cannedReply: CannedReply }> {
  const me = employeeId(ctx);
  const type = input.type ?? CannedReplyType.BOTH;
  const status = input.status ?? CannedReplyStatus.PUBLIC;
  const language = input.language ?? null;
  requireOptionPermissions(ctx, {
    type: type !== CannedReplyType.BOTH,
    status: status !== CannedReplyStatus.PUBLIC,
    language: language !== null,
  });
  // Resolve the caller's scope now: inside the transaction it would need a second connection, and the
  // embedded database has exactly one.
  await departmentScope(ctx);
  const cannedReply = await ctx.em.transactional(async (em) => {
    const v = new Validation();
    const name = checkName(v, input.name);
    const body = checkBody(v, input.body);
    const lang = language === null ? null : checkLanguage(v, language);
    const folder = input.folderId ? await folderFromInput(em, v, input.folderId, "folderId") : null;
    const scope = input.scope ?? CannedReplyScope.PERSONAL;
    const department =
      scope === CannedReplyScope.DEPARTMENT
        ? await departmentFromInput(ctx, em, v, input.departmentId)
        : null;
    v.throwIfAny();
    const reply = build(CannedReply, {
      name,
      body,
      folder,
      scope,
      department,
      owner: scope === CannedReplyScope.PERSONAL ? em.getReference(Employee, me) : null,
      createdBy: em.getReference(Employee, me),
      type,
      status,
      language: lang,
    });
    em.persist(reply);
    return reply;
  });
  return { cannedReply };
}

/** Applies the Assign To change of an update (or a department change within DEPARTMENT). */
async function applyScope(
  ctx: RequestContext,
  em: EntityManager,
  v: Validation,
  reply: CannedReply,
  input: UpdateCannedReplyInput,
  me: string,
): Promise<void> {
  const scope = input.scope ?? reply.scope;
  if (scope === reply.scope && !(scope === CannedReplyScope.DEPARTMENT && input.departmentId)) return;
  reply.scope = scope;
  reply.owner = scope === CannedReplyScope.PERSONAL ? em.getReference(Employee, me) : null;
  reply.department =
    scope === CannedReplyScope.DEPARTMENT ? await departmentFromInput(ctx, em, v, input.departmentId) : null;
}

export async function updateCannedReply(
  ctx: RequestContext,
  input: UpdateCannedReplyInput,
): Promise<{ cannedReply: CannedReply }> {
  const me = employeeId(ctx);
  const current = await visibleReply(ctx, input.id);
  const language = input.clearLanguage ? null : (input.language?.trim() ?? current.language ?? null);
  requireOptionPermissions(ctx, {
    type: !!input.type && input.type !== current.type,
    status: !!input.status && input.status !== current.status,
    language: language !== (current.language ?? null),
  });
  const cannedReply = await ctx.em.transactional(async (em) => {
    const reply = await em.findOneOrFail(CannedReply, { id: current.id });
    const v = new Validation();
    if (input.name !== null && input.name !== undefined) reply.name = checkName(v, input.name);
    if (input.body !== null && input.body !== undefined) reply.body = checkBody(v, input.body);
    if (input.moveToRoot) reply.folder = null;
    else if (input.folderId) reply.folder = await folderFromInput(em, v, input.folderId, "folderId");
    await applyScope(ctx, em, v, reply, input, me);
    if (input.type) reply.type = input.type;
    if (input.status) reply.status = input.status;
    reply.language = language === null ? null : checkLanguage(v, language);
    // Throwing rolls the transaction back: nothing of a refused update is written.
    v.throwIfAny();
    return reply;
  });
  ctx.loaders.clearAll();
  return { cannedReply };
}

export async function deleteCannedReply(
  ctx: RequestContext,
  input: DeleteCannedReplyInput,
): Promise<{ deletedCannedReplyId: string }> {
  const reply = await visibleReply(ctx, input.id);
  await ctx.em.transactional((em) => em.nativeDelete(CannedReply, { id: reply.id }));
  return { deletedCannedReplyId: reply.globalId };
}
