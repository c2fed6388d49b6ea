import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contractSuite } from "../contract/contract-suite.js";
import { CONTRACT_NAMES } from "../contract/contracts.js";
import { customFieldFilter } from "../contract/common.js";
import { ProviderConfigError } from "../contract/errors.js";
import type { SampleProvider } from "../contract/testing/sample-provider.js";
import type { DeliveryRecord } from "../http/delivery.js";
import { loadInProcessProvider } from "./loader.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const odd = { module: "./testing/odd-modules.ts", baseDir: here };
const ticket = { DepartmentName: "Support", TicketNumber: "T-1", CustomFields: {} };

contractSuite("in-process", {
  contracts: CONTRACT_NAMES,
  setup: async () => {
    // The module says which contracts it implements (its `contracts` export); the config does not.
    const loaded = await loadInProcessProvider({ module: "./testing/sample-module.ts", baseDir: here });
    return {
      login: loaded.get("IExternalLoginProvider"),
      registration: loaded.get("IExternalRegistrationProvider"),
      customFields: loaded.get("IExternalCustomFieldProvider"),
      ticket: loaded.get("IExternalTicketProvider"),
      chat: loaded.get("IExternalChatProvider"),
      userInfo: loaded.get("IExternalUserInfoProvider"),
      events: loaded.get("IExternalEventProvider"),
      receivedEvents: () => (loaded.implementation as SampleProvider).events,
    };
  },
});

describe("in-process loader", () => {
  it("builds a class export with the configured options; outputs pass through the codec's checks", async () => {
    const loaded = await loadInProcessProvider({
      ...odd,
      export: "TicketByOption",
      contracts: ["IExternalTicketProvider"],
      options: { department: "Critical Support" },
      customFields: customFieldFilter(["plan type"]),
    });
    expect(await loaded.get("IExternalTicketProvider").StartTicket(ticket)).toEqual({
      ok: true,
      Message: "",
      outputs: {
        TicketCreation: true,
        departmentName: "Critical Support",
        CustomFields: { "plan type": "Gold" },
      },
    });
    expect(() => loaded.get("IExternalLoginProvider")).toThrow(ProviderConfigError);
  });

  it("refuses a module that lacks a method of a contract it claims", async () => {
    await expect(
      loadInProcessProvider({ ...odd, export: "halfLogin", contracts: ["IExternalLoginProvider"] }),
    ).rejects.toThrow(/IExternalLoginProvider\.GetSignInCookieInfo/);
  });

  it("refuses unknown contracts, missing claims, missing exports, non-providers and missing modules", async () => {
    const attempts = [
      { ...odd, export: "halfLogin", contracts: ["IExternalMagicProvider" as never] },
      { ...odd, export: "halfLogin" },
      { ...odd, export: "nope", contracts: ["IExternalLoginProvider" as const] },
      { ...odd, export: "notAProvider", contracts: ["IExternalLoginProvider" as const] },
      {
        module: "./testing/does-not-exist.ts",
        baseDir: here,
        contracts: ["IExternalLoginProvider" as const],
      },
    ];
    for (const config of attempts) {
      await expect(loadInProcessProvider(config), JSON.stringify(config)).rejects.toThrow(
        ProviderConfigError,
      );
    }
  });

  it("turns throws, garbage, bogus failures and hangs into typed failures, each with a delivery record", async () => {
    const records: DeliveryRecord[] = [];
    const loaded = await loadInProcessProvider({
      ...odd,
      export: "misbehaving",
      contracts: [
        "IExternalLoginProvider",
        "IExternalTicketProvider",
        "IExternalChatProvider",
        "IExternalUserInfoProvider",
        "IExternalEventProvider",
      ],
      timeoutMs: 100,
      sink: { record: (record) => void records.push(record) },
    });
    const p = loaded.provider;
    const login = { LoginUsername: "bob", LoginPassword: "secret" };
    expect(await p.Authenticate?.(login)).toMatchObject({ ok: false, reason: "PROVIDER_ERROR" });
    expect(await p.GetSignInCookieInfo?.({ LoginUsername: "bob" })).toMatchObject({
      ok: false,
      reason: "PROTOCOL",
    });
    expect(await p.StartTicket?.(ticket)).toMatchObject({ ok: false, reason: "TIMEOUT" });
    expect(await p.StartChat?.({ DepartmentName: "Sales", CustomFields: {} })).toMatchObject({
      reason: "PROTOCOL",
    });
    expect(await p.GetUserDetails?.({ TicketNumber: "T", InteractionType: "ticket" })).toMatchObject({
      reason: "PROTOCOL",
    });
    expect(await p.NotifyEventFired?.({ EventType: 502000, Args: {} })).toEqual({
      ok: false,
      reason: "REFUSED",
      Message: "Permission Denied",
    });
    expect(records.map((record) => record.outcome)).toEqual([
      "PROVIDER_ERROR",
      "PROTOCOL",
      "TIMEOUT",
      "PROTOCOL",
      "PROTOCOL",
      "REFUSED",
    ]);
    expect(records[0]?.target).toBe("inprocess:./testing/odd-modules.ts");
    expect(records[0]?.request?.body).toContain("LoginPassword=********");
    expect(records[0]?.request?.body).not.toContain("secret");
  });
});
