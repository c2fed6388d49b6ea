import type { FilterQuery } from "@mikro-orm/core";
import { ArgsType, Field, ID, registerEnumType } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Connection, ConnectionArgs, paginate } from "../../core/graphql/pagination.js";
import { LiveChat } from "./chat.entity.js";
import { ChatStatus } from "./chat.enums.js";
import { chatScope } from "./chat-access.js";

export enum LiveChatView {
  MY_ACTIVE = "MY_ACTIVE",
  MY_COMPLETED = "MY_COMPLETED",
  QUEUE = "QUEUE",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
}
registerEnumType(LiveChatView, {
  name: "LiveChatView",
  description: "Live chat list views (002 L3312, L3322-3326), always within the caller's scope.",
  valuesConfig: {
    MY_ACTIVE: { description: "Chats I own that are going on." },
    MY_COMPLETED: { description: "Chats I owned that ended." },
    QUEUE: { description: "Queued chats of my groups (oldest first)." },
    ACTIVE: { description: "Every active chat I may see." },
    COMPLETED: { description: "Every ended chat I may see." },
  },
});

@ArgsType()
export class LiveChatsArgs extends ConnectionArgs {
  @Field(() => LiveChatView, { description: "Which list." })
  view!: LiveChatView;

  @Field(() => ID, { nullable: true, description: "Only this group." })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this department (By Department)." })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this agent (By Agent)." })
  agentId?: string | null;
}

export const LiveChatConnection = Connection(LiveChat);

export async function liveChats(ctx: RequestContext, args: LiveChatsArgs) {
  const me = ctx.actor!.accountId;
  const and: FilterQuery<LiveChat>[] = [await chatScope(ctx), { deletedAt: null }];
  const view: Record<LiveChatView, FilterQuery<LiveChat>> = {
    MY_ACTIVE: { agent: me, status: ChatStatus.ACTIVE },
    MY_COMPLETED: { agent: me, status: ChatStatus.ENDED },
    QUEUE: { status: ChatStatus.QUEUED },
    ACTIVE: { status: ChatStatus.ACTIVE },
    COMPLETED: { status: ChatStatus.ENDED },
  };
  and.push(view[args.view]);
  if (args.groupId) and.push({ group: fromGlobalId(args.groupId, "Group", "groupId") });
  if (args.departmentId)
    and.push({ department: fromGlobalId(args.departmentId, "Department", "departmentId") });
  if (args.agentId) and.push({ agent: fromGlobalId(args.agentId, "Employee", "agentId") });
  // Oldest first where waiting matters (the queue, active chats: the tie-breaker is idle time, 002 L3338).
  const orderBy =
    args.view === LiveChatView.QUEUE
      ? { queuedAt: "asc" as const, chatNumber: "asc" as const }
      : args.view === LiveChatView.MY_ACTIVE || args.view === LiveChatView.ACTIVE
        ? { lastActivityAt: "asc" as const, chatNumber: "asc" as const }
        : { endedAt: "desc" as const, chatNumber: "desc" as const };
  return paginate(ctx.em, LiveChat, { $and: and }, args, { orderBy });
}
