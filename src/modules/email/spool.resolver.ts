import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import * as spool from "./spool.service.js";
import {
  IncomingMailConnection,
  IncomingMailsArgs,
  IncomingMailsPayload,
  OutgoingMailConnection,
  OutgoingMailsArgs,
  OutgoingMailsPayload,
  SpoolMessagesInput,
} from "./spool.types.js";

const ADMIN = Privilege.ADMINISTRATION;

/** On userErrors the payload's lists are empty, not missing. */
async function withLists<T extends object>(result: Promise<T>) {
  return { outgoingMails: [], incomingMails: [], deletedIds: [], ...(await result) };
}

@Resolver()
export class SpoolResolver {
  @Query(() => OutgoingMailConnection, {
    description: "The outgoing spool (002 L8060-8075), newest first by default.",
  })
  @RequirePermission(ADMIN)
  outgoingMails(@Args(() => OutgoingMailsArgs) args: OutgoingMailsArgs, @Ctx() ctx: RequestContext) {
    return spool.listOutgoingMails(ctx, args);
  }

  @Query(() => IncomingMailConnection, {
    description: "The incoming spool: every message imported, newest first by default.",
  })
  @RequirePermission(ADMIN)
  incomingMails(@Args(() => IncomingMailsArgs) args: IncomingMailsArgs, @Ctx() ctx: RequestContext) {
    return spool.listIncomingMails(ctx, args);
  }

  @Mutation(() => OutgoingMailsPayload, {
    description: "Retries outgoing messages (failed ones get fresh attempts).",
  })
  @RequirePermission(ADMIN)
  retryOutgoingMails(
    @Arg("input", () => SpoolMessagesInput, { description: "The messages." }) input: SpoolMessagesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return withLists(payload(() => spool.retryOutgoingMails(ctx, input.ids)));
  }

  @Mutation(() => OutgoingMailsPayload, {
    description: "Deletes outgoing messages permanently (queued ones are not sent).",
  })
  @RequirePermission(ADMIN)
  deleteOutgoingMails(
    @Arg("input", () => SpoolMessagesInput, { description: "The messages." }) input: SpoolMessagesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return withLists(payload(() => spool.deleteOutgoingMails(ctx, input.ids)));
  }

  @Mutation(() => IncomingMailsPayload, { description: "Imports failed incoming messages again." })
  @RequirePermission(ADMIN)
  retryIncomingMails(
    @Arg("input", () => SpoolMessagesInput, { description: "The messages." }) input: SpoolMessagesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return withLists(payload(() => spool.retryIncomingMails(ctx, input.ids)));
  }

  @Mutation(() => IncomingMailsPayload, {
    description: "Deletes incoming messages from the spool permanently.",
  })
  @RequirePermission(ADMIN)
  deleteIncomingMails(
    @Arg("input", () => SpoolMessagesInput, { description: "The messages." }) input: SpoolMessagesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return withLists(payload(() => spool.deleteIncomingMails(ctx, input.ids)));
  }
}
