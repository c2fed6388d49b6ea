import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Brand, Department, Group, brandById, departmentById, groupById } from "../organization/index.js";
import { Privilege } from "../roles/index.js";
import { TicketSignature } from "./ticket-signature.entity.js";
import {
  createTicketSignature,
  deleteTicketSignature,
  listTicketSignatures,
  signatureFor,
  updateTicketSignature,
} from "./ticket-signature.service.js";
import {
  CreateTicketSignatureInput,
  DeleteTicketSignatureInput,
  DeleteTicketSignaturePayload,
  RenderedSignature,
  TicketSignaturePayload,
  UpdateTicketSignatureInput,
} from "./ticket-signature.types.js";
import { Ticket } from "./ticket.entity.js";

const See = { description: "See the input type." };

/** Reply signatures: system administrators manage them (002 L7760; agents do not, 002 L5671). */
@Resolver(() => TicketSignature)
export class TicketSignatureResolver {
  @Query(() => [TicketSignature], { description: "Every reply signature (Settings → Tickets → Signatures)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async ticketSignatures(@Ctx() ctx: RequestContext) {
    return listTicketSignatures(ctx);
  }

  @Mutation(() => TicketSignaturePayload, {
    description: "Creates a reply signature for everyone or a brand/department/group (TAKEN, MISMATCH).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async createTicketSignature(
    @Arg("input", () => CreateTicketSignatureInput, See) input: CreateTicketSignatureInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createTicketSignature(ctx, input));
  }

  @Mutation(() => TicketSignaturePayload, { description: "Changes a reply signature's body." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async updateTicketSignature(
    @Arg("input", () => UpdateTicketSignatureInput, See) input: UpdateTicketSignatureInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateTicketSignature(ctx, input));
  }

  @Mutation(() => DeleteTicketSignaturePayload, { description: "Deletes a reply signature." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async deleteTicketSignature(
    @Arg("input", () => DeleteTicketSignatureInput, See) input: DeleteTicketSignatureInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteTicketSignature(ctx, input.id));
  }

  @FieldResolver(() => Brand, { nullable: true, description: "Brand it is for; null = every brand." })
  async brand(@Root() s: TicketSignature, @Ctx() ctx: RequestContext) {
    return s.brand ? ctx.loaders.get(brandById).load(s.brand.id) : null;
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: "Department it is for; null = every department.",
  })
  async department(@Root() s: TicketSignature, @Ctx() ctx: RequestContext) {
    return s.department ? ctx.loaders.get(departmentById).load(s.department.id) : null;
  }

  @FieldResolver(() => Group, { nullable: true, description: "Group it is for; null = every group." })
  async group(@Root() s: TicketSignature, @Ctx() ctx: RequestContext) {
    return s.group ? ctx.loaders.get(groupById).load(s.group.id) : null;
  }
}

/** What the caller's reply on a ticket will end with, for the composer. */
@Resolver(() => Ticket)
export class TicketReplySignatureResolver {
  @FieldResolver(() => RenderedSignature, {
    nullable: true,
    description:
      "The signature the caller's reply on this ticket gets (the most specific of group, department, brand, " +
      "everyone), variables filled in; null for end users or when none matches. One ticket at a time: it " +
      "costs a few statements per ticket.",
  })
  async replySignature(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (ctx.actor?.kind !== "EMPLOYEE") return null;
    return signatureFor(ctx.em, t, ctx.actor.accountId);
  }
}
