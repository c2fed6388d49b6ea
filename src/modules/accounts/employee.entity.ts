import { DecimalType, Entity, Property } from "@mikro-orm/core";
import { Field, Float, Int, ObjectType, UseMiddleware } from "type-graphql";
import { Node } from "../../core/graphql/node.js";
import { Account, AccountKind } from "./account.entity.js";
import { PrivateToColleagues } from "./employee-privacy.js";

/**
 * An agent, manager or administrator (000; 002 L6137-6261). Contact Info and Portal Settings live on
 * Account (users have the same tabs). Fields marked private are visible to administrators and to the
 * employee only; colleagues see the directory fields (names, email, roles).
 */
@ObjectType({
  implements: [Node, Account],
  description: "A company employee: agent, manager or administrator.",
})
@Entity({ discriminatorValue: AccountKind.EMPLOYEE })
export class Employee extends Account {
  override kind = AccountKind.EMPLOYEE;

  @Field(() => String, {
    nullable: true,
    description: "Display Name for Chat: replaces the display name in live chats.",
  })
  @Property({ length: 255, nullable: true })
  displayNameForChat?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => Float, { description: "Hourly Cost for Reporting (default 10.00)." })
  @Property({ type: new DecimalType("number"), precision: 10, scale: 2, default: 10 })
  hourlyCost: number = 10;

  // Tickets: external email client handling (000 L82-97)
  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, {
    nullable: true,
    description: "Copy To Address: assigned tickets and customer messages are copied here.",
  })
  @Property({ length: 320, nullable: true })
  copyToAddress?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field({
    description: "Whether copying to copyToAddress is on (on by default once an address is entered).",
  })
  @Property({ default: true })
  copyToEnabled: boolean = true;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => [String], { description: "Other Reply From Address(es)." })
  @Property({ type: "text[]", default: "{}" })
  otherReplyFromAddresses: string[] = [];

  @UseMiddleware(PrivateToColleagues)
  @Field(() => Int, {
    nullable: true,
    description: "Max Tickets (overall); overrides each group's Max Tickets.",
  })
  @Property({ type: "integer", nullable: true })
  maxTickets?: number | null;

  // Live Chat (000 L98-104)
  @UseMiddleware(PrivateToColleagues)
  @Field(() => Int, { description: "Max Active Live Chats (default 1)." })
  @Property({ default: 1 })
  maxActiveLiveChats: number = 1;

  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Pop-up new chats automatically." })
  @Property({ default: true })
  popUpNewChatsAutomatically: boolean = true;

  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Play chat sounds." })
  @Property({ default: true })
  playChatSounds: boolean = true;

  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Play a sound when a chat is queued." })
  @Property({ default: true })
  playSoundWhenChatQueued: boolean = true;

  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Block chat (no pop-ups) while composing call logs." })
  @Property({ default: false })
  blockChatWhileComposingCallLogs: boolean = false;
}
