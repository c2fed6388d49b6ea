/**
 * The step before a ticket is stored: the external ticket provider's StartTicket (002 L2304-2384) may refuse
 * the ticket, reroute it or set custom fields. It runs outside the creating transaction, because a provider
 * may take seconds (5 s timeout) and a transaction held that long pins a pooled connection and its locks;
 * the ticket number the provider is told (TicketNumber, 002 L2329) is taken from the sequence here, which
 * needs no transaction. createTicketCore only accepts what prepareTicketCreation returned, so no channel
 * can skip the step. The providers module installs the check (setTicketStartCheck); without it nothing is
 * called. This module only resolves what the answer names (departments, groups, fields).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import type { AppRuntime } from "../../core/runtime.js";
import { User } from "../accounts/index.js";
import { applyProviderFieldValues } from "../custom-fields/index.js";
import { Department, Group } from "../organization/index.js";
import type { CreateTicketCoreInput } from "./ticket-core.js";
import { isGroupMember } from "./ticket-core.js";
import type { TicketSource } from "./ticket.enums.js";
import { nextTicketNumber } from "./ticket-number.js";
import { lowerEquals } from "../../core/db/lower-equals.js";

/** What the ticket provider is asked about (StartTicket's inputs, 002 L2325-2330, plus the sample's Subject). */
export interface TicketStartRequest {
  readonly ticketNumber: string;
  readonly subject: string;
  readonly source: TicketSource;
  readonly departmentName: string;
  /** The requester's account username when one exists (LoginUsername). */
  readonly loginUsername: string | null;
  readonly requesterEmail: string | null;
  /** Values by field name (cf_*). */
  readonly customFields: Readonly<Record<string, string>>;
}

/** The provider's say. Refusals are not returned: the check throws UserErrorException (PROVIDER_REFUSED). */
export interface TicketStartDecision {
  readonly departmentName?: string;
  readonly departmentId?: string;
  readonly groupName?: string;
  readonly groupId?: string;
  /** cf_* outputs by field name; names that are no ticket field are ignored (002 L2367-2369). */
  readonly customFields: Readonly<Record<string, string>>;
  /** Called when the decision could not be applied as given (an unknown department), for the delivery log. */
  readonly reportIgnored?: (note: string) => Promise<void>;
  /** A failure the policy let through (fail open): recorded in the ticket's history. */
  readonly failure?: string;
}

export type TicketStartCheck = (
  app: AppRuntime,
  request: TicketStartRequest,
) => Promise<TicketStartDecision | null>;

let startCheck: TicketStartCheck | null = null;

/** Installed by the providers module at boot; the check reads the app's settings on every call. */
export function setTicketStartCheck(check: TicketStartCheck | null): void {
  startCheck = check;
}

declare const prepared: unique symbol;

/** A creation input that went through prepareTicketCreation (the only way to build one). */
export type PreparedTicketInput = CreateTicketCoreInput & {
  readonly ticketNumber: string;
  /** History notes of the start step (provider reroutes, ignored answers, failures let through). */
  readonly startNotes: readonly string[];
  /** The runtime the ticket's domain events are recorded through. */
  readonly app: AppRuntime;
  readonly [prepared]: true;
};

const seal = (app: AppRuntime, input: CreateTicketCoreInput, ticketNumber: string, startNotes: string[]) =>
  ({ ...input, ticketNumber, startNotes, app }) as unknown as PreparedTicketInput;

/**
 * Runs the start step on a non-transactional EntityManager (reads only; the ticket number comes from a
 * sequence). Call it before opening the creating transaction, then pass the result to createTicketCore.
 * Invalid input is not sent to the provider: createTicketCore will refuse it with its own errors.
 */
export async function prepareTicketCreation(
  app: AppRuntime,
  em: EntityManager,
  input: CreateTicketCoreInput,
): Promise<PreparedTicketInput> {
  const ticketNumber = await nextTicketNumber(em);
  const department = await em.findOne(Department, { id: input.departmentId });
  if (!startCheck || !department || !input.subject.trim()) return seal(app, input, ticketNumber, []);
  const requester = input.requesterId
    ? await em.findOne(User, { id: input.requesterId })
    : input.requesterEmail
      ? await em.findOne(User, lowerEquals("email", input.requesterEmail), { orderBy: { createdAt: "asc" } })
      : null;
  const decision = await startCheck(app, {
    ticketNumber,
    subject: input.subject.trim(),
    source: input.source,
    departmentName: department.name,
    loginUsername: requester?.username ?? null,
    requesterEmail: input.requesterEmail?.trim() || requester?.email || null,
    customFields: Object.fromEntries((input.customFieldValues ?? []).map((v) => [v.field.name, v.value])),
  });
  if (!decision) return seal(app, input, ticketNumber, []);
  const notes: string[] = [];
  if (decision.failure) notes.push(`Ticket provider failed (${decision.failure}); created as submitted.`);
  const rerouted = await applyReroute(em, input, department, decision, notes);
  const customFieldValues = await applyProviderFieldValues(
    em,
    input.customFieldValues ?? [],
    decision.customFields,
  );
  return seal(app, { ...rerouted, customFieldValues }, ticketNumber, notes);
}

/**
 * groupName/groupId win over departmentName/departmentID: a group fixes its department too (002 L2338,
 * L2340). A name or id that matches nothing keeps what the user chose; the ticket must not be lost over a
 * provider's typo, so it is recorded (history + delivery log) instead of refused.
 */
async function applyReroute(
  em: EntityManager,
  input: CreateTicketCoreInput,
  original: Department,
  decision: TicketStartDecision,
  notes: string[],
): Promise<CreateTicketCoreInput> {
  const wanted = [
    ["groupId", decision.groupId],
    ["groupName", decision.groupName],
    ["departmentID", decision.departmentId],
    ["departmentName", decision.departmentName],
  ].filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()));
  if (!wanted.length) return input;
  for (const [name, value] of wanted) {
    const target = await findTarget(em, name, value.trim());
    if (!target) {
      const note = `Ticket provider asked for ${name}=${value}, which does not exist; kept ${original.name}.`;
      notes.push(note);
      await decision.reportIgnored?.(note);
      continue;
    }
    if (target.departmentId === input.departmentId && (target.groupId ?? null) === (input.groupId ?? null))
      return input;
    notes.push(`Ticket provider rerouted the ticket from ${original.name} (${name}=${value}).`);
    let agentId = input.agentId ?? null;
    // A direct assignment only holds inside the group; elsewhere the new group's distribution decides.
    const groupId =
      target.groupId ??
      (await em.findOne(Group, { department: target.departmentId, isFrontLine: true }))?.id ??
      null;
    if (agentId && (!groupId || !(await isGroupMember(em, agentId, groupId)))) {
      notes.push("The agent chosen on creation is not in the new group; the assignment was dropped.");
      agentId = null;
    }
    return { ...input, departmentId: target.departmentId, groupId: target.groupId ?? null, agentId };
  }
  return input;
}

async function findTarget(
  em: EntityManager,
  name: string,
  value: string,
): Promise<{ departmentId: string; groupId?: string } | null> {
  if (name === "groupId" || name === "groupName") {
    const id = name === "groupId" ? rawId(value, "Group") : null;
    const group =
      name === "groupId"
        ? id
          ? await em.findOne(Group, { id })
          : null
        : await em.findOne(Group, { name: { $ilike: escapeLike(value) } });
    return group ? { departmentId: group.department.id, groupId: group.id } : null;
  }
  const id = name === "departmentID" ? rawId(value, "Department") : null;
  const department =
    name === "departmentID"
      ? id
        ? await em.findOne(Department, { id })
        : null
      : await em.findOne(Department, { name: { $ilike: escapeLike(value) } });
  return department ? { departmentId: department.id } : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Providers may send the API's global id or the raw uuid; anything else names nothing. */
function rawId(value: string, type: string): string | null {
  if (UUID.test(value)) return value.toLowerCase();
  try {
    return fromGlobalId(value, type, "id");
  } catch {
    return null;
  }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
