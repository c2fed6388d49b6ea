import DataLoader from "dataloader";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { defineLoader } from "../../core/context/loaders.js";
import { Employee, User } from "../accounts/index.js";
import { TicketComment, TicketMessage } from "./ticket-message.entity.js";

function byId<T extends { id: string }>(name: string, entity: EntityName<T>) {
  return defineLoader<string, T | null>(
    name,
    (ctx: RequestContext) =>
      new DataLoader(async (ids) => {
        const rows = (await ctx.em.find(entity, {
          id: { $in: [...ids] },
        } as unknown as FilterQuery<T>)) as T[];
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
  );
}

function byTicket<T extends { ticket: { id: string } }>(name: string, entity: EntityName<T>) {
  return defineLoader<string, T[]>(
    name,
    (ctx: RequestContext) =>
      new DataLoader(async (ids) => {
        const rows = (await ctx.em.find(entity, { ticket: { $in: [...ids] } } as unknown as FilterQuery<T>, {
          orderBy: { createdAt: "asc", id: "asc" } as never,
        })) as T[];
        const map = new Map<string, T[]>(ids.map((id) => [id, []]));
        for (const row of rows) map.get(row.ticket.id)?.push(row);
        return ids.map((id) => map.get(id)!);
      }),
  );
}

export const employeeById = byId<Employee>("tkt.employeeById", Employee);
export const userById = byId<User>("tkt.userById", User);
export const messagesByTicket = byTicket<TicketMessage>("tkt.messagesByTicket", TicketMessage);
export const commentsByTicket = byTicket<TicketComment>("tkt.commentsByTicket", TicketComment);

/** The newest message of each ticket: one DISTINCT ON query per batch. */
export const lastMessageByTicket = defineLoader<string, TicketMessage | null>(
  "tkt.lastMessageByTicket",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows: Array<{ id: string }> = await ctx.em.execute(
        `select distinct on (ticket_id) id from ticket_message where ticket_id in (?) order by ticket_id, created_at desc, id desc`,
        [[...ids]],
      );
      const messages = rows.length
        ? await ctx.em.find(TicketMessage, { id: { $in: rows.map((r) => r.id) } })
        : [];
      const map = new Map(messages.map((m) => [m.ticket.id, m]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);
