/**
 * The contract tests every adapter runs: the documented sample provider's behaviour (002 L2118-2540), seen
 * through the typed interfaces. An adapter test calls `contractSuite` with the contracts it implements and a
 * setup that returns adapters wired to a provider with the sample logic (the http adapter: a real HTTP
 * server speaking the wire form; the in-process loader: the sample module; LDAP: a directory holding the
 * sample user). Business answers (`Authentication=FAIL`, `TicketCreation=FALSE`) are `ok` results; only the
 * transport can fail, and a failure here fails the test with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IExternalChatProvider } from "./chat.js";
import type { ContractName } from "./contracts.js";
import type { IExternalCustomFieldProvider } from "./custom-field.js";
import type { IExternalEventProvider, NotifyEventFiredInputs } from "./event.js";
import { EVENT_TYPES } from "./event-types.js";
import type { IExternalLoginProvider } from "./login.js";
import type { IExternalRegistrationProvider } from "./registration.js";
import type { ProviderResult } from "./result.js";
import type { IExternalTicketProvider } from "./ticket.js";
import type { IExternalUserInfoProvider } from "./user-info.js";
import { SAMPLE } from "./testing/sample-provider.js";

export interface ContractSubjects {
  readonly login?: IExternalLoginProvider;
  readonly registration?: IExternalRegistrationProvider;
  readonly customFields?: IExternalCustomFieldProvider;
  readonly ticket?: IExternalTicketProvider;
  readonly chat?: IExternalChatProvider;
  readonly userInfo?: IExternalUserInfoProvider;
  readonly events?: IExternalEventProvider;
  /** What the provider behind the adapter received: NotifyEventFired has no outputs to check. */
  readonly receivedEvents?: () => readonly NotifyEventFiredInputs[];
  readonly close?: () => Promise<void>;
}

export interface ContractSuiteOptions {
  /** The contracts the adapter implements; the others are not run. */
  readonly contracts: readonly ContractName[];
  readonly setup: () => Promise<ContractSubjects>;
}

/** Unwraps a result, failing the test with the failure's reason and message. */
export function expectOk<T>(result: ProviderResult<T>): { Message: string; outputs: T } {
  if (!result.ok) expect.fail(`expected an answer, got ${result.reason}: ${result.Message}`);
  return result;
}

function subject<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the setup returned no ${name}`);
  return value;
}

export function contractSuite(adapter: string, options: ContractSuiteOptions): void {
  // Contracts the adapter does not implement are left out rather than reported as skipped tests.
  const when = (name: ContractName, body: () => void) => {
    if (options.contracts.includes(name)) describe(name, body);
  };
  let subjects: ContractSubjects = {};

  describe(`${adapter}: provider contracts`, () => {
    beforeAll(async () => {
      subjects = await options.setup();
    });
    afterAll(async () => {
      await subjects.close?.();
    });

    when("IExternalLoginProvider", () => {
      const login = () => subject(subjects.login, "login provider");

      it("Authenticate: the sample user and password give Authentication=OK with email and display name", async () => {
        const { outputs } = expectOk(
          await login().Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: SAMPLE.password }),
        );
        expect(outputs).toMatchObject({
          Authentication: "OK",
          EmailAddress: SAMPLE.email,
          DisplayName: SAMPLE.displayName,
        });
      });

      it("Authenticate: a wrong password is the business answer Authentication=FAIL, not a failure", async () => {
        const { outputs } = expectOk(
          await login().Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: "not-the-password" }),
        );
        expect(outputs.Authentication).toBe("FAIL");
      });

      it("Authenticate: an unknown user gives Authentication=FAIL", async () => {
        const { outputs } = expectOk(
          await login().Authenticate({ LoginUsername: "nobody-here", LoginPassword: SAMPLE.password }),
        );
        expect(outputs.Authentication).toBe("FAIL");
      });

      it("GetSignInCookieInfo: the sample user is known without a password; others are not", async () => {
        const known = expectOk(await login().GetSignInCookieInfo({ LoginUsername: SAMPLE.username }));
        expect(known.outputs).toMatchObject({ Authentication: "OK", EmailAddress: SAMPLE.email });
        const unknown = expectOk(await login().GetSignInCookieInfo({ LoginUsername: "nobody-here" }));
        expect(unknown.outputs.Authentication).toBe("FAIL");
      });
    });

    when("IExternalRegistrationProvider", () => {
      const registration = () => subject(subjects.registration, "registration provider");
      const form = {
        LoginPassword: "pw",
        EmailAddress: "new@example.com",
        CustomFields: { "Plan Type": "Gold" },
      };

      it("Register: a new username gives Registration=OK; a taken one Registration=FAIL with a message", async () => {
        const created = expectOk(await registration().Register({ ...form, LoginUsername: "newcomer" }));
        expect(created.outputs.Registration).toBe("OK");
        const taken = expectOk(await registration().Register({ ...form, LoginUsername: SAMPLE.username }));
        expect(taken.outputs.Registration).toBe("FAIL");
        expect(taken.Message).toBe("That username is already taken.");
      });
    });

    when("IExternalCustomFieldProvider", () => {
      const fields = () => subject(subjects.customFields, "custom field provider");
      const ask = (
        DepartmentName: string,
        Location: "PRE" | "REGULAR",
        LoginUsername: string = SAMPLE.username,
      ) => fields().GetCustomFieldOptions({ LoginUsername, DepartmentName, Location, CustomFields: {} });

      it("PRE step in the support department: the Account list and the support issue types", async () => {
        const { outputs } = expectOk(await ask("Support Department", "PRE"));
        expect(outputs.CanStartTickets).toBe(true);
        expect(outputs.CanStartChats).toBe(true);
        const account = outputs.CustomFieldDataItems.find((item) => item.CustomFieldName === "Account");
        expect(account).toMatchObject({
          ChangeListOptions: true,
          ListOptions: SAMPLE.accounts,
          NewRequiredValue: true,
        });
        const issue = outputs.CustomFieldDataItems.find((item) => item.CustomFieldName === "Type of Issue");
        expect(issue?.ListOptions).toEqual(SAMPLE.supportIssues);
      });

      it("REGULAR step in sales: the sales issue types, required and visible; no Account list", async () => {
        const { outputs } = expectOk(await ask("Sales Department", "REGULAR"));
        expect(outputs.CustomFieldDataItems.map((item) => item.CustomFieldName)).toEqual(["Type of Issue"]);
        expect(outputs.CustomFieldDataItems[0]).toMatchObject({
          ChangeListOptions: true,
          ListOptions: SAMPLE.salesIssues,
          ChangeRequired: true,
          NewRequiredValue: true,
          ChangeVisible: true,
          NewVisibleValue: true,
          DisplayWithInformationLookup: false,
        });
      });

      it("a department without issue types hides the field and makes it optional", async () => {
        const { outputs } = expectOk(await ask("Billing Department", "REGULAR"));
        expect(outputs.CustomFieldDataItems[0]).toMatchObject({
          CustomFieldName: "Type of Issue",
          ChangeRequired: true,
          NewRequiredValue: false,
          ChangeVisible: true,
          NewVisibleValue: false,
        });
      });

      it("another user may not start tickets; chats only with sales; the message explains", async () => {
        const support = expectOk(await ask("Support Department", "PRE", "someone-else"));
        expect(support.outputs).toMatchObject({ CanStartTickets: false, CanStartChats: false });
        expect(support.Message).toBe(SAMPLE.notPermitted);
        const sales = expectOk(await ask("Sales Department", "PRE", "someone-else"));
        expect(sales.outputs).toMatchObject({ CanStartTickets: false, CanStartChats: true });
      });
    });

    when("IExternalTicketProvider", () => {
      const tickets = () => subject(subjects.ticket, "ticket provider");
      const ticket = { DepartmentName: "Support Department", TicketNumber: "ABC-12345", CustomFields: {} };

      it("an Urgent subject is rerouted to Critical Support (a value may contain '=')", async () => {
        const { outputs, Message } = expectOk(
          await tickets().StartTicket({ ...ticket, LoginUsername: "someone", Subject: "Urgent: a=b fails" }),
        );
        expect(outputs).toMatchObject({ TicketCreation: true, departmentName: "Critical Support" });
        expect(Message).toBe("Ticket Creation Successful");
      });

      it("the custom field 'Issue Type' = Server Down goes to the Server Operations Department", async () => {
        const { outputs } = expectOk(
          await tickets().StartTicket({
            ...ticket,
            Subject: "help",
            CustomFields: { "Issue Type": "Server Down" },
          }),
        );
        expect(outputs.departmentName).toBe("Server Operations Department");
      });

      it("the sample user's ticket gets the Billing ID and Plan Type custom fields; no reroute", async () => {
        const { outputs } = expectOk(
          await tickets().StartTicket({ ...ticket, LoginUsername: SAMPLE.username, Subject: "hello" }),
        );
        expect(outputs.CustomFields).toEqual(SAMPLE.customFields);
        expect(outputs.departmentName).toBeUndefined();
      });

      it("'There are no more tickets in your account' is TicketCreation=false with the message", async () => {
        const result = expectOk(
          await tickets().StartTicket({ ...ticket, LoginUsername: SAMPLE.outOfCreditUsername }),
        );
        expect(result.outputs.TicketCreation).toBe(false);
        expect(result.Message).toBe(SAMPLE.noMoreTickets);
      });
    });

    when("IExternalChatProvider", () => {
      const chats = () => subject(subjects.chat, "chat provider");

      it("StartChat: created, with the sample user's custom fields", async () => {
        const { outputs } = expectOk(
          await chats().StartChat({
            LoginUsername: SAMPLE.username,
            DepartmentName: "Sales",
            CustomFields: {},
          }),
        );
        expect(outputs).toMatchObject({ ChatCreation: true, CustomFields: SAMPLE.customFields });
      });

      it("StartChat: out of chats is ChatCreation=false with the message", async () => {
        const result = expectOk(
          await chats().StartChat({
            LoginUsername: SAMPLE.outOfCreditUsername,
            DepartmentName: "Sales",
            CustomFields: {},
          }),
        );
        expect(result.outputs.ChatCreation).toBe(false);
        expect(result.Message).toBe(SAMPLE.noMoreChats);
      });
    });

    when("IExternalUserInfoProvider", () => {
      const info = () => subject(subjects.userInfo, "user info provider");
      const view = {
        TicketNumber: "ABC-12345",
        InteractionType: "ticket" as const,
        DepartmentName: "Support",
      };

      it("GetUserDetails: HTML for the sample user, nothing for others", async () => {
        const known = expectOk(await info().GetUserDetails({ ...view, Username: SAMPLE.username }));
        expect(known.outputs.UserInfoHTML).toBe(SAMPLE.userInfoHtml);
        const other = expectOk(await info().GetUserDetails({ ...view, Username: "someone" }));
        expect(other.outputs.UserInfoHTML).toBeUndefined();
      });
    });

    when("IExternalEventProvider", () => {
      it("NotifyEventFired delivers the numeric EventType and the Args_ values", async () => {
        const events = subject(subjects.events, "event provider");
        const Args = { title: "How to reset a password", "Department Name": "Support" };
        const result = expectOk(
          await events.NotifyEventFired({ EventType: EVENT_TYPES.KBArticleCreated.id, Args }),
        );
        expect(result.Message).toBe("Event Notification Successful");
        const received = subject(subjects.receivedEvents, "receivedEvents")();
        expect(received.at(-1)).toEqual({ EventType: 501000, Args });
      });
    });
  });
}
