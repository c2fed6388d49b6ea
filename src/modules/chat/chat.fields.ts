import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Employee } from "../accounts/index.js";
import { CustomFieldOwnerType, CustomFieldValue, customFieldsOf } from "../custom-fields/index.js";
import { Brand, Department, Group, brandById, departmentById, groupById } from "../organization/index.js";
import { Ticket } from "../tickets/index.js";
import { ChatMessage, ChatParticipant, LiveChat } from "./chat.entity.js";
import {
  chatEmployeeById,
  chatSettingsByDepartment,
  chatTicketById,
  participantsByChat,
  queuePositionByChat,
} from "./chat.loaders.js";
import { ID } from "type-graphql";

const isEmployee = (ctx: RequestContext) => ctx.actor?.kind === "EMPLOYEE";

/** Relations of a chat. Customers (visitors, users) see names, not employee or ticket records. */
@Resolver(() => LiveChat)
export class LiveChatFieldsResolver {
  @FieldResolver(() => Brand, { description: "The brand." })
  brand(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(brandById).load(chat.brand.id);
  }

  @FieldResolver(() => Department, { description: "The department." })
  department(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(departmentById).load(chat.department.id);
  }

  @FieldResolver(() => Group, { nullable: true, description: "The group the chat is in." })
  group(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return chat.group ? ctx.loaders.get(groupById).load(chat.group.id) : null;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: "The owning agent (employees only; null for customers).",
  })
  agent(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return chat.agent && isEmployee(ctx) ? ctx.loaders.get(chatEmployeeById).load(chat.agent.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The owning agent's display name (everyone in the chat sees it).",
  })
  async agentName(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return chat.agent
      ? ((await ctx.loaders.get(chatEmployeeById).load(chat.agent.id))?.displayName ?? null)
      : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "1-based place in the group's queue while QUEUED (Show position in the queue, 002 L7467); null otherwise.",
  })
  queuePosition(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(queuePositionByChat).load(chat.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "While QUEUED, what the customer is told (002 L7465-7467): the department's Waiting for Live Chat " +
      "message with #QueueCount# replaced by the chats ahead, else (Show position in the queue) " +
      '"You are next in line." / "There are N people ahead of you."; null otherwise.',
  })
  async waitingMessage(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    const position = await ctx.loaders.get(queuePositionByChat).load(chat.id);
    if (position === null) return null;
    const settings = await ctx.loaders.get(chatSettingsByDepartment).load(chat.department.id);
    const ahead = position - 1;
    const custom = settings?.waitingMessage?.trim();
    if (custom) return custom.replace(/#QueueCount#/gi, String(ahead));
    if (settings && !settings.showQueuePosition) return null;
    if (ahead === 0) return "You are next in line.";
    return ahead === 1 ? "There is 1 person ahead of you." : `There are ${ahead} people ahead of you.`;
  }

  @FieldResolver(() => [ChatParticipant], {
    description: "Employees in the chat now (employees only; [] for customers).",
  })
  participants(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return isEmployee(ctx) ? ctx.loaders.get(participantsByChat).load(chat.id) : [];
  }

  @FieldResolver(() => Ticket, {
    nullable: true,
    description: "The ticket the chat is attached to (employees only).",
  })
  ticket(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return chat.ticket && isEmployee(ctx) ? ctx.loaders.get(chatTicketById).load(chat.ticket.id) : null;
  }

  @FieldResolver(() => [CustomFieldValue], {
    description: "Custom field values (employees only; [] for customers).",
  })
  customFields(@Root() chat: LiveChat, @Ctx() ctx: RequestContext) {
    return isEmployee(ctx) ? customFieldsOf(ctx, CustomFieldOwnerType.LIVE_CHAT, chat.id) : [];
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Seconds the chat waited in the queue before its agent took it.",
  })
  queueSeconds(@Root() chat: LiveChat) {
    if (!chat.assignedAt) return null;
    return Math.max(0, Math.round((chat.assignedAt.getTime() - chat.createdAt.getTime()) / 1000));
  }
}

@Resolver(() => ChatMessage)
export class ChatMessageFieldsResolver {
  @FieldResolver(() => ID, { description: "The chat (LiveChat global id)." })
  chatId(@Root() message: ChatMessage) {
    return toGlobalId("LiveChat", message.chat.id);
  }
}

@Resolver(() => ChatParticipant)
export class ChatParticipantFieldsResolver {
  @FieldResolver(() => Employee, { description: "The employee." })
  employee(@Root() p: ChatParticipant, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(chatEmployeeById).load(p.employee.id);
  }
}
