import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import type { AppRuntime } from "../../core/runtime.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { Department } from "../organization/index.js";
import { PredefinedRole } from "../roles/index.js";
import { CustomFieldTemplateField } from "./custom-field.entity.js";
import { CustomFieldFormStep } from "./custom-field.enums.js";
import { templateIdFor, visibleToUsers } from "./custom-field-value.service.js";
import type { CustomFieldOverride } from "./custom-field-value.service.js";
import type { CustomFieldValueInput } from "./custom-field-value.types.js";
import { SubmissionFormField, TicketSubmissionForm } from "./submission-form.types.js";

export interface FormOptionsRequest {
  /** The server whose provider settings apply (hooks are process-wide; tests boot several servers). */
  app: AppRuntime;
  department: Department;
  step: CustomFieldFormStep;
  /** The caller's username; null for anonymous visitors. */
  loginUsername: string | null;
  /** Values entered so far, by field name (empty at PRE). */
  values: Record<string, string>;
}

/** What a source says about a form: per-field overrides, and whether a ticket may be started at all. */
export interface FormOptions {
  overrides: CustomFieldOverride[];
  /** false: the form tells the user submission is not allowed (CanStartTickets, 002 L2235). Default true. */
  canStartTickets?: boolean;
  /** The provider's Message, shown when canStartTickets is false (002 L2258). */
  message?: string | null;
}

/**
 * Adjusts a form per field: the external custom field provider's GetCustomFieldOptions (seed-E §2.4) plugs in
 * here with setFormOptionsSource. The default changes nothing. A bare list is overrides only.
 */
export type FormOptionsSource = (
  em: EntityManager,
  request: FormOptionsRequest,
) => Promise<FormOptions | CustomFieldOverride[]>;

const noOverrides: FormOptionsSource = () => Promise.resolve({ overrides: [] });
let source: FormOptionsSource = noOverrides;

export function setFormOptionsSource(s: FormOptionsSource | null): void {
  source = s ?? noOverrides;
}

/**
 * "New Tickets in Portal" (002 L6018): Everyone opens the form to anonymous visitors; another role to the
 * accounts holding it; Nobody (null) hides the department from the portal.
 */
async function assertMaySubmit(ctx: RequestContext, department: Department): Promise<void> {
  const role = department.newTicketsInPortalRole;
  if (!role) throw new ForbiddenError("This department does not take tickets through the portal.");
  await ctx.em.populate(department, ["newTicketsInPortalRole"]);
  if (department.newTicketsInPortalRole?.predefined === PredefinedRole.EVERYONE) return;
  if (!ctx.actor) throw new UnauthenticatedError();
  const rows: unknown[] = await ctx.em
    .getConnection()
    .execute(`select 1 from account_role where account_id = ? and role_id = ?`, [
      ctx.actor.accountId,
      role.id,
    ]);
  if (!rows.length) throw new ForbiddenError("Your roles do not allow new tickets in this department.");
}

export async function ticketSubmissionForm(
  ctx: RequestContext,
  args: { departmentId: string; step: CustomFieldFormStep; values: CustomFieldValueInput[] },
): Promise<TicketSubmissionForm> {
  const id = fromGlobalId(args.departmentId, "Department", "departmentId");
  const department = await ctx.em.findOne(Department, { id });
  if (!department) throw new NotFoundError("Department", args.departmentId);
  await assertMaySubmit(ctx, department);
  const templateId = await templateIdFor(ctx.em, id, "TICKET");
  const templateFields = templateId
    ? await ctx.em.find(
        CustomFieldTemplateField,
        { template: templateId },
        { populate: ["customField"], orderBy: { order: "asc", id: "asc" } },
      )
    : [];
  const answer = await source(ctx.em, {
    app: ctx.app,
    department,
    step: args.step,
    loginUsername: ctx.actor?.username ?? null,
    values: Object.fromEntries(args.values.map((v) => [v.name ?? v.fieldId ?? "", v.value])),
  });
  const options: FormOptions = Array.isArray(answer) ? { overrides: answer } : answer;
  const byName = new Map(options.overrides.map((o) => [o.name.toLowerCase(), o]));
  const fields = templateFields.flatMap((tf, index) => {
    const override = byName.get(tf.customField.nameKey);
    if (!visibleToUsers(tf, override)) return [];
    // Information lookup fields belong to the PRE step, the others to REGULAR (002 L2224-2226).
    const pre = override?.displayWithInformationLookup ?? false;
    if (pre !== (args.step === CustomFieldFormStep.PRE)) return [];
    const field = tf.customField;
    return [
      Object.assign(new SubmissionFormField(), {
        fieldId: toGlobalId("CustomField", field.id),
        name: field.name,
        displayName: tf.displayName,
        dataType: field.dataType,
        required: override?.required ?? tf.requiredByUsers,
        listOptions: override?.listOptions ?? field.listOptions,
        defaultValue: field.defaultValue ?? null,
        order: index,
      }),
    ];
  });
  return Object.assign(new TicketSubmissionForm(), {
    departmentId: toGlobalId("Department", id),
    departmentName: department.name,
    step: args.step,
    fields,
    canStartTickets: options.canStartTickets ?? true,
    notAllowedMessage: options.canStartTickets === false ? options.message?.trim() || null : null,
  });
}
