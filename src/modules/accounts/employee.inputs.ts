import { Field, Float, ID, InputType, Int } from "type-graphql";
import { AuthenticationMethod } from "./account.entity.js";
import { AccountProfileFields } from "./account.inputs.js";

/** The Details, Tickets and Live Chat settings of an employee (002 L6162-6261), optional everywhere. */
// Registered so subclasses inherit the fields; never referenced itself, so not in the schema.
@InputType("EmployeeSettingsFields", { description: "Employee settings shared by create and update." })
export abstract class EmployeeSettingsFields extends AccountProfileFields {
  @Field(() => String, { nullable: true, description: "Display Name for Chat (an alias in live chats)." })
  displayNameForChat?: string | null;

  @Field(() => Float, { nullable: true, description: "Hourly Cost for Reporting (default 10.00)." })
  hourlyCost?: number | null;

  @Field(() => String, { nullable: true, description: "Copy To Address for an external email client." })
  copyToAddress?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether copying to copyToAddress is on (default on).",
  })
  copyToEnabled?: boolean | null;

  @Field(() => [String], { nullable: true, description: "Other Reply From Address(es); replaces the list." })
  otherReplyFromAddresses?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Max Tickets (overall); null removes the cap." })
  maxTickets?: number | null;

  @Field(() => Int, { nullable: true, description: "Max Active Live Chats (default 1)." })
  maxActiveLiveChats?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Pop-up new chats automatically (default on)." })
  popUpNewChatsAutomatically?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Play chat sounds (default on)." })
  playChatSounds?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Play sound when a chat is queued (default on)." })
  playSoundWhenChatQueued?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Block chat while composing call logs." })
  blockChatWhileComposingCallLogs?: boolean | null;
}

@InputType({ description: "A new employee (002 L6145-6261); created by administrators only (002 L1137)." })
export class CreateEmployeeInput extends EmployeeSettingsFields {
  @Field({ description: "Username, unique across employees and users." })
  username!: string;

  @Field({ description: "Display Name." })
  displayName!: string;

  @Field({ description: "Business email address." })
  email!: string;

  @Field(() => AuthenticationMethod, {
    nullable: true,
    description: "How the employee signs in (default PASSWORD).",
  })
  authenticationMethod?: AuthenticationMethod | null;

  @Field(() => String, {
    nullable: true,
    description: "Authentication Domain; required for ACTIVE_DIRECTORY.",
  })
  authenticationDomain?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Required for PASSWORD authentication; checked against the password requirements.",
  })
  password?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force password change at next login (PASSWORD only).",
  })
  forcePasswordChange?: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Roles; default Everyone, Registered User, Registered User with Verified Email and Agent (002 L6205-6210). " +
      "Everyone and Registered User are always added.",
  })
  roleIds?: string[] | null;
}

@InputType({
  description: "Changes to an employee; omitted fields stay as they are, null clears a text field.",
})
export class UpdateEmployeeInput extends EmployeeSettingsFields {
  @Field(() => ID, { description: "The employee." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New username, unique across employees and users." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "Display Name." })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "Business email address." })
  email?: string | null;

  @Field(() => AuthenticationMethod, {
    nullable: true,
    description: "How the employee signs in; leaving PASSWORD discards the stored password.",
  })
  authenticationMethod?: AuthenticationMethod | null;

  @Field(() => String, { nullable: true, description: "Authentication Domain (ACTIVE_DIRECTORY only)." })
  authenticationDomain?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A new password; needed when switching to PASSWORD authentication.",
  })
  password?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force password change at next login (PASSWORD only).",
  })
  forcePasswordChange?: boolean | null;
}

@InputType({ description: "An administrator sets an employee's password (000 L14-22)." })
export class SetEmployeePasswordInput {
  @Field(() => ID, { description: "The employee." })
  employeeId!: string;

  @Field({ description: "The new password; checked against the password requirements." })
  password!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force a password change at next login; omitted = unchanged.",
  })
  forcePasswordChange?: boolean | null;
}

@InputType({ description: "Employees to delete permanently (000 L7)." })
export class DeleteEmployeesInput {
  @Field(() => [ID], { description: "The employees." })
  ids!: string[];
}
