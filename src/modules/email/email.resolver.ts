import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { MailAccount, SmtpAccount } from "./email-account.entity.js";
import {
  AutoresponderPayload,
  CreateAutoresponderInput,
  CreateMailAccountInput,
  CreateSmtpAccountInput,
  DeleteEmailAccountPayload,
  EmailAccountIdInput,
  EmailTemplate,
  EmailTemplatePayload,
  EmailTemplatePreview,
  MailAccountPayload,
  ResetEmailTemplateInput,
  SmtpAccountPayload,
  UpdateAutoresponderInput,
  UpdateEmailSettingsInput,
  UpdateEmailSettingsPayload,
  UpdateEmailTemplateInput,
  UpdateMailAccountInput,
  UpdateSmtpAccountInput,
} from "./email-admin.types.js";
import * as accounts from "./email-accounts.service.js";
import { Autoresponder, EmailSettings } from "./email-settings.entity.js";
import * as settings from "./email-settings.service.js";
import { EmailTemplateKind } from "./email.enums.js";
import { getEmailSettings } from "./outbound/template-mail.js";

const ADMIN = Privilege.ADMINISTRATION;

@Resolver()
export class EmailResolver {
  @Query(() => EmailSettings, { description: "Settings > Email > Options (002 L6933-6947)." })
  @RequirePermission(ADMIN)
  emailSettings(@Ctx() ctx: RequestContext) {
    return getEmailSettings(ctx.em);
  }

  @Mutation(() => UpdateEmailSettingsPayload, { description: "Changes the email options." })
  @RequirePermission(ADMIN)
  updateEmailSettings(
    @Arg("input", () => UpdateEmailSettingsInput, { description: "The changes." })
    input: UpdateEmailSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => settings.updateEmailSettings(ctx, input));
  }

  @Query(() => [SmtpAccount], { description: "SMTP accounts, of one brand or all." })
  @RequirePermission(ADMIN)
  smtpAccounts(
    @Arg("brandId", () => ID, { nullable: true, description: "Only this brand's." }) brandId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return accounts.listSmtpAccounts(ctx, brandId);
  }

  @Mutation(() => SmtpAccountPayload, { description: "Adds an SMTP account." })
  @RequirePermission(ADMIN)
  createSmtpAccount(
    @Arg("input", () => CreateSmtpAccountInput, { description: "The account." })
    input: CreateSmtpAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.createSmtpAccount(ctx, input));
  }

  @Mutation(() => SmtpAccountPayload, { description: "Edits an SMTP account." })
  @RequirePermission(ADMIN)
  updateSmtpAccount(
    @Arg("input", () => UpdateSmtpAccountInput, { description: "The changes." })
    input: UpdateSmtpAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.updateSmtpAccount(ctx, input));
  }

  @Mutation(() => DeleteEmailAccountPayload, {
    description: "Deletes an SMTP account (queued mail through it fails).",
  })
  @RequirePermission(ADMIN)
  deleteSmtpAccount(
    @Arg("input", () => EmailAccountIdInput, { description: "The account." }) input: EmailAccountIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.deleteSmtpAccount(ctx, input.id));
  }

  @Query(() => [MailAccount], { description: "Inbound (POP3/IMAP) accounts, of one department or all." })
  @RequirePermission(ADMIN)
  mailAccounts(
    @Arg("departmentId", () => ID, { nullable: true, description: "Only this department's." })
    departmentId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return accounts.listMailAccounts(ctx, departmentId);
  }

  @Mutation(() => MailAccountPayload, {
    description: "Adds an inbound account; its first poll is due at once.",
  })
  @RequirePermission(ADMIN)
  createMailAccount(
    @Arg("input", () => CreateMailAccountInput, { description: "The account." })
    input: CreateMailAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.createMailAccount(ctx, input));
  }

  @Mutation(() => MailAccountPayload, { description: "Edits an inbound account." })
  @RequirePermission(ADMIN)
  updateMailAccount(
    @Arg("input", () => UpdateMailAccountInput, { description: "The changes." })
    input: UpdateMailAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.updateMailAccount(ctx, input));
  }

  @Mutation(() => DeleteEmailAccountPayload, {
    description: "Deletes an inbound account (its spool rows stay).",
  })
  @RequirePermission(ADMIN)
  deleteMailAccount(
    @Arg("input", () => EmailAccountIdInput, { description: "The account." }) input: EmailAccountIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.deleteMailAccount(ctx, input.id));
  }

  @Mutation(() => MailAccountPayload, {
    description: "Polls an inbound account now instead of at its next interval.",
  })
  @RequirePermission(ADMIN)
  pollMailAccount(
    @Arg("input", () => EmailAccountIdInput, { description: "The account." }) input: EmailAccountIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => accounts.pollMailAccountNow(ctx, input.id));
  }

  @Query(() => [EmailTemplate], {
    description: "The twelve system templates of a brand (edited or default).",
  })
  @RequirePermission(ADMIN)
  emailTemplates(
    @Arg("brandId", () => ID, { description: "The brand." }) brandId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return settings.listEmailTemplates(ctx, brandId);
  }

  @Query(() => EmailTemplatePreview, { description: "A template rendered with placeholder values." })
  @RequirePermission(ADMIN)
  previewEmailTemplate(
    @Arg("brandId", () => ID, { description: "The brand." }) brandId: string,
    @Arg("kind", () => EmailTemplateKind, { description: "Which template." }) kind: EmailTemplateKind,
    @Ctx() ctx: RequestContext,
  ) {
    return settings.previewEmailTemplate(ctx, brandId, kind);
  }

  @Mutation(() => EmailTemplatePayload, {
    description: "Edits a brand's template (no template can be added).",
  })
  @RequirePermission(ADMIN)
  updateEmailTemplate(
    @Arg("input", () => UpdateEmailTemplateInput, { description: "The new text." })
    input: UpdateEmailTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => settings.updateEmailTemplate(ctx, input));
  }

  @Mutation(() => EmailTemplatePayload, { description: "Restores a brand's template to the default." })
  @RequirePermission(ADMIN)
  resetEmailTemplate(
    @Arg("input", () => ResetEmailTemplateInput, { description: "Which template." })
    input: ResetEmailTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => settings.resetEmailTemplate(ctx, input.brandId, input.kind));
  }

  @Query(() => [Autoresponder], { description: "Autoresponders, of one brand or all." })
  @RequirePermission(ADMIN)
  autoresponders(
    @Arg("brandId", () => ID, { nullable: true, description: "Only this brand's." }) brandId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return settings.listAutoresponders(ctx, brandId);
  }

  @Mutation(() => AutoresponderPayload, { description: "Adds an autoresponder." })
  @RequirePermission(ADMIN)
  createAutoresponder(
    @Arg("input", () => CreateAutoresponderInput, { description: "The autoresponder." })
    input: CreateAutoresponderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => settings.createAutoresponder(ctx, input));
  }

  @Mutation(() => AutoresponderPayload, { description: "Edits an autoresponder." })
  @RequirePermission(ADMIN)
  updateAutoresponder(
    @Arg("input", () => UpdateAutoresponderInput, { description: "The changes." })
    input: UpdateAutoresponderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => settings.updateAutoresponder(ctx, input));
  }

  @Mutation(() => AutoresponderPayload, { description: "Deletes an autoresponder." })
  @RequirePermission(ADMIN)
  deleteAutoresponder(
    @Arg("input", () => EmailAccountIdInput, { description: "The autoresponder (its global id)." })
    input: EmailAccountIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => settings.deleteAutoresponder(ctx, input.id));
  }
}
