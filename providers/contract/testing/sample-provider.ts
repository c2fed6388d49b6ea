/**
 * The documentation's sample external provider (002 L2118-2540), in TypeScript against the typed contracts:
 * the behaviour every adapter's contract tests expect from the provider behind it. The C# sample keeps its
 * examples in commented-out regions; they are all switched on here, since they are the documented logic.
 * A deliberate difference: the sample's email address "putUsersEmailAddressHere@@example.com" (002 L2134)
 * loses its doubled "@".
 */
import type { AllProviders } from "../contracts.js";
import type { StartChatInputs } from "../chat.js";
import type { ExternalCustomFieldData, GetCustomFieldOptionsInputs } from "../custom-field.js";
import type { AuthenticateInputs, GetSignInCookieInfoInputs } from "../login.js";
import type { StartTicketInputs } from "../ticket.js";
import type { GetUserDetailsInputs } from "../user-info.js";
import type { NotifyEventFiredInputs } from "../event.js";
import type { RegisterInputs } from "../registration.js";
import { refuse, succeed } from "../result.js";
import type { CustomFieldValues } from "../common.js";

export const SAMPLE = {
  username: "myusername",
  password: "mypassword",
  email: "putUsersEmailAddressHere@example.com",
  displayName: "putUsersFullNameHere",
  /** The sample shows the out-of-credit refusal without a condition; this user triggers it here. */
  outOfCreditUsername: "nocredit",
  customFields: { "Billing ID": "4126", "Plan Type": "ASP.NET Semi-dedicated" },
  salesIssues: [
    "Change Plan",
    "Help with order",
    "Questions about plans",
    "Questions about features",
    "Help finding a product",
  ],
  supportIssues: [
    "Web site issues",
    "Database issues",
    "Email issues",
    "Dedicated server issues",
    "Statistics issues",
    "Network connectivity",
  ],
  accounts: ["abc.com", "def.com"],
  notPermitted: "You are not currently permitted to contact that department.",
  noMoreTickets: "There are no more tickets in your account.",
  noMoreChats: "There are no more chats in your account.",
  userInfoHtml: "Account Number: 000-000000-0000 Partner: Yes",
} as const;

const lower = (value: string | undefined): string => (value ?? "").toLowerCase();
const upper = (value: string | undefined): string => (value ?? "").toUpperCase();

/** A directive with the sample's defaults (every flag false, no options). */
function directive(
  CustomFieldName: string,
  changes: Partial<ExternalCustomFieldData>,
): ExternalCustomFieldData {
  return {
    CustomFieldName,
    DisplayWithInformationLookup: false,
    ChangeListOptions: false,
    ListOptions: [],
    ChangeRequired: false,
    NewRequiredValue: false,
    ChangeVisible: false,
    NewVisibleValue: false,
    ...changes,
  };
}

function valueOf(fields: CustomFieldValues, name: string): string | undefined {
  const key = Object.keys(fields).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : fields[key];
}

export class SampleProvider implements AllProviders {
  /** Every NotifyEventFired received, for tests (the method has no outputs to look at). */
  readonly events: NotifyEventFiredInputs[] = [];
  readonly registrations: RegisterInputs[] = [];

  // 002 L2118-2141: case-insensitive comparison, as the sample's ToLowerInvariant does.
  async Authenticate(inputs: AuthenticateInputs) {
    if (!inputs.LoginUsername || !inputs.LoginPassword) return refuse("Required Input Missing");
    if (lower(inputs.LoginUsername) === SAMPLE.username && lower(inputs.LoginPassword) === SAMPLE.password) {
      return this.loginOk();
    }
    return succeed({ Authentication: "FAIL" as const, CustomFields: {} }, "Login Failure");
  }

  // 002 L2171-2193: the same without a password.
  async GetSignInCookieInfo(inputs: GetSignInCookieInfoInputs) {
    if (!inputs.LoginUsername) return refuse("Required Input Missing");
    if (lower(inputs.LoginUsername) === SAMPLE.username) return this.loginOk();
    return succeed({ Authentication: "FAIL" as const, CustomFields: {} }, "Login Failure");
  }

  // The Registration extension (docs/providers.md): the sample user and earlier registrations are taken.
  async Register(inputs: RegisterInputs) {
    const taken = [SAMPLE.username, ...this.registrations.map((r) => lower(r.LoginUsername))];
    if (taken.includes(lower(inputs.LoginUsername))) {
      return succeed({ Registration: "FAIL" as const, CustomFields: {} }, "That username is already taken.");
    }
    this.registrations.push(inputs);
    return succeed({ Registration: "OK" as const, CustomFields: {} }, "Registration Successful");
  }

  // 002 L2240-2301: the three example regions, in the sample's order.
  async GetCustomFieldOptions(inputs: GetCustomFieldOptionsInputs) {
    let Message = "Result okay";
    let CanStartTickets = true;
    let CanStartChats = true;
    if (inputs.LoginUsername !== SAMPLE.username) {
      Message = SAMPLE.notPermitted;
      CanStartTickets = false;
      CanStartChats = upper(inputs.DepartmentName) === "SALES DEPARTMENT";
    }
    const items: ExternalCustomFieldData[] = [];
    if (inputs.Location === "PRE" && upper(inputs.DepartmentName) === "SUPPORT DEPARTMENT") {
      items.push(
        directive("Account", {
          ChangeRequired: true,
          NewRequiredValue: true,
          ChangeListOptions: true,
          ListOptions: [...SAMPLE.accounts],
        }),
      );
    }
    const department = upper(inputs.DepartmentName);
    const shown = {
      ChangeListOptions: true,
      ChangeRequired: true,
      NewRequiredValue: true,
      ChangeVisible: true,
    };
    if (department.includes("SALES")) {
      items.push(
        directive("Type of Issue", { ...shown, NewVisibleValue: true, ListOptions: [...SAMPLE.salesIssues] }),
      );
    } else if (department.includes("SUPPORT")) {
      items.push(
        directive("Type of Issue", {
          ...shown,
          NewVisibleValue: true,
          ListOptions: [...SAMPLE.supportIssues],
        }),
      );
    } else {
      // "Removing issue types field, since there's no options" (002 L2296-2297).
      items.push(
        directive("Type of Issue", {
          ChangeListOptions: true,
          ChangeRequired: true,
          NewRequiredValue: false,
          ChangeVisible: true,
          NewVisibleValue: false,
        }),
      );
    }
    return succeed({ CustomFieldDataItems: items, CanStartTickets, CanStartChats }, Message);
  }

  // 002 L2346-2384.
  async StartTicket(inputs: StartTicketInputs) {
    if (lower(inputs.LoginUsername) === SAMPLE.outOfCreditUsername) {
      return succeed({ TicketCreation: false, CustomFields: {} }, SAMPLE.noMoreTickets);
    }
    let departmentName: string | undefined;
    if (upper(inputs.Subject).includes("URGENT")) departmentName = "Critical Support";
    if (upper(valueOf(inputs.CustomFields, "Issue Type")) === "SERVER DOWN") {
      departmentName = "Server Operations Department";
    }
    return succeed(
      {
        TicketCreation: true,
        ...(departmentName === undefined ? {} : { departmentName }),
        CustomFields: lower(inputs.LoginUsername) === SAMPLE.username ? { ...SAMPLE.customFields } : {},
      },
      "Ticket Creation Successful",
    );
  }

  // 002 L2411-2441.
  async StartChat(inputs: StartChatInputs) {
    if (lower(inputs.LoginUsername) === SAMPLE.outOfCreditUsername) {
      return succeed({ ChatCreation: false, CustomFields: {} }, SAMPLE.noMoreChats);
    }
    const CustomFields = lower(inputs.LoginUsername) === SAMPLE.username ? { ...SAMPLE.customFields } : {};
    return succeed({ ChatCreation: true, CustomFields }, "Chat Creation Successful");
  }

  // 002 L2474-2504.
  async GetUserDetails(inputs: GetUserDetailsInputs) {
    const html = lower(inputs.Username) === SAMPLE.username ? { UserInfoHTML: SAMPLE.userInfoHtml } : {};
    return succeed(html, "User Account Information Retrieved Successfully");
  }

  // 002 L2526-2540.
  async NotifyEventFired(inputs: NotifyEventFiredInputs) {
    this.events.push(inputs);
    return succeed({}, "Event Notification Successful");
  }

  private loginOk() {
    return succeed(
      {
        Authentication: "OK" as const,
        EmailAddress: SAMPLE.email,
        DisplayName: SAMPLE.displayName,
        CustomFields: {},
      },
      "Login Successful",
    );
  }
}
