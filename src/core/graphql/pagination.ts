import type { EntityName, FilterQuery, FindOptions } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { BadInputError } from "../errors/app-errors.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field({ description: "More objects follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "Objects precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; null for an empty page." })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to continue after." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to continue before." })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: "Opaque cursor of this edge." })
    cursor!: string;

    @Field(() => nodeType, { description: "The object." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: "The objects of this page, each with its cursor." })
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for clients that need no cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many objects match, across all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

function decodeCursor(cursor: string, field: string): number {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^o:(\d+)$/.exec(raw);
  if (!match) throw new BadInputError(`"${cursor}" is not a valid cursor.`, [field]);
  return Number(match[1]);
}

function pageSize(value: number | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadInputError(`${field} must be between 0 and ${MAX_PAGE_SIZE}.`, [field]);
  }
  return value;
}

/** Resolves first/after/last/before into an offset window over `total` rows. */
export function pageWindow(args: ConnectionArgs, total: number): { offset: number; limit: number } {
  const first = pageSize(args.first, "first");
  const last = pageSize(args.last, "last");
  let start = args.after ? decodeCursor(args.after, "after") + 1 : 0;
  let end = args.before ? Math.min(decodeCursor(args.before, "before"), total) : total;
  if (first === undefined && last === undefined) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  return { offset: start, limit: Math.max(0, end - start) };
}

export function toConnection<T>(rows: T[], offset: number, total: number): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  const pageInfo = new PageInfo();
  pageInfo.hasPreviousPage = offset > 0;
  pageInfo.hasNextPage = offset + rows.length < total;
  pageInfo.startCursor = edges[0]?.cursor ?? null;
  pageInfo.endCursor = edges.at(-1)?.cursor ?? null;
  return { edges, nodes: rows, pageInfo, totalCount: total };
}

/** One count and one page query, whatever the page size. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  options: Pick<FindOptions<T>, "orderBy"> = {},
): Promise<ConnectionShape<T>> {
  const total = await em.count(entity, where);
  const { offset, limit } = pageWindow(args, total);
  const rows = limit === 0 ? [] : await em.find(entity, where, { ...options, offset, limit });
  return toConnection(rows as T[], offset, total);
}
