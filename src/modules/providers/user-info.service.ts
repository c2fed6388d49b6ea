/**
 * GetUserDetails (002 L2443-2504): HTML about a customer for agents. The HTML comes from a third party and
 * is rendered in agents' browsers, so it is sanitized with an allowlist (sanitize-html): plain formatting,
 * tables and links, no scripts, styles, event handlers or non-http(s)/mailto URLs. Fail open: any failure
 * gives null (docs/providers.md), after a short timeout (2 s by default).
 */
import sanitizeHtml from "sanitize-html";
import type { IExternalUserInfoProvider } from "../../../providers/index.js";
import type { RequestContext } from "../../core/context/context.js";
import type { Account } from "../accounts/index.js";
import { ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "b",
    "strong",
    "i",
    "em",
    "u",
    "small",
    "br",
    "hr",
    "p",
    "div",
    "span",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "pre",
    "a",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // Links open outside the help desk's window and cannot reach back into it.
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { target: "_blank", rel: "noopener noreferrer nofollow" }),
  },
  allowedSchemesAppliedToAttributes: ["href"],
};

export function sanitizeUserInfoHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE).trim();
}

export interface UserDetailsContext {
  ticketNumber?: string | null;
  brandName?: string | null;
  departmentName?: string | null;
  groupName?: string | null;
}

/** The sanitized UserInfoHTML for `account`, or null (disabled, blank, or any failure). */
export async function externalDetailsHtml(
  ctx: RequestContext,
  account: Pick<Account, "username" | "email">,
  where: UserDetailsContext = {},
): Promise<string | null> {
  const active = await providerRegistry(ctx.app).get(ProviderKind.USER_INFO);
  if (!active) return null;
  const provider = active.provider as IExternalUserInfoProvider;
  const result = await provider.GetUserDetails({
    Username: account.username,
    Email: account.email ?? "",
    BrandName: where.brandName ?? "",
    DepartmentName: where.departmentName ?? "",
    Group: where.groupName ?? "",
    TicketNumber: where.ticketNumber ?? "",
    InteractionType: "ticket",
  });
  await providerRegistry(ctx.app).deliveries.settled();
  if (!result.ok) {
    ctx.log.warn({ reason: result.reason }, "user information provider failed");
    // Either policy means "show nothing" here: the ticket view is never refused over decoration.
    return null;
  }
  const html = result.outputs.UserInfoHTML?.trim();
  if (!html) return null;
  return sanitizeUserInfoHtml(html) || null;
}
