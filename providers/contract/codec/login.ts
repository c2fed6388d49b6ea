/** Codecs of IExternalLoginProvider and of the Registration extension, which shares its variable names. */
import type { AuthenticateInputs, GetSignInCookieInfoInputs, LoginOutputs } from "../login.js";
import type { RegisterInputs, RegisterOutputs } from "../registration.js";
import type { MethodCodec } from "./method-codec.js";
import {
  asRecord,
  formatVariable,
  readCustomFields,
  requireChoice,
  requireInputs,
  writeCustomFields,
  writeOptional,
} from "./variables.js";

const AUTHENTICATION = ["OK", "FAIL"] as const;

export const AuthenticateCodec: MethodCodec<AuthenticateInputs, LoginOutputs> = {
  method: "Authenticate",
  encodeInputs: (inputs) => [
    formatVariable("LoginUsername", inputs.LoginUsername),
    formatVariable("LoginPassword", inputs.LoginPassword),
  ],
  decodeInputs: (vars) => requireInputs(vars, ["LoginUsername", "LoginPassword"] as const),
  encodeOutputs: (outputs) => ({ OutputVariables: loginVariables(outputs) }),
  decodeOutputs: (envelope, options) => {
    const vars = envelope.variables;
    return {
      Authentication: requireChoice(vars, "Authentication", AUTHENTICATION),
      ...optional("EmailAddress", vars.text("EmailAddress")),
      ...optional("DisplayName", vars.text("DisplayName")),
      CustomFields: readCustomFields(vars, options?.customFields),
    };
  },
};

export const GetSignInCookieInfoCodec: MethodCodec<GetSignInCookieInfoInputs, LoginOutputs> = {
  method: "GetSignInCookieInfo",
  encodeInputs: (inputs) => [formatVariable("LoginUsername", inputs.LoginUsername)],
  decodeInputs: (vars) => requireInputs(vars, ["LoginUsername"] as const),
  encodeOutputs: AuthenticateCodec.encodeOutputs,
  decodeOutputs: AuthenticateCodec.decodeOutputs,
};

export const RegisterCodec: MethodCodec<RegisterInputs, RegisterOutputs> = {
  method: "Register",
  encodeInputs: (inputs) => {
    const out = [
      formatVariable("LoginUsername", inputs.LoginUsername),
      formatVariable("LoginPassword", inputs.LoginPassword),
      formatVariable("EmailAddress", inputs.EmailAddress),
      formatVariable("DisplayName", inputs.DisplayName ?? ""),
    ];
    writeCustomFields(out, inputs.CustomFields);
    return out;
  },
  decodeInputs: (vars) => ({
    ...requireInputs(vars, ["LoginUsername", "LoginPassword", "EmailAddress"] as const),
    ...optional("DisplayName", vars.text("DisplayName")),
    CustomFields: readCustomFields(vars),
  }),
  encodeOutputs: (outputs) => {
    const record = asRecord(outputs, "the Register outputs");
    const out: string[] = [];
    writeOptional(out, "Registration", record.Registration);
    writeOptional(out, "EmailAddress", record.EmailAddress);
    writeOptional(out, "DisplayName", record.DisplayName);
    writeCustomFields(out, record.CustomFields);
    return { OutputVariables: out };
  },
  decodeOutputs: (envelope, options) => {
    const vars = envelope.variables;
    return {
      Registration: requireChoice(vars, "Registration", AUTHENTICATION),
      ...optional("EmailAddress", vars.text("EmailAddress")),
      ...optional("DisplayName", vars.text("DisplayName")),
      CustomFields: readCustomFields(vars, options?.customFields),
    };
  },
};

function loginVariables(outputs: LoginOutputs): string[] {
  const record = asRecord(outputs, "the login outputs");
  const out: string[] = [];
  writeOptional(out, "Authentication", record.Authentication);
  writeOptional(out, "EmailAddress", record.EmailAddress);
  writeOptional(out, "DisplayName", record.DisplayName);
  writeCustomFields(out, record.CustomFields);
  return out;
}

/** `{ name: value }` when the value is set, `{}` otherwise: keeps absent optionals absent, not `undefined`. */
export function optional<K extends string>(name: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: string };
}
