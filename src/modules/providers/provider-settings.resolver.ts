import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection, ConnectionArgs, paginate, type ConnectionShape } from "../../core/graphql/pagination.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, Role } from "../roles/index.js";
import { ExternalProvider } from "./external-provider.entity.js";
import { ProviderDelivery } from "./provider-delivery.entity.js";
import { ProviderKind } from "./provider-kind.js";
import {
  BIND_KIND_OF,
  LdapSettings,
  UpdateExternalProviderInput,
  UpdateExternalProviderPayload,
} from "./provider-settings.types.js";
import { getProvider, listProviders, updateProvider } from "./provider-settings.service.js";

export const ProviderDeliveryConnection = Connection(ProviderDelivery);

@ArgsType()
class ProviderDeliveriesArgs extends ConnectionArgs {
  @Field(() => ProviderKind, { nullable: true, description: "Only calls to this provider." })
  kind?: ProviderKind | null;

  @Field(() => String, {
    nullable: true,
    description: "Only this outcome: OK, TIMEOUT, NETWORK, PROTOCOL, …",
  })
  outcome?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Only attempts started at or after this time.",
  })
  since?: Date | null;
}

@Resolver(() => ExternalProvider)
export class ProviderSettingsResolver {
  @Query(() => [ExternalProvider], {
    description: "Settings > External Providers (002 L7975-8058): every provider tab, in documented order.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  externalProviders(@Ctx() ctx: RequestContext): Promise<ExternalProvider[]> {
    return listProviders(ctx.em);
  }

  @Query(() => ExternalProvider, { description: "One provider tab's settings." })
  @RequirePermission(Privilege.ADMINISTRATION)
  externalProvider(
    @Arg("kind", () => ProviderKind, { description: "The provider tab." }) kind: ProviderKind,
    @Ctx() ctx: RequestContext,
  ): Promise<ExternalProvider> {
    return getProvider(ctx.em, kind);
  }

  @Mutation(() => UpdateExternalProviderPayload, {
    description:
      "Changes one provider's settings. An enabled provider must be complete (URL and password, LDAP options " +
      "or an installed module); the adapter is rebuilt on the next call.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  updateExternalProvider(
    @Arg("input", () => UpdateExternalProviderInput, { description: "The changes." })
    input: UpdateExternalProviderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateExternalProviderPayload> {
    return payload(() => updateProvider(ctx, input));
  }

  @Query(() => ProviderDeliveryConnection, {
    description: "The delivery log: every attempt of every provider call, newest first (kept 14 days).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  providerDeliveries(
    @Args(() => ProviderDeliveriesArgs) args: ProviderDeliveriesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<ProviderDelivery>> {
    const where = {
      ...(args.kind ? { kind: args.kind } : {}),
      ...(args.outcome ? { outcome: args.outcome } : {}),
      ...(args.since ? { createdAt: { $gte: args.since } } : {}),
    };
    return paginate(ctx.em, ProviderDelivery, where, args, { orderBy: { createdAt: "desc", id: "desc" } });
  }

  @FieldResolver(() => LdapSettings, { nullable: true, description: "LDAP options (LDAP transport)." })
  ldap(@Root() p: ExternalProvider): LdapSettings | null {
    if (!p.ldap) return null;
    const { serviceAccountPassword, bindKind, ...rest } = p.ldap;
    return {
      ...rest,
      bindKind: BIND_KIND_OF[bindKind],
      hasServiceAccountPassword: !!serviceAccountPassword,
    };
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: "Default Role for Users (login provider); null: Registered User.",
  })
  async defaultUserRole(@Root() p: ExternalProvider, @Ctx() ctx: RequestContext): Promise<Role | null> {
    // One settings row per kind and no list of them beyond seven: a loader would not save anything.
    return p.defaultUserRole ? ctx.em.findOne(Role, { id: p.defaultUserRole.id }) : null;
  }
}
