import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { GraphQLFormattedError } from "graphql";

/** The JSON body of a GraphQL POST, for clients (autocannon) that send a prepared string. */
export function gqlBody<T, V>(doc: TypedDocumentNode<T, V>, variables: V): string {
  return JSON.stringify({ query: print(doc), variables });
}

/** Runs one operation over HTTP and returns data; throws on any GraphQL error or userErrors in the result. */
export async function gql<T, V>(
  url: string,
  doc: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: gqlBody(doc, variables),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLFormattedError[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  const userErrors = findUserErrors(body.data);
  if (userErrors.length) throw new Error(`userErrors: ${JSON.stringify(userErrors)}`);
  return body.data!;
}

/** Every non-empty `userErrors` list one level down in a mutation result. */
export function findUserErrors(data: unknown): unknown[] {
  if (!data || typeof data !== "object") return [];
  return Object.values(data as Record<string, unknown>).flatMap((v) =>
    v && typeof v === "object" && Array.isArray((v as { userErrors?: unknown[] }).userErrors)
      ? (v as { userErrors: unknown[] }).userErrors
      : [],
  );
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function mapLimit<I, O>(items: I[], limit: number, fn: (item: I, index: number) => Promise<O>) {
  const out: O[] = new Array<O>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index]!, index);
    }
  });
  await Promise.all(workers);
  return out;
}

/** The raw uuid inside a global id ("Type:uuid", base64url), for SQL. */
export function rawId(globalId: string): string {
  return Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
}

/** The global id of a raw uuid (the inverse of rawId). */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}
