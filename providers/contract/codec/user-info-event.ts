/**
 * Codecs of IExternalUserInfoProvider.GetUserDetails (002 L2458-2472) and
 * IExternalEventProvider.NotifyEventFired (002 L2519-2524).
 */
import { ProviderProtocolError } from "../errors.js";
import type { NotifyEventFiredInputs, NotifyEventFiredOutputs } from "../event.js";
import type { GetUserDetailsInputs, GetUserDetailsOutputs } from "../user-info.js";
import type { MethodCodec } from "./method-codec.js";
import { optional } from "./login.js";
import {
  ARGS_PREFIX,
  asRecord,
  clip,
  describe,
  formatVariable,
  requireInputs,
  text,
  writeOptional,
} from "./variables.js";

const USER_INFO_HTML = "UserInfoHTML";

export const GetUserDetailsCodec: MethodCodec<GetUserDetailsInputs, GetUserDetailsOutputs> = {
  method: "GetUserDetails",
  encodeInputs: (inputs) => [
    formatVariable("Username", inputs.Username ?? ""),
    formatVariable("Email", inputs.Email ?? ""),
    formatVariable("BrandName", inputs.BrandName ?? ""),
    formatVariable("DepartmentName", inputs.DepartmentName ?? ""),
    formatVariable("Group", inputs.Group ?? ""),
    formatVariable("TicketNumber", inputs.TicketNumber),
    formatVariable("InteractionType", inputs.InteractionType),
  ],
  decodeInputs: (vars) => {
    const interaction = vars.text("InteractionType") ?? "ticket";
    if (interaction.toLowerCase() !== "ticket") {
      throw new ProviderProtocolError(
        `InteractionType must be ticket, got ${JSON.stringify(clip(interaction))}`,
      );
    }
    return {
      ...optional("Username", vars.text("Username")),
      ...optional("Email", vars.text("Email")),
      ...optional("BrandName", vars.text("BrandName")),
      ...optional("DepartmentName", vars.text("DepartmentName")),
      ...optional("Group", vars.text("Group")),
      ...requireInputs(vars, ["TicketNumber"] as const),
      InteractionType: "ticket",
    };
  },
  // The C# sample sets a result property (`result.UserInfoHtml`, 002 L2500), so it goes top-level.
  encodeOutputs: (outputs) => {
    const html = text(asRecord(outputs, "the GetUserDetails outputs")[USER_INFO_HTML], USER_INFO_HTML);
    return html === undefined ? { OutputVariables: [] } : { OutputVariables: [], UserInfoHTML: html };
  },
  // The doc lists UserInfoHTML among the output variables (002 L2471) and the sample sets a property:
  // accept both, the property first. Blank means "nothing to show".
  decodeOutputs: (envelope) => {
    const property = envelope.property(USER_INFO_HTML);
    if (property !== undefined && property !== null && typeof property !== "string") {
      throw new ProviderProtocolError(`UserInfoHTML must be text, got ${describe(property)}`);
    }
    const html = property ?? envelope.variables.get(USER_INFO_HTML);
    return html === undefined || html.trim() === "" ? {} : { UserInfoHTML: html };
  },
};

export const NotifyEventFiredCodec: MethodCodec<NotifyEventFiredInputs, NotifyEventFiredOutputs> = {
  method: "NotifyEventFired",
  encodeInputs: (inputs) => {
    if (!Number.isSafeInteger(inputs.EventType)) {
      throw new ProviderProtocolError(`EventType must be an integer, got ${describe(inputs.EventType)}`);
    }
    const out = [formatVariable("EventType", inputs.EventType)];
    for (const [key, value] of Object.entries(asRecord(inputs.Args ?? {}, "Args"))) {
      writeOptional(out, ARGS_PREFIX + key, value);
    }
    return out;
  },
  decodeInputs: (vars) => {
    const { EventType } = requireInputs(vars, ["EventType"] as const);
    if (!/^\s*\d+\s*$/.test(EventType)) {
      throw new ProviderProtocolError(`EventType must be a number, got ${JSON.stringify(clip(EventType))}`);
    }
    return { EventType: Number(EventType), Args: Object.fromEntries(vars.prefixed(ARGS_PREFIX)) };
  },
  encodeOutputs: () => ({ OutputVariables: [] }),
  decodeOutputs: () => ({}),
};
