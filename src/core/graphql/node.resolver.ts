import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context/context.js";
import { RequirePermission, AUTHENTICATED } from "./authorization.js";
import { parseGlobalId } from "./global-id.js";
import { Node } from "./node.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Refetches any object by its global id; null when it does not exist or is not visible.",
  })
  @RequirePermission(AUTHENTICATED)
  async node(
    @Arg("id", () => ID, { description: "A global id from any object's `id`." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<object | null> {
    const parsed = parseGlobalId(id);
    if (!parsed) return null;
    const fetcher = ctx.app.nodes.get(parsed.type);
    if (!fetcher) return null;
    return fetcher(ctx, parsed.id);
  }
}
