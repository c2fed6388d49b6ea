import DataLoader from "dataloader";
import type { RequestContext } from "../../core/context/context.js";
import { defineLoader } from "../../core/context/loaders.js";
import { Employee } from "../accounts/index.js";
import { Ticket } from "../tickets/index.js";
import { ChatParticipant } from "./chat.entity.js";
import { DepartmentChatSettings } from "./chat-settings.entity.js";

export const chatEmployeeById = defineLoader<string, Employee | null>(
  "chat.employeeById",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Employee, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

export const chatTicketById = defineLoader<string, Ticket | null>(
  "chat.ticketById",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Ticket, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

export const participantsByChat = defineLoader<string, ChatParticipant[]>(
  "chat.participantsByChat",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(
        ChatParticipant,
        { chat: { $in: [...ids] }, leftAt: null },
        { orderBy: { createdAt: "asc", id: "asc" } },
      );
      return ids.map((id) => rows.filter((r) => r.chat.id === id));
    }),
);

/** Queue positions of queued chats, all groups at once (row_number over each group's queue). */
export const queuePositionByChat = defineLoader<string, number | null>(
  "chat.queuePositionByChat",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.execute<Array<{ id: string; position: string }>>(
        `select id, position from (
           select id, row_number() over (partition by group_id order by queued_at, chat_number) as position
             from live_chat
            where status = 'QUEUED' and deleted_at is null
              and group_id in (select group_id from live_chat where id = any(?::uuid[]))) q
          where id = any(?::uuid[])`,
        [`{${ids.join(",")}}`, `{${ids.join(",")}}`],
      );
      const map = new Map(rows.map((r) => [r.id, Number(r.position)]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

/** Department live chat settings by department id (null = never edited: defaults). */
export const chatSettingsByDepartment = defineLoader<string, DepartmentChatSettings | null>(
  "chat.settingsByDepartment",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(DepartmentChatSettings, { department: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.department.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);
