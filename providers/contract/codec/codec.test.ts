import { describe, expect, it } from "vitest";
import { customFieldFilter } from "../common.js";
import { ProviderProtocolError } from "../errors.js";
import { EVENT_TYPES, eventTypeById } from "../event-types.js";
import {
  CODECS,
  VariableReader,
  decodeRequest,
  decodeResult,
  decodeResultText,
  encodeRequest,
  encodeResult,
  parseVariable,
} from "./index.js";

const answer = (OutputVariables: string[], extra: Record<string, unknown> = {}) => ({
  Success: true,
  Message: "fine",
  OutputVariables,
  ...extra,
});

describe("variables", () => {
  it("split on the first '=' so values may contain '='", () => {
    expect(parseVariable("cf_Formula=a=b==c")).toEqual({ name: "cf_Formula", value: "a=b==c" });
    expect(parseVariable("Subject=")).toEqual({ name: "Subject", value: "" });
  });

  it("refuse entries without a name or without '=', and non-strings", () => {
    for (const bad of ["no-equals", "=value", 42, null, { a: 1 }]) {
      expect(() => parseVariable(bad)).toThrow(ProviderProtocolError);
    }
  });

  it("match names case-insensitively, the last repeat winning", () => {
    const vars = VariableReader.parse([
      "loginusername=bob",
      "DEPARTMENTNAME=Sales",
      "DepartmentName=Support",
    ]);
    expect(vars.get("LoginUsername")).toBe("bob");
    expect(vars.get("departmentName")).toBe("Support");
  });

  it("keep custom field names with spaces, prefix matched in any case", () => {
    const vars = VariableReader.parse(["cf_ticket type=phone ticket", "CF_Display Name=Test", "cf_=ignored"]);
    expect(Object.fromEntries(vars.prefixed("cf_"))).toEqual({
      "ticket type": "phone ticket",
      "Display Name": "Test",
    });
  });
});

describe("envelope", () => {
  it("puts AuthPW first in the request and reads it back on the provider side", () => {
    const request = encodeRequest(
      "StartTicket",
      "s3cret=x",
      CODECS.StartTicket.encodeInputs({
        DepartmentName: "Support",
        TicketNumber: "T-1",
        CustomFields: { "Billing ID": "4126" },
      }),
    );
    expect(request.Inputs[0]).toBe("AuthPW=s3cret=x");
    expect(request.Inputs).toContain("cf_Billing ID=4126");
    // Every documented input is sent, empty when there is no value.
    expect(request.Inputs).toContain("LoginUsername=");
    const decoded = decodeRequest(JSON.parse(JSON.stringify(request)));
    expect(decoded.AuthPW).toBe("s3cret=x");
    expect(CODECS.StartTicket.decodeInputs(decoded.variables)).toEqual({
      DepartmentName: "Support",
      TicketNumber: "T-1",
      CustomFields: { "Billing ID": "4126" },
    });
  });

  it("reads Success/Message/OutputVariables in any letter case", () => {
    const result = decodeResult(CODECS.StartChat, {
      success: "True",
      message: "ok",
      outputVariables: ["chatcreation=TRUE"],
    });
    expect(result).toEqual({ ok: true, Message: "ok", outputs: { ChatCreation: true, CustomFields: {} } });
  });

  it("Success=false is a REFUSED failure with the provider's message, whatever the outputs", () => {
    const result = decodeResult(CODECS.Authenticate, {
      Success: false,
      Message: "Permission Denied",
      OutputVariables: null,
    });
    expect(result).toEqual({ ok: false, reason: "REFUSED", Message: "Permission Denied" });
  });

  it("garbage is a PROTOCOL failure, never a throw", () => {
    const garbage = [
      "<html><body>Bad gateway</body></html>",
      "",
      "null",
      "[]",
      '"text"',
      '{"Message":"no success"}',
      '{"Success":"maybe"}',
      '{"Success":true,"OutputVariables":"Authentication=OK"}',
      '{"Success":true,"OutputVariables":[42]}',
      '{"Success":true,"Message":{"x":1},"OutputVariables":[]}',
    ];
    for (const body of garbage) {
      const result = decodeResultText(CODECS.Authenticate, body);
      expect(result.ok, body).toBe(false);
      if (!result.ok) expect(result.reason, body).toBe("PROTOCOL");
    }
  });

  it("encodeResult builds the documented answer", () => {
    const outputs = CODECS.Authenticate.encodeOutputs({
      Authentication: "OK",
      DisplayName: "Bob",
      CustomFields: {},
    });
    expect(encodeResult(true, "Login Successful", outputs)).toEqual({
      Success: true,
      Message: "Login Successful",
      OutputVariables: ["Authentication=OK", "DisplayName=Bob"],
    });
  });
});

describe("login outputs", () => {
  it("a Success=true answer without Authentication is a protocol error naming it", () => {
    expect(() => decodeResult(CODECS.Authenticate, answer(["EmailAddress=a@b.c"]))).toThrow(
      expect.objectContaining({ name: "ProviderProtocolError", missing: ["Authentication"] }),
    );
    expect(decodeResultText(CODECS.Authenticate, JSON.stringify(answer(["Authentication=MAYBE"]))).ok).toBe(
      false,
    );
  });

  it("Authentication is OK/FAIL in any case; empty optional outputs are absent", () => {
    const result = decodeResult(
      CODECS.Authenticate,
      answer(["authentication=ok", "EmailAddress=", "DisplayName=Bob"]),
    );
    expect(result).toMatchObject({ ok: true, outputs: { Authentication: "OK", DisplayName: "Bob" } });
    if (result.ok) expect(result.outputs).not.toHaveProperty("EmailAddress");
  });

  it("unknown custom fields are ignored when the server says which exist; names take its spelling", () => {
    const customFields = customFieldFilter(["Billing ID", "Plan Type"]);
    const result = decodeResult(
      CODECS.Authenticate,
      answer(["Authentication=OK", "cf_billing id=4126", "cf_No Such Field=x", "cf___proto__=y"]),
      { customFields },
    );
    expect(result).toMatchObject({ ok: true, outputs: { CustomFields: { "Billing ID": "4126" } } });
    if (result.ok) expect(Object.keys(result.outputs.CustomFields)).toEqual(["Billing ID"]);
  });

  it("without a filter a '__proto__' field is an own property, not the prototype", () => {
    const result = decodeResult(CODECS.Authenticate, answer(["Authentication=OK", "cf___proto__=polluted"]));
    expect(result.ok && Object.getPrototypeOf(result.outputs.CustomFields)).toBe(Object.prototype);
  });
});

describe("ticket and chat outputs", () => {
  it("TicketCreation TRUE/false/True all read; overrides keep their documented names", () => {
    const result = decodeResult(
      CODECS.StartTicket,
      answer([
        "TicketCreation=True",
        "DepartmentName=Critical Support",
        "groupid=7",
        "departmentID= ",
        "cf_Plan Type=Gold",
      ]),
    );
    expect(result).toEqual({
      ok: true,
      Message: "fine",
      outputs: {
        TicketCreation: true,
        departmentName: "Critical Support",
        groupId: "7",
        CustomFields: { "Plan Type": "Gold" },
      },
    });
  });

  it("a missing or non-boolean TicketCreation/ChatCreation is a protocol error", () => {
    expect(decodeResultText(CODECS.StartTicket, JSON.stringify(answer(["departmentName=x"])))).toMatchObject({
      ok: false,
      reason: "PROTOCOL",
    });
    expect(decodeResultText(CODECS.StartChat, JSON.stringify(answer(["ChatCreation=yes"])))).toMatchObject({
      ok: false,
      reason: "PROTOCOL",
    });
  });
});

describe("custom field outputs", () => {
  const item = { CustomFieldName: "Type of Issue", ChangeListOptions: true, ListOptions: ["A", "B"] };

  it("CustomFieldDataItems: booleans default to false, text booleans read, CanStart* default to true", () => {
    const result = decodeResult(
      CODECS.GetCustomFieldOptions,
      answer([], { customFieldDataItems: [{ ...item, changerequired: "True", NewRequiredValue: true }] }),
    );
    expect(result).toEqual({
      ok: true,
      Message: "fine",
      outputs: {
        CanStartTickets: true,
        CanStartChats: true,
        CustomFieldDataItems: [
          {
            CustomFieldName: "Type of Issue",
            DisplayWithInformationLookup: false,
            ChangeListOptions: true,
            ListOptions: ["A", "B"],
            ChangeRequired: true,
            NewRequiredValue: true,
            ChangeVisible: false,
            NewVisibleValue: false,
          },
        ],
      },
    });
  });

  it("directives for unknown fields are dropped; CanStartChats=False is read", () => {
    const result = decodeResult(
      CODECS.GetCustomFieldOptions,
      answer(["CanStartChats=False"], { CustomFieldDataItems: [item, { ...item, CustomFieldName: "Gone" }] }),
      { customFields: customFieldFilter(["type of issue"]) },
    );
    expect(result).toMatchObject({
      ok: true,
      outputs: { CanStartChats: false, CustomFieldDataItems: [{ CustomFieldName: "type of issue" }] },
    });
  });

  it("wrong shapes are protocol errors", () => {
    for (const items of [
      {},
      ["x"],
      [{ ListOptions: [] }],
      [{ ...item, ListOptions: [1] }],
      [{ ...item, ChangeVisible: 1 }],
    ]) {
      const result = decodeResultText(
        CODECS.GetCustomFieldOptions,
        JSON.stringify(answer([], { CustomFieldDataItems: items })),
      );
      expect(result, JSON.stringify(items)).toMatchObject({ ok: false, reason: "PROTOCOL" });
    }
  });

  it("Location PRE/REGULAR on the provider side, with the seed's NORMAL read as REGULAR", () => {
    const decode = (location: string) =>
      CODECS.GetCustomFieldOptions.decodeInputs(
        VariableReader.parse(["DepartmentName=Sales", `Location=${location}`]),
      );
    expect(decode("pre").Location).toBe("PRE");
    expect(decode("NORMAL").Location).toBe("REGULAR");
    expect(() => decode("LATER")).toThrow(ProviderProtocolError);
  });
});

describe("user info and events", () => {
  it("UserInfoHTML as a top-level property (any case) or as an output variable; blank is nothing", () => {
    const html = "<b>Account</b> a=b";
    expect(decodeResult(CODECS.GetUserDetails, answer([], { UserInfoHtml: html }))).toMatchObject({
      outputs: { UserInfoHTML: html },
    });
    expect(decodeResult(CODECS.GetUserDetails, answer([`UserInfoHTML=${html}`]))).toMatchObject({
      outputs: { UserInfoHTML: html },
    });
    expect(decodeResult(CODECS.GetUserDetails, answer([], { UserInfoHTML: "  " }))).toMatchObject({
      outputs: {},
    });
    expect(
      decodeResultText(CODECS.GetUserDetails, JSON.stringify(answer([], { UserInfoHTML: 5 }))),
    ).toMatchObject({
      reason: "PROTOCOL",
    });
  });

  it("NotifyEventFired sends EventType and Args_ keys, read back on the provider side", () => {
    const inputs = CODECS.NotifyEventFired.encodeInputs({
      EventType: 502002,
      Args: { "Ticket Number": "T-1", status: "a=b" },
    });
    expect(inputs).toEqual(["EventType=502002", "Args_Ticket Number=T-1", "Args_status=a=b"]);
    expect(CODECS.NotifyEventFired.decodeInputs(VariableReader.parse(inputs))).toEqual({
      EventType: 502002,
      Args: { "Ticket Number": "T-1", status: "a=b" },
    });
    expect(() => CODECS.NotifyEventFired.decodeInputs(VariableReader.parse(["EventType=soon"]))).toThrow(
      ProviderProtocolError,
    );
  });

  it("required inputs missing on the provider side are listed", () => {
    expect(() =>
      CODECS.Authenticate.decodeInputs(VariableReader.parse(["LoginUsername=", "AuthPW=x"])),
    ).toThrow(expect.objectContaining({ missing: ["LoginUsername", "LoginPassword"] }));
  });
});

describe("event type table", () => {
  it("holds the 67 documented IDs, each once, with the documented names", () => {
    const types = Object.values(EVENT_TYPES);
    expect(types).toHaveLength(67);
    expect(new Set(types.map((type) => type.id)).size).toBe(67);
    expect(eventTypeById(501000)?.name).toBe("KB Article Created");
    expect(eventTypeById(502007)).toBeUndefined();
    expect(EVENT_TYPES.AgentLiveChatStatusChanged.id).toBe(512001);
    expect(EVENT_TYPES.SMTPLoginFailed.id).toBe(510001);
  });
});
