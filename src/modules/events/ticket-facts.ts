import type { EntityManager } from "@mikro-orm/postgresql";
import { Ticket, TicketMessage, ticketEventData } from "../tickets/index.js";
import type { FactValue } from "./conditions.js";
import type { FactContext } from "./facts.js";

const minutesBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 60_000);

async function customFields(
  em: EntityManager,
  ownerType: string,
  ownerId: string,
): Promise<Record<string, string>> {
  const rows = await em.execute<Array<{ name: string; value: string }>>(
    `select f.name, v.value from custom_field_value v join custom_field f on f.id = v.field_id
      where v.owner_type = ? and v.owner_id = ?`,
    [ownerType, ownerId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

/** Facts of a ticket event (seed-E §1.10.10): the row as it is now fills what the event's data lacks. */
export async function ticketFacts({ em, event, now }: FactContext) {
  const id = String(event.data.ticketId ?? event.subject.id);
  const ticket = await em.findOne(Ticket, { id }, { populate: ["requester"] });
  if (!ticket) return {};
  const values: Record<string, FactValue> = {
    ...ticketEventData(ticket),
    subject: ticket.subject,
    customerEmail: ticket.requesterEmail,
    requesterEmail: ticket.requesterEmail,
    requesterDisplayName: ticket.requester?.displayName ?? null,
    pinned: ticket.pinned,
    followUpScheduled: Boolean(ticket.followUpAt),
    durationMinutes: minutesBetween(ticket.createdAt, now),
    idleMinutes: minutesBetween(ticket.lastActivityAt, now),
  };
  if (ticket.followUpAt) {
    const until = minutesBetween(now, ticket.followUpAt);
    values.followUpDueMinutes = Math.max(0, until);
    values.followUpPastDueMinutes = Math.max(0, -until);
  } else {
    values.followUpDueMinutes = null;
    values.followUpPastDueMinutes = null;
  }
  const count = (direction: string) => em.count(TicketMessage, { ticket: id, direction } as never);
  const lazy: Record<string, () => Promise<FactValue>> = {
    messagesSent: () => count("OUTGOING"),
    messagesReceived: () => count("INCOMING"),
    customFields: () => customFields(em, "TICKET", id),
  };
  return { values, lazy };
}
