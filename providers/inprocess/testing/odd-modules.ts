/** Provider exports that are wrong or misbehave, for the loader's refusals and the guard's failures. */
import { succeed, type ProviderResult } from "../../contract/result.js";
import type { StartTicketInputs, StartTicketOutputs } from "../../contract/ticket.js";

/** A class export, built with the configured options. */
export class TicketByOption {
  constructor(private readonly options: { department: string }) {}
  async StartTicket(_inputs: StartTicketInputs): Promise<ProviderResult<StartTicketOutputs>> {
    return succeed({
      TicketCreation: true,
      departmentName: this.options.department,
      CustomFields: { "Plan Type": "Gold", Unknown: "x" },
    });
  }
}

/** Claims the login contract (in the test's config) but has only half of it. */
export const halfLogin = {
  async Authenticate() {
    return succeed({ Authentication: "OK", CustomFields: {} });
  },
};

/** Every way an in-process provider can misbehave. */
export const misbehaving = {
  async Authenticate(): Promise<never> {
    throw new Error("database unreachable");
  },
  async GetSignInCookieInfo() {
    return { ok: true, Message: "", outputs: { Authentication: "MAYBE", CustomFields: {} } };
  },
  StartTicket(): Promise<never> {
    return new Promise(() => {});
  },
  async StartChat() {
    return null;
  },
  async GetUserDetails() {
    return { ok: false, reason: "BECAUSE", Message: "no" };
  },
  async NotifyEventFired() {
    return { ok: false, reason: "REFUSED", Message: "Permission Denied" };
  },
};

export const notAProvider = 42;
