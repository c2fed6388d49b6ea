import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { CannedReply, CannedReplyFolder } from "./canned-reply.entity.js";

const ERRORS = "Expected failures; when present, nothing was changed.";

@ObjectType({ description: "Result of createCannedReply and updateCannedReply." })
export class CannedReplyPayload {
  @Field(() => CannedReply, { nullable: true, description: "The reply as saved; null when refused." })
  cannedReply?: CannedReply;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteCannedReply." })
export class DeleteCannedReplyPayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted reply; null when refused." })
  deletedCannedReplyId?: string;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of createCannedReplyFolder and updateCannedReplyFolder." })
export class CannedReplyFolderPayload {
  @Field(() => CannedReplyFolder, { nullable: true, description: "The folder as saved; null when refused." })
  folder?: CannedReplyFolder;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteCannedReplyFolder." })
export class DeleteCannedReplyFolderPayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted folder; null when refused." })
  deletedFolderId?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "How many replies the caller could not see were in the deleted folders: moved to the root, not deleted.",
  })
  movedToRootCount?: number;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "A canned reply rendered for insertion." })
export class RenderedCannedReply {
  @Field(() => CannedReply, { description: "The canned reply." })
  cannedReply!: CannedReply;

  @Field({ description: "The body with every known variable replaced by its HTML-escaped value." })
  html!: string;

  @Field(() => [String], {
    description: "Variables in the body that are not known (left as written), e.g. [%FOO%].",
  })
  unknownVariables!: string[];
}
