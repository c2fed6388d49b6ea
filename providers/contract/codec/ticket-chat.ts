/** Codecs of IExternalTicketProvider.StartTicket (002 L2324-2341) and IExternalChatProvider.StartChat (002 L2397-2408). */
import type { StartChatInputs, StartChatOutputs } from "../chat.js";
import type { StartTicketInputs, StartTicketOutputs } from "../ticket.js";
import type { MethodCodec } from "./method-codec.js";
import { optional } from "./login.js";
import {
  asRecord,
  formatVariable,
  readCustomFields,
  requireBoolean,
  requireInputs,
  writeCustomFields,
  writeOptional,
  type VariableReader,
} from "./variables.js";

/** The documented override outputs of StartTicket, in their documented (lower-case) spelling. */
const TICKET_OVERRIDES = ["departmentName", "groupName", "departmentID", "groupId"] as const;

export const StartTicketCodec: MethodCodec<StartTicketInputs, StartTicketOutputs> = {
  method: "StartTicket",
  encodeInputs: (inputs) => {
    const out = [
      formatVariable("LoginUsername", inputs.LoginUsername ?? ""),
      formatVariable("EmailFrom", inputs.EmailFrom ?? ""),
      formatVariable("DepartmentName", inputs.DepartmentName),
      formatVariable("TicketNumber", inputs.TicketNumber),
      formatVariable("Subject", inputs.Subject ?? ""),
    ];
    writeCustomFields(out, inputs.CustomFields);
    return out;
  },
  decodeInputs: (vars) => ({
    ...optional("LoginUsername", vars.text("LoginUsername")),
    ...optional("EmailFrom", vars.text("EmailFrom")),
    ...requireInputs(vars, ["DepartmentName", "TicketNumber"] as const),
    ...optional("Subject", vars.text("Subject")),
    CustomFields: readCustomFields(vars),
  }),
  encodeOutputs: (outputs) => {
    const record = asRecord(outputs, "the StartTicket outputs");
    const out: string[] = [];
    writeOptional(out, "TicketCreation", creation(record.TicketCreation));
    for (const name of TICKET_OVERRIDES) writeOptional(out, name, record[name]);
    writeCustomFields(out, record.CustomFields);
    return { OutputVariables: out };
  },
  decodeOutputs: (envelope, options) => {
    const vars = envelope.variables;
    let overrides: Partial<Record<(typeof TICKET_OVERRIDES)[number], string>> = {};
    for (const name of TICKET_OVERRIDES)
      overrides = { ...overrides, ...optional(name, override(vars, name)) };
    return {
      TicketCreation: requireBoolean(vars, "TicketCreation"),
      ...overrides,
      CustomFields: readCustomFields(vars, options?.customFields),
    };
  },
};

export const StartChatCodec: MethodCodec<StartChatInputs, StartChatOutputs> = {
  method: "StartChat",
  encodeInputs: (inputs) => {
    const out = [
      formatVariable("LoginUsername", inputs.LoginUsername ?? ""),
      formatVariable("EmailFrom", inputs.EmailFrom ?? ""),
      formatVariable("DepartmentName", inputs.DepartmentName),
    ];
    writeCustomFields(out, inputs.CustomFields);
    return out;
  },
  decodeInputs: (vars) => ({
    ...optional("LoginUsername", vars.text("LoginUsername")),
    ...optional("EmailFrom", vars.text("EmailFrom")),
    ...requireInputs(vars, ["DepartmentName"] as const),
    CustomFields: readCustomFields(vars),
  }),
  encodeOutputs: (outputs) => {
    const record = asRecord(outputs, "the StartChat outputs");
    const out: string[] = [];
    writeOptional(out, "ChatCreation", creation(record.ChatCreation));
    writeOptional(out, "departmentName", record.departmentName);
    writeCustomFields(out, record.CustomFields);
    return { OutputVariables: out };
  },
  decodeOutputs: (envelope, options) => {
    const vars = envelope.variables;
    return {
      ChatCreation: requireBoolean(vars, "ChatCreation"),
      ...optional("departmentName", override(vars, "departmentName")),
      CustomFields: readCustomFields(vars, options?.customFields),
    };
  },
};

/** The samples send TRUE/FALSE (002 L2366, L2437); the doc says true/false; both read back the same. */
function creation(value: unknown): unknown {
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value;
}

/** An override with only blanks is no override. */
function override(vars: VariableReader, name: string): string | undefined {
  const value = vars.text(name)?.trim();
  return value === "" ? undefined : value;
}
