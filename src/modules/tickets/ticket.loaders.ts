import DataLoader from "dataloader";
import { raw } from "@mikro-orm/core";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { defineLoader } from "../../core/context/loaders.js";
import { Employee, User } from "../accounts/index.js";
import { ticketScope } from "./ticket-access.js";
import { TicketAttachment, TicketTimeLog, TimeLogCategory } from "./ticket-extras.entity.js";
import { TicketComment, TicketMessage } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";

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
      // One statement: the DISTINCT ON picks the ids, the ORM reads those rows.
      const newest = raw(
        `(select distinct on (ticket_id) id from ticket_message where ticket_id in (?) ` +
          `order by ticket_id, created_at desc, id desc)`,
        [[...ids]],
      );
      const messages = await ctx.em.find(TicketMessage, {
        id: { $in: newest },
      } as FilterQuery<TicketMessage>);
      const map = new Map(messages.map((m) => [m.ticket.id, m]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

export const attachmentsByTicket = byTicket<TicketAttachment>("tkt.attachmentsByTicket", TicketAttachment);
export const timeLogsByTicket = byTicket<TicketTimeLog>("tkt.timeLogsByTicket", TicketTimeLog);
export const categoryById = byId<TimeLogCategory>("tkt.categoryById", TimeLogCategory);

/** Attachment bytes by attachment id; only read when a client asks for contentBase64. */
export const attachmentContentById = defineLoader<string, Buffer | null>(
  "tkt.attachmentContentById",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows: Array<{ attachment_id: string; data: Buffer }> = await ctx.em.execute(
        `select attachment_id, data from ticket_attachment_content where attachment_id in (?)`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.attachment_id, r.data]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

/** Links of each ticket with the other side's id; the tickets themselves go through the scoped loader. */
export const linksByTicket = defineLoader<string, Array<{ otherId: string; linkedAt: Date }>>(
  "tkt.linksByTicket",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows: Array<{ a_id: string; b_id: string; created_at: Date }> = await ctx.em.execute(
        `select a_id, b_id, created_at from ticket_link where a_id in (?) or b_id in (?) order by created_at, id`,
        [[...ids], [...ids]],
      );
      const map = new Map<string, Array<{ otherId: string; linkedAt: Date }>>(ids.map((id) => [id, []]));
      for (const r of rows) {
        map.get(r.a_id)?.push({ otherId: r.b_id, linkedAt: new Date(r.created_at) });
        map.get(r.b_id)?.push({ otherId: r.a_id, linkedAt: new Date(r.created_at) });
      }
      return ids.map((id) => map.get(id)!);
    }),
);

/** Tickets by id within the caller's scope (related tickets out of scope are not shown). */
export const scopedTicketById = defineLoader<string, Ticket | null>(
  "tkt.scopedTicketById",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Ticket, { $and: [{ id: { $in: [...ids] } }, await ticketScope(ctx)] });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);
