/**
 * The JSON envelope around the variable lists. A request is
 * `{"Method": "StartTicket", "Inputs": ["AuthPW=…", "LoginUsername=…", …]}`; an answer is
 * `{"Success": true, "Message": "…", "OutputVariables": [...]}` with the documented result properties
 * (002 L2103-2105), plus `CustomFieldDataItems` for GetCustomFieldOptions (002 L2221) and optionally
 * `UserInfoHTML` for GetUserDetails (002 L2471). Property names are read case-insensitively, because .NET and
 * JavaScript serializers disagree about `Success` versus `success`.
 */
import { ProviderProtocolError } from "../errors.js";
import { isProviderMethod, type ProviderMethod } from "../contracts.js";
import { VariableReader, asRecord, clip, describe, formatVariable, parseBoolean } from "./variables.js";

/** "Used for validating if the calling software is valid" (002 L2099): the Web Service Password. */
export const AUTH_PW = "AuthPW";

export interface WireRequest {
  readonly Method: ProviderMethod;
  readonly Inputs: readonly string[];
}

/** One `CustomFieldDataItems` entry as JSON (booleans may also arrive as "true"/"false" text). */
export interface WireCustomFieldData {
  readonly CustomFieldName: string;
  readonly DisplayWithInformationLookup: boolean;
  readonly ChangeListOptions: boolean;
  readonly ListOptions: readonly string[];
  readonly ChangeRequired: boolean;
  readonly NewRequiredValue: boolean;
  readonly ChangeVisible: boolean;
  readonly NewVisibleValue: boolean;
}

/** What a method contributes to an answer besides Success and Message. */
export interface WireOutputs {
  readonly OutputVariables: readonly string[];
  readonly CustomFieldDataItems?: readonly WireCustomFieldData[];
  readonly UserInfoHTML?: string;
}

export interface WireResult extends WireOutputs {
  readonly Success: boolean;
  readonly Message: string;
}

/** A validated answer: the transport fields, the variables, and case-insensitive access to the rest. */
export interface Envelope {
  readonly Success: boolean;
  readonly Message: string;
  readonly variables: VariableReader;
  /** A top-level property by name, case-insensitively; `undefined` when absent. */
  property(name: string): unknown;
}

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ProviderProtocolError(`the answer is not JSON: ${JSON.stringify(clip(body.trim(), 60))}`);
  }
}

/** Builds the request body; AuthPW goes first, as in the documented input lists. */
export function encodeRequest(
  Method: ProviderMethod,
  authPW: string,
  inputs: readonly string[],
): WireRequest {
  return { Method, Inputs: [formatVariable(AUTH_PW, authPW), ...inputs] };
}

/** Reads a request on the provider side. `AuthPW` is `undefined` when the caller sent none. */
export function decodeRequest(json: unknown): {
  Method: ProviderMethod;
  AuthPW?: string;
  variables: VariableReader;
} {
  const body = asRecord(json, "the request");
  const Method = property(body, "Method");
  if (!isProviderMethod(Method)) {
    throw new ProviderProtocolError(
      `unknown Method ${typeof Method === "string" ? clip(Method) : describe(Method)}`,
    );
  }
  const variables = VariableReader.parse(property(body, "Inputs"), "Inputs");
  return { Method, AuthPW: variables.get(AUTH_PW), variables };
}

/** Validates the answer's envelope. `Success` is required; `Message` and `OutputVariables` may be absent. */
export function decodeEnvelope(json: unknown): Envelope {
  const body = asRecord(json, "the answer");
  const success = property(body, "Success");
  let Success: boolean;
  if (typeof success === "boolean") Success = success;
  else if (typeof success === "string") Success = parseBoolean(success, "Success");
  else if (success === undefined) throw new ProviderProtocolError("the answer has no Success", ["Success"]);
  else throw new ProviderProtocolError(`Success must be a boolean, got ${describe(success)}`);
  const message = property(body, "Message");
  if (message !== undefined && message !== null && typeof message !== "string") {
    throw new ProviderProtocolError(`Message must be text, got ${describe(message)}`);
  }
  return {
    Success,
    Message: message ?? "",
    variables: VariableReader.parse(property(body, "OutputVariables")),
    property: (name) => property(body, name),
  };
}

/** Builds an answer on the provider side. */
export function encodeResult(Success: boolean, Message: string, outputs?: WireOutputs): WireResult {
  return { Success, Message, OutputVariables: [], ...outputs };
}

function property(body: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(body, name)) return body[name];
  const lower = name.toLowerCase();
  const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : body[key];
}
