/** Codec of IExternalCustomFieldProvider.GetCustomFieldOptions (002 L2209-2236). */
import { ProviderProtocolError } from "../errors.js";
import type {
  CustomFieldLocation,
  CustomFieldOptionsOutputs,
  ExternalCustomFieldData,
  GetCustomFieldOptionsInputs,
} from "../custom-field.js";
import type { CustomFieldFilter } from "../common.js";
import type { WireCustomFieldData } from "./envelope.js";
import type { MethodCodec } from "./method-codec.js";
import { optional } from "./login.js";
import {
  asRecord,
  clip,
  describe,
  formatVariable,
  parseBoolean,
  readCustomFields,
  requireInputs,
  writeCustomFields,
  type VariableReader,
} from "./variables.js";

const FLAGS = [
  "DisplayWithInformationLookup",
  "ChangeListOptions",
  "ChangeRequired",
  "NewRequiredValue",
  "ChangeVisible",
  "NewVisibleValue",
] as const;

export const GetCustomFieldOptionsCodec: MethodCodec<GetCustomFieldOptionsInputs, CustomFieldOptionsOutputs> =
  {
    method: "GetCustomFieldOptions",
    encodeInputs: (inputs) => {
      const out = [
        formatVariable("LoginUsername", inputs.LoginUsername ?? ""),
        formatVariable("DepartmentName", inputs.DepartmentName),
        formatVariable("Location", inputs.Location),
      ];
      writeCustomFields(out, inputs.CustomFields);
      return out;
    },
    decodeInputs: (vars) => {
      const required = requireInputs(vars, ["DepartmentName", "Location"] as const);
      return {
        ...optional("LoginUsername", vars.text("LoginUsername")),
        DepartmentName: required.DepartmentName,
        Location: location(required.Location),
        CustomFields: readCustomFields(vars),
      };
    },
    encodeOutputs: (outputs) => {
      const record = asRecord(outputs, "the GetCustomFieldOptions outputs");
      const items = record.CustomFieldDataItems ?? [];
      if (!Array.isArray(items)) throw new ProviderProtocolError("CustomFieldDataItems must be a list");
      return {
        OutputVariables: [
          formatVariable("CanStartTickets", flag(record.CanStartTickets ?? true, "CanStartTickets")),
          formatVariable("CanStartChats", flag(record.CanStartChats ?? true, "CanStartChats")),
        ],
        CustomFieldDataItems: items.map((item: unknown, index): WireCustomFieldData =>
          decodeItem(item, index),
        ),
      };
    },
    decodeOutputs: (envelope, options) => {
      const items = envelope.property("CustomFieldDataItems") ?? [];
      if (!Array.isArray(items)) {
        throw new ProviderProtocolError(`CustomFieldDataItems must be a list, got ${describe(items)}`);
      }
      return {
        CustomFieldDataItems: filterItems(
          items.map((item: unknown, index) => decodeItem(item, index)),
          options?.customFields,
        ),
        CanStartTickets: optionalBoolean(envelope.variables, "CanStartTickets"),
        CanStartChats: optionalBoolean(envelope.variables, "CanStartChats"),
      };
    },
  };

/** PRE or REGULAR; NORMAL is the seed's other spelling of the second step (002 L2226). */
function location(value: string): CustomFieldLocation {
  const normalized = value.trim().toUpperCase();
  if (normalized === "PRE") return "PRE";
  if (normalized === "REGULAR" || normalized === "NORMAL") return "REGULAR";
  throw new ProviderProtocolError(`Location must be PRE or REGULAR, got ${JSON.stringify(clip(value))}`);
}

/** Absent means true: only a false value is documented to have an effect (002 L2235-2236). */
function optionalBoolean(vars: VariableReader, name: string): boolean {
  const value = vars.get(name);
  return value === undefined ? true : parseBoolean(value, name);
}

function decodeItem(raw: unknown, index: number): ExternalCustomFieldData {
  const item = asRecord(raw, `CustomFieldDataItems[${index}]`);
  const get = (name: string): unknown => {
    const key = Object.keys(item).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : item[key];
  };
  const name = get("CustomFieldName");
  if (typeof name !== "string" || name.trim() === "") {
    throw new ProviderProtocolError("a CustomFieldDataItems entry has no CustomFieldName", [
      "CustomFieldName",
    ]);
  }
  const options = get("ListOptions") ?? [];
  if (!Array.isArray(options) || options.some((option) => typeof option !== "string")) {
    throw new ProviderProtocolError(`ListOptions of ${clip(name)} must be a list of text`);
  }
  const flags = Object.fromEntries(
    FLAGS.map((flagName) => [flagName, flag(get(flagName) ?? false, flagName)]),
  );
  return {
    CustomFieldName: name,
    ...(flags as Record<(typeof FLAGS)[number], boolean>),
    ListOptions: options as string[],
  };
}

/** Directives for fields the server does not have are dropped (the field "must already exist", 002 L2266). */
function filterItems(
  items: ExternalCustomFieldData[],
  filter: CustomFieldFilter | undefined,
): ExternalCustomFieldData[] {
  if (!filter) return items;
  return items.flatMap((item) => {
    const canonical = filter(item.CustomFieldName);
    return canonical === undefined ? [] : [{ ...item, CustomFieldName: canonical }];
  });
}

/** A boolean given as JSON boolean or as "true"/"false" text. */
function flag(value: unknown, name: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return parseBoolean(value, name);
  throw new ProviderProtocolError(`${name} must be a boolean, got ${describe(value)}`);
}
