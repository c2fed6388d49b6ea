import { Entity, Property } from "@mikro-orm/core";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Node } from "../../core/graphql/node.js";
import { Account, AccountKind } from "./account.entity.js";

/** An agent, manager or administrator (000; 002 L6137-6261). */
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

  @Field(() => Float, { description: "Hourly Cost for Reporting (default 10.00)." })
  @Property({ type: "decimal", precision: 10, scale: 2, default: 10 })
  hourlyCost: number = 10;

  // Contact Info (000 L29-37)
  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  cellPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  workPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  otherPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 255, nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  homeAddress?: string | null;

  // Portal Settings (000 L38-45)
  @Field()
  @Property({ default: false })
  subscribeToCommunityPostsAutomatically: boolean = false;

  @Field()
  @Property({ default: false })
  emailSummariesOfSubscribedCommunityPosts: boolean = false;

  @Field()
  @Property({ default: false })
  emailNewMessagesFromConversations: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  portalSignature?: string | null;

  // Tickets: external email client handling (000 L82-97)
  @Field(() => String, {
    nullable: true,
    description: "Copy To Address: assigned tickets and customer messages are copied here.",
  })
  @Property({ length: 320, nullable: true })
  copyToAddress?: string | null;

  @Field({
    description: "Whether copying to copyToAddress is on (on by default once an address is entered).",
  })
  @Property({ default: true })
  copyToEnabled: boolean = true;

  @Field(() => [String], { description: "Other Reply From Address(es)." })
  @Property({ type: "text[]", default: "{}" })
  otherReplyFromAddresses: string[] = [];

  @Field(() => Int, {
    nullable: true,
    description: "Max Tickets (overall); overrides each group's Max Tickets.",
  })
  @Property({ type: "integer", nullable: true })
  maxTickets?: number | null;

  // Live Chat (000 L98-104)
  @Field(() => Int, { description: "Max Active Live Chats (default 1)." })
  @Property({ default: 1 })
  maxActiveLiveChats: number = 1;

  @Field()
  @Property({ default: true })
  popUpNewChatsAutomatically: boolean = true;

  @Field()
  @Property({ default: true })
  playChatSounds: boolean = true;

  @Field()
  @Property({ default: true })
  playSoundWhenChatQueued: boolean = true;

  @Field()
  @Property({ default: false })
  blockChatWhileComposingCallLogs: boolean = false;
}
