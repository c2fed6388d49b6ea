import { randomInt } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * Ticket numbers in SmarterTrack's 3-8-4 hexadecimal form, e.g. 211-29832D4A-0B2B (002 L577). The middle part
 * is a PostgreSQL sequence value passed through a bijection of 32-bit integers (multiplication by an odd
 * constant, then xor), so it is unique by construction without retries or locks, even across processes,
 * yet numbers do not reveal the ticket count. The outer parts are random decoration. The sequence wraps
 * after 2^32 tickets; the unique constraint on ticket_number still guards that far future.
 */
export const TICKET_NUMBER_SEQUENCE = "ticket_number_seq";
const ODD = 0x9e3779b1;
const MASK = 0x5a17c3e9;

export async function ensureTicketNumberSequence(em: EntityManager): Promise<void> {
  await em.execute(`create sequence if not exists "${TICKET_NUMBER_SEQUENCE}"`);
}

function hex(value: number, width: number): string {
  return value.toString(16).toUpperCase().padStart(width, "0");
}

export function formatTicketNumber(sequenceValue: number): string {
  const scrambled = (Math.imul(sequenceValue >>> 0, ODD) ^ MASK) >>> 0;
  return `${hex(randomInt(0x1000), 3)}-${hex(scrambled, 8)}-${hex(randomInt(0x10000), 4)}`;
}

export async function nextTicketNumber(em: EntityManager): Promise<string> {
  const [row] = await em.execute<Array<{ n: string }>>(`select nextval('"${TICKET_NUMBER_SEQUENCE}"') as n`);
  return formatTicketNumber(Number(BigInt(row!.n) % 0x100000000n));
}

export const TICKET_NUMBER_PATTERN = /^[0-9A-F]{3}-[0-9A-F]{8}-[0-9A-F]{4}$/;
