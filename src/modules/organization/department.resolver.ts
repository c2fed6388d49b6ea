import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection, ConnectionArgs } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, Role } from "../roles/index.js";
import { Brand } from "./brand.entity.js";
import { RemoveHolidayInput } from "./brand.inputs.js";
import { BusinessHoursDay, presentBusinessHours } from "./business-hours.js";
import { deleteDepartment } from "./department-delete.service.js";
import {
  Department,
  DepartmentCallLogSettings,
  DepartmentCustomMessages,
  DepartmentTicketSettings,
} from "./department.entity.js";
import {
  AddDepartmentHolidayInput,
  CloneDepartmentInput,
  CreateDepartmentInput,
  DeleteDepartmentInput,
  SetDepartmentBusinessHoursInput,
  UpdateDepartmentInput,
} from "./department.inputs.js";
import {
  cloneDepartment,
  createDepartment,
  getDepartment,
  listDepartments,
  setDepartmentBusinessHours,
  updateDepartment,
} from "./department.service.js";
import { Group } from "./group.entity.js";
import { Holiday } from "./holiday.entity.js";
import { addDepartmentHoliday, removeDepartmentHoliday } from "./holiday.service.js";
import {
  agentCountByDepartment,
  brandById,
  frontLineGroupByDepartment,
  groupsByDepartment,
  holidaysByBrand,
  holidaysByDepartment,
  roleById,
} from "./organization.loaders.js";
import {
  AddHolidayPayload,
  DeleteDepartmentPayload,
  DepartmentPayload,
  RemoveHolidayPayload,
} from "./organization.payloads.js";

const DepartmentConnection = Connection(Department);
type DepartmentConnection = InstanceType<typeof DepartmentConnection>;

const ADMIN = Privilege.ADMINISTRATION;

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, {
    description: "Departments the caller may see (administrators: all), by name.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async departments(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("brandId", () => ID, { nullable: true, description: "Only this brand's departments." })
    brandId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listDepartments(ctx, args, brandId);
  }

  @Query(() => Department, {
    description: "One department; FORBIDDEN outside the caller's departments, NOT_FOUND when missing.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async department(
    @Arg("id", () => ID, { description: "The department's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getDepartment(ctx, id);
  }

  @Mutation(() => DepartmentPayload, {
    description:
      "Creates a department with its front line group (002 L5976, L5999); names are unique per brand (TAKEN).",
  })
  @RequirePermission(ADMIN)
  async createDepartment(
    @Arg("input", () => CreateDepartmentInput, { description: "See the input type." })
    input: CreateDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createDepartment(ctx, input));
  }

  @Mutation(() => DepartmentPayload, { description: "Changes a department's settings (002 L5995-6052)." })
  @RequirePermission(ADMIN)
  async updateDepartment(
    @Arg("input", () => UpdateDepartmentInput, { description: "See the input type." })
    input: UpdateDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateDepartment(ctx, input));
  }

  @Mutation(() => DepartmentPayload, {
    description: "Creates a department from another's settings (002 L5979).",
  })
  @RequirePermission(ADMIN)
  async cloneDepartment(
    @Arg("input", () => CloneDepartmentInput, { description: "See the input type." })
    input: CloneDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => cloneDepartment(ctx, input));
  }

  @Mutation(() => DeleteDepartmentPayload, {
    description:
      "Deletes a department with its groups and memberships; its tickets, chats and call logs move to " +
      "moveItemsToDepartmentId, which is required while it has any (ITEMS_NEED_DESTINATION) (002 L5980).",
  })
  @RequirePermission(ADMIN)
  async deleteDepartment(
    @Arg("input", () => DeleteDepartmentInput, { description: "See the input type." })
    input: DeleteDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteDepartment(ctx, input));
  }

  @Mutation(() => DepartmentPayload, {
    description: "Sets weekdays of a department's own business hours (used when not inheriting, 002 L6036).",
  })
  @RequirePermission(ADMIN)
  async setDepartmentBusinessHours(
    @Arg("input", () => SetDepartmentBusinessHoursInput, { description: "See the input type." })
    input: SetDepartmentBusinessHoursInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setDepartmentBusinessHours(ctx, input));
  }

  @Mutation(() => AddHolidayPayload, {
    description:
      "Adds a holiday to a department that does not inherit holidays (else INHERITED) (002 L6042).",
  })
  @RequirePermission(ADMIN)
  async addDepartmentHoliday(
    @Arg("input", () => AddDepartmentHolidayInput, { description: "See the input type." })
    input: AddDepartmentHolidayInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => addDepartmentHoliday(ctx, input));
  }

  @Mutation(() => RemoveHolidayPayload, { description: "Removes a holiday of a department." })
  @RequirePermission(ADMIN)
  async removeDepartmentHoliday(
    @Arg("input", () => RemoveHolidayInput, { description: "See the input type." }) input: RemoveHolidayInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => removeDepartmentHoliday(ctx, input.id));
  }

  @FieldResolver(() => Brand, { description: "The brand the department belongs to." })
  async brand(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<Brand> {
    return (await ctx.loaders.get(brandById).load(department.brand.id))!;
  }

  @FieldResolver(() => Group, { description: "Front Line Group: first to receive the department's work." })
  async frontLineGroup(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<Group> {
    return (await ctx.loaders.get(frontLineGroupByDepartment).load(department.id))!;
  }

  @FieldResolver(() => [Group], { description: "The department's groups, by name." })
  async groups(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<Group[]> {
    return ctx.loaders.get(groupsByDepartment).load(department.id);
  }

  @FieldResolver(() => Int, { description: "Agents: distinct employees in the department's groups." })
  async agentCount(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.get(agentCountByDepartment).load(department.id);
  }

  @FieldResolver(() => DepartmentTicketSettings, { description: "Tickets tab." })
  tickets(@Root() department: Department): Department {
    return department;
  }

  @FieldResolver(() => DepartmentCallLogSettings, { description: "Call Logs tab." })
  callLogs(@Root() department: Department): Department {
    return department;
  }

  @FieldResolver(() => DepartmentCustomMessages, { description: "Custom Messages tab." })
  customMessages(@Root() department: Department): Department {
    return department;
  }

  @FieldResolver(() => [BusinessHoursDay], {
    description: "The department's own business hours, Monday first (apply when not inheriting).",
  })
  businessHours(@Root() department: Department): BusinessHoursDay[] {
    return presentBusinessHours(department.businessHours);
  }

  @FieldResolver(() => [BusinessHoursDay], {
    description: "The hours in force: the brand's when inheriting, else the department's own.",
  })
  async effectiveBusinessHours(@Root() department: Department, @Ctx() ctx: RequestContext) {
    if (!department.inheritBusinessHoursFromBrand) return presentBusinessHours(department.businessHours);
    const brand = await ctx.loaders.get(brandById).load(department.brand.id);
    return presentBusinessHours(brand?.businessHours);
  }

  @FieldResolver(() => [Holiday], { description: "The department's own holidays, by date." })
  async holidays(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<Holiday[]> {
    return ctx.loaders.get(holidaysByDepartment).load(department.id);
  }

  @FieldResolver(() => [Holiday], {
    description: "The holidays in force: the brand's when inheriting, else the department's own.",
  })
  async effectiveHolidays(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<Holiday[]> {
    return department.inheritHolidaysFromBrand
      ? ctx.loaders.get(holidaysByBrand).load(department.brand.id)
      : ctx.loaders.get(holidaysByDepartment).load(department.id);
  }
}

/** The Tickets tab's role reference; the root is the Department row. */
@Resolver(() => DepartmentTicketSettings)
export class DepartmentTicketSettingsResolver {
  @FieldResolver(() => Role, {
    nullable: true,
    description: "New Tickets in Portal: role required to submit tickets; null = Nobody (002 L6018).",
  })
  async newTicketsInPortalRole(
    @Root() department: Department,
    @Ctx() ctx: RequestContext,
  ): Promise<Role | null> {
    const ref = department.newTicketsInPortalRole;
    return ref ? ctx.loaders.get(roleById).load(ref.id) : null;
  }
}
