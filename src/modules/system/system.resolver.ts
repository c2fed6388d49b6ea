import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Public } from "../../core/graphql/authorization.js";
import { UserError, payload } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/employee.entity.js";
import { Brand } from "../organization/brand.entity.js";
import { Installation } from "./installation.entity.js";
import { getInstallation, setupInstallation } from "./installation.service.js";

@ObjectType({ description: "What a client needs before signing in." })
class InstallationStatus {
  @Field({ description: "True until setupInstallation has run: show the first-run wizard." })
  setupRequired!: boolean;

  @Field(() => String, { nullable: true, description: "Company name once set up; null before." })
  companyName!: string | null;
}

@InputType({ description: "First-run setup, as the Getting Started wizard (002 L1668-1806)." })
class SetupInstallationInput {
  @Field({ description: "Username of the Administrator / Employee account." })
  adminUsername!: string;

  @Field({ description: "Password of that account; checked against the default password requirements." })
  adminPassword!: string;

  @Field({ description: "Display Name of that account." })
  adminDisplayName!: string;

  @Field({ description: "Email Address of that account." })
  adminEmail!: string;

  @Field({ description: "Company name; also the name of the default brand." })
  companyName!: string;

  @Field({ description: "Default time zone, an IANA name such as Europe/Berlin." })
  timeZone!: string;
}

@ObjectType({ description: "Result of setupInstallation." })
class SetupInstallationPayload {
  @Field(() => Installation, { nullable: true, description: "The installation, now set up." })
  installation?: Installation;

  @Field(() => Employee, {
    nullable: true,
    description: "The Administrator / Employee account; sign in with login.",
  })
  administrator?: Employee;

  @Field(() => Brand, { nullable: true, description: "The default brand." })
  brand?: Brand;

  @Field(() => [UserError], { description: "Why nothing was set up, if anything was refused." })
  userErrors!: UserError[];
}

@Resolver()
export class SystemResolver {
  @Query(() => InstallationStatus, { description: "Whether first-run setup is still needed." })
  @Public()
  async installationStatus(@Ctx() ctx: RequestContext): Promise<InstallationStatus> {
    const installation = await getInstallation(ctx.em);
    return { setupRequired: !installation.setupCompletedAt, companyName: installation.companyName || null };
  }

  @Mutation(() => SetupInstallationPayload, {
    description:
      "First-run setup: creates the administrator, the company and the default brand. Accepted exactly once; " +
      "afterwards it fails with SETUP_ALREADY_COMPLETED.",
  })
  @Public()
  async setupInstallation(
    @Arg("input", () => SetupInstallationInput, { description: "The wizard's answers." })
    input: SetupInstallationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetupInstallationPayload> {
    return payload(() => setupInstallation(ctx, input));
  }
}
