import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection, ConnectionArgs } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, Role } from "../roles/index.js";
import { Brand } from "./brand.entity.js";
import {
  AddBrandHolidayInput,
  BrandIdInput,
  CreateBrandInput,
  RemoveHolidayInput,
  SetBrandBusinessHoursInput,
  UpdateBrandInput,
} from "./brand.inputs.js";
import {
  createBrand,
  deleteBrand,
  getBrand,
  listBrands,
  setBrandBusinessHours,
  setDefaultBrand,
  updateBrand,
} from "./brand.service.js";
import {
  BrandCookieDisclaimer,
  BrandCustomMessages,
  BrandPermissions,
  BrandPortal,
  cookieDisclaimerOf,
} from "./brand.types.js";
import { BusinessHoursDay, presentBusinessHours } from "./business-hours.js";
import { Department } from "./department.entity.js";
import { Holiday } from "./holiday.entity.js";
import { addBrandHoliday, removeBrandHoliday } from "./holiday.service.js";
import { departmentsByBrand, holidaysByBrand, roleById } from "./organization.loaders.js";
import {
  AddHolidayPayload,
  BrandPayload,
  DeleteBrandPayload,
  RemoveHolidayPayload,
} from "./organization.payloads.js";
import { departmentScope, inScope } from "./scope.js";

const BrandConnection = Connection(Brand);
type BrandConnection = InstanceType<typeof BrandConnection>;

const ADMIN = Privilege.ADMINISTRATION;

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => BrandConnection, { description: "Brands, the default first, then by name." })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async brands(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return listBrands(ctx, args);
  }

  @Query(() => Brand, { description: "One brand; NOT_FOUND when it does not exist." })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async brand(
    @Arg("id", () => ID, { description: "The brand's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getBrand(ctx, id);
  }

  @Mutation(() => BrandPayload, {
    description:
      "Creates a brand (002 L5754). Host headers must be host names unused by other brands (TAKEN).",
  })
  @RequirePermission(ADMIN)
  async createBrand(
    @Arg("input", () => CreateBrandInput, { description: "See the input type." }) input: CreateBrandInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createBrand(ctx, input));
  }

  @Mutation(() => BrandPayload, {
    description: "Changes a brand's settings tab by tab; host headers cannot change (IMMUTABLE).",
  })
  @RequirePermission(ADMIN)
  async updateBrand(
    @Arg("input", () => UpdateBrandInput, { description: "See the input type." }) input: UpdateBrandInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateBrand(ctx, input));
  }

  @Mutation(() => BrandPayload, {
    description: "Makes a brand the default brand (there is always exactly one).",
  })
  @RequirePermission(ADMIN)
  async setDefaultBrand(
    @Arg("input", () => BrandIdInput, { description: "See the input type." }) input: BrandIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setDefaultBrand(ctx, input.id));
  }

  @Mutation(() => BrandPayload, {
    description: "Sets weekdays of a brand's business hours (002 L5900-5906).",
  })
  @RequirePermission(ADMIN)
  async setBrandBusinessHours(
    @Arg("input", () => SetBrandBusinessHoursInput, { description: "See the input type." })
    input: SetBrandBusinessHoursInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setBrandBusinessHours(ctx, input));
  }

  @Mutation(() => AddHolidayPayload, { description: "Adds a holiday to a brand (002 L5908-5910)." })
  @RequirePermission(ADMIN)
  async addBrandHoliday(
    @Arg("input", () => AddBrandHolidayInput, { description: "See the input type." })
    input: AddBrandHolidayInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => addBrandHoliday(ctx, input));
  }

  @Mutation(() => RemoveHolidayPayload, { description: "Removes a holiday of a brand." })
  @RequirePermission(ADMIN)
  async removeBrandHoliday(
    @Arg("input", () => RemoveHolidayInput, { description: "See the input type." }) input: RemoveHolidayInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => removeBrandHoliday(ctx, input.id));
  }

  @Mutation(() => DeleteBrandPayload, {
    description: "Deletes a brand; refused (IN_USE) for the default brand and for brands with departments.",
  })
  @RequirePermission(ADMIN)
  async deleteBrand(
    @Arg("input", () => BrandIdInput, { description: "See the input type." }) input: BrandIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteBrand(ctx, input.id));
  }

  @FieldResolver(() => BrandPermissions, { description: "Permissions tab." })
  permissions(@Root() brand: Brand): Brand {
    return brand;
  }

  @FieldResolver(() => BrandPortal, { description: "Portal tab." })
  portal(@Root() brand: Brand): Brand {
    return brand;
  }

  @FieldResolver(() => BrandCookieDisclaimer, { description: "Cookie Disclaimer tab." })
  cookieDisclaimer(@Root() brand: Brand): BrandCookieDisclaimer {
    return cookieDisclaimerOf(brand);
  }

  @FieldResolver(() => BrandCustomMessages, { description: "Custom Messages tab." })
  customMessages(@Root() brand: Brand): Brand {
    return brand;
  }

  @FieldResolver(() => [BusinessHoursDay], { description: "Business Hours, Monday first (002 L5900)." })
  businessHours(@Root() brand: Brand): BusinessHoursDay[] {
    return presentBusinessHours(brand.businessHours);
  }

  @FieldResolver(() => [Holiday], { description: "Holidays, by date (002 L5908)." })
  async holidays(@Root() brand: Brand, @Ctx() ctx: RequestContext): Promise<Holiday[]> {
    return ctx.loaders.get(holidaysByBrand).load(brand.id);
  }

  @FieldResolver(() => [Department], {
    description: "The brand's departments that the caller may see, by name.",
  })
  async departments(@Root() brand: Brand, @Ctx() ctx: RequestContext): Promise<Department[]> {
    const [all, scope] = await Promise.all([
      ctx.loaders.get(departmentsByBrand).load(brand.id),
      departmentScope(ctx),
    ]);
    return all.filter((d) => inScope(scope, d.id));
  }
}

function roleField(brand: Brand, prop: keyof Brand, ctx: RequestContext): Promise<Role | null> | null {
  const ref = brand[prop] as Role | null | undefined;
  return ref ? ctx.loaders.get(roleById).load(ref.id) : null;
}

/** Role references of the Permissions tab; the root is the Brand row. */
@Resolver(() => BrandPermissions)
export class BrandPermissionsResolver {
  @FieldResolver(() => Role, { nullable: true, description: "View Community; null = Nobody." })
  viewCommunityRole(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return roleField(brand, "viewCommunityRole", ctx);
  }

  @FieldResolver(() => Role, { nullable: true, description: "Create Community Threads; null = Nobody." })
  createCommunityThreadsRole(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return roleField(brand, "createCommunityThreadsRole", ctx);
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: "Post Links in Portal (default Registered User with Verified Email); null = Nobody.",
  })
  postLinksInPortalRole(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return roleField(brand, "postLinksInPortalRole", ctx);
  }

  @FieldResolver(() => Role, { nullable: true, description: "View Ticket Requires; null = Nobody." })
  viewTicketsRole(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return roleField(brand, "viewTicketsRole", ctx);
  }

  @FieldResolver(() => Role, { nullable: true, description: "View News Requires; null = Nobody." })
  viewNewsRole(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return roleField(brand, "viewNewsRole", ctx);
  }

  @FieldResolver(() => Role, { nullable: true, description: "View KB Articles Requires; null = Nobody." })
  viewKbArticlesRole(@Root() brand: Brand, @Ctx() ctx: RequestContext) {
    return roleField(brand, "viewKbArticlesRole", ctx);
  }
}
