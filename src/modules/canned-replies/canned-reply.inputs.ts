import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import {
  CannedReplyChannel,
  CannedReplyScope,
  CannedReplyStatus,
  CannedReplyType,
} from "./canned-reply.enums.js";

@InputType({ description: "A new canned reply (Compose and Options tabs, 002 L4496-4515)." })
export class CreateCannedReplyInput {
  @Field({ description: "Title, 1-255 characters." })
  name!: string;

  @Field({ description: "The reply as HTML; may contain variables (see renderCannedReply)." })
  body!: string;

  @Field(() => ID, { nullable: true, description: "Folder; omitted or null = the root folder." })
  folderId?: string | null;

  @Field(() => CannedReplyScope, {
    nullable: true,
    description: "Assign To; default PERSONAL (owned by the caller). DEPARTMENT needs departmentId.",
  })
  scope?: CannedReplyScope | null;

  @Field(() => ID, {
    nullable: true,
    description: "With scope DEPARTMENT: a department in the caller's scope.",
  })
  departmentId?: string | null;

  @Field(() => CannedReplyType, {
    nullable: true,
    description: "Default BOTH; another value needs CANNED_REPLIES_CHANGE_TYPE.",
  })
  type?: CannedReplyType | null;

  @Field(() => CannedReplyStatus, {
    nullable: true,
    description: "Default PUBLIC; DRAFT needs CANNED_REPLIES_MARK_DRAFT.",
  })
  status?: CannedReplyStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "Language tag; default null (any language); a value needs CANNED_REPLIES_CHANGE_LANGUAGE.",
  })
  language?: string | null;
}

@InputType({
  description:
    "Changes to a canned reply; omitted fields stay. Needs CANNED_REPLIES_EDIT, and for status, type and " +
    "language also MARK_DRAFT, CHANGE_TYPE and CHANGE_LANGUAGE when they change.",
})
export class UpdateCannedReplyInput {
  @Field(() => ID, { description: "The canned reply." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New title." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New HTML body." })
  body?: string | null;

  @Field(() => ID, { nullable: true, description: "Move to this folder (Move, 002 L4534)." })
  folderId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: move to the root folder (folderId ignored)." })
  moveToRoot?: boolean | null;

  @Field(() => CannedReplyScope, {
    nullable: true,
    description: "New Assign To; PERSONAL makes the caller the owner; DEPARTMENT needs departmentId.",
  })
  scope?: CannedReplyScope | null;

  @Field(() => ID, { nullable: true, description: "With scope DEPARTMENT: the department." })
  departmentId?: string | null;

  @Field(() => CannedReplyType, { nullable: true, description: "New type (CHANGE_TYPE)." })
  type?: CannedReplyType | null;

  @Field(() => CannedReplyStatus, { nullable: true, description: "New status (MARK_DRAFT)." })
  status?: CannedReplyStatus | null;

  @Field(() => String, { nullable: true, description: "New language tag (CHANGE_LANGUAGE)." })
  language?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: clear the language (any language; CHANGE_LANGUAGE). language is ignored then.",
  })
  clearLanguage?: boolean | null;
}

@InputType({ description: "Canned replies to delete." })
export class DeleteCannedReplyInput {
  @Field(() => ID, { description: "The canned reply." })
  id!: string;
}

@InputType({ description: "A new canned reply folder (002 L4527-4532)." })
export class CreateCannedReplyFolderInput {
  @Field({ description: "Folder name, unique among its siblings." })
  name!: string;

  @Field(() => ID, { nullable: true, description: "Parent Folder; omitted or null = top level." })
  parentId?: string | null;
}

@InputType({ description: "Rename or move a folder (Edit Folder, 002 L4542-4544)." })
export class UpdateCannedReplyFolderInput {
  @Field(() => ID, { description: "The folder." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "New parent; not the folder itself or one inside it." })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: move to the top level (parentId ignored)." })
  moveToTopLevel?: boolean | null;
}

@InputType({ description: "A folder to delete with its subfolders and contents (002 L4546)." })
export class DeleteCannedReplyFolderInput {
  @Field(() => ID, { description: "The folder." })
  id!: string;
}

@InputType({
  description:
    "What to render a canned reply for. Exactly one context: today a ticket; a live chat id will be added " +
    "as another optional field when chats exist.",
})
export class RenderCannedReplyInput {
  @Field(() => ID, { description: "The canned reply." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "The ticket the reply is inserted into." })
  ticketId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Or the live chat the reply is sent to (types CHATS and BOTH; chat variables, plain text).",
  })
  chatId?: string | null;
}

@ArgsType()
export class CannedRepliesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Words that must all occur in the title or the HTML body (case-insensitive).",
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only replies in this folder." })
  folderId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "With folderId: include the folder's subfolders (default false). Without: only the root.",
  })
  includeSubfolders?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only replies in the root folder (no folder). Ignored with folderId.",
  })
  rootOnly?: boolean | null;

  @Field(() => CannedReplyType, { nullable: true, description: "Only replies of exactly this type." })
  type?: CannedReplyType | null;

  @Field(() => CannedReplyChannel, {
    nullable: true,
    description: "Only replies insertable there (type or BOTH): the Insert Canned Reply list (002 L4480).",
  })
  usableFor?: CannedReplyChannel | null;

  @Field(() => String, {
    nullable: true,
    description: "Only replies in this language (or, with anyLanguage, null).",
  })
  language?: string | null;

  @Field(() => CannedReplyScope, {
    nullable: true,
    description: "Only replies with this Assign To (PERSONAL = My Canned Replies, 002 L4448).",
  })
  scope?: CannedReplyScope | null;

  @Field(() => ID, { nullable: true, description: "Only DEPARTMENT replies of this department." })
  departmentId?: string | null;

  @Field(() => CannedReplyStatus, { nullable: true, description: "Only replies with this flag." })
  status?: CannedReplyStatus | null;
}

@ArgsType()
export class CannedReplyFoldersArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Children of this folder; omitted = the top-level folders.",
  })
  parentId?: string | null;
}
