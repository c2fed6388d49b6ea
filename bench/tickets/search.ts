import { gqlBody } from "../lib/gql.js";
import { timedLoop, withCpu } from "../lib/load.js";
import { summarize } from "../lib/stats.js";
import type { TicketBenchContext } from "./context.js";
import { lcg } from "./context.js";
import { BenchSearchTickets } from "./operations.js";
import { WORDS } from "./vocabulary.js";

interface IntrospectionField {
  name: string;
  args?: Array<{ name: string }>;
}

/** Which full-text entry point the schema offers, if any (the tickets module is adding one). */
export async function findSearchEntryPoint(ctx: TicketBenchContext): Promise<string | null> {
  const response = await fetch(ctx.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ctx.adminToken}` },
    body: JSON.stringify({
      query: `{ q: __type(name: "Query") { fields { name args { name } } }
                f: __type(name: "TicketFilter") { inputFields { name } } }`,
    }),
  });
  const body = (await response.json()) as {
    data: { q: { fields: IntrospectionField[] }; f: { inputFields: IntrospectionField[] } | null };
  };
  const filterField = body.data.f?.inputFields.find((f) =>
    /^(text|search|query|fullText|keywords)$/i.test(f.name),
  );
  if (filterField) return `tickets(filter: { ${filterField.name} })`;
  const query = body.data.q.fields.find((f) => /^searchTickets$/i.test(f.name));
  return query ? query.name : null;
}

type Kind = "orderNumber" | "requesterEmail" | "twoWords";

/** The query mix: a selective order number, a requester's address, two common words. Same every run. */
export function searchQueries(total: number, tickets: number, users: number) {
  const random = lcg(7);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: total }, (_, i): { kind: Kind; q: string } => {
    if (i % 10 < 4) return { kind: "orderNumber", q: `ORD${pick(Math.max(1, Math.floor(tickets / 10)))}` };
    if (i % 10 < 7) return { kind: "requesterEmail", q: `user${pick(users)}@bench.example` };
    return { kind: "twoWords", q: `${WORDS[pick(WORDS.length)]} ${WORDS[pick(WORDS.length)]}` };
  });
}

function byKind(queries: Array<{ kind: Kind }>, latencies: number[]) {
  const out: Record<string, ReturnType<typeof summarize>> = {};
  for (const kind of ["orderNumber", "requesterEmail", "twoWords"] as const)
    out[kind] = summarize(latencies.filter((_, i) => queries[i]!.kind === kind));
  return out;
}

/** Mean and largest totalCount per query kind: what each side found, not only how fast. */
function matchesByKind(queries: Array<{ kind: Kind }>, counts: number[]) {
  const out: Record<string, { mean: number; max: number }> = {};
  for (const kind of ["orderNumber", "requesterEmail", "twoWords"] as const) {
    const own = counts.filter((_, i) => queries[i]!.kind === kind);
    out[kind] = {
      mean: Math.round(own.reduce((a, b) => a + b, 0) / Math.max(1, own.length)),
      max: Math.max(0, ...own),
    };
  }
  return out;
}

/**
 * (c) Full-text search over subjects and messages: the raw baseline (hand-written SQL on the seed's GIN
 * index) and the GraphQL searchTickets (first page of 25 with totalCount, as the administrator, so both
 * sides search every ticket), the same queries at the same concurrency. The two do not search the same
 * text: the raw table also holds the requester address and uses the 'english' configuration; searchTickets
 * covers subjects, message text and ticket numbers ('simple'). Match counts are recorded for both.
 */
export async function searchScenario(
  ctx: TicketBenchContext,
  tickets: number,
  total: number,
  concurrency: number,
) {
  const queries = searchQueries(total, tickets, ctx.users);
  const latencies: number[] = new Array<number>(total);
  const rawCounts: number[] = new Array<number>(total).fill(0);
  const raw = await withCpu(ctx.rawCpuMs, async () => {
    const result = await timedLoop(total, concurrency, async (n) => {
      const t0 = performance.now();
      const response = await fetch(`${ctx.rawUrl}/search?q=${encodeURIComponent(queries[n]!.q)}`);
      const body = (await response.json()) as { totalCount?: number };
      latencies[n] = performance.now() - t0;
      rawCounts[n] = body.totalCount ?? 0;
      return response.ok;
    });
    return { ...result, requests: total };
  });
  const entryPoint = await findSearchEntryPoint(ctx);
  const rawSide = {
    ...raw,
    byKind: byKind(queries, latencies),
    matches: matchesByKind(queries, rawCounts),
  };
  if (entryPoint !== "searchTickets") {
    return {
      queries: total,
      concurrency,
      raw: rawSide,
      graphql: { available: false, entryPoint, note: "no searchTickets query in the schema" },
      target: "GraphQL search p95 < 100 ms",
      met: false,
    };
  }
  const gqlLatencies: number[] = new Array<number>(total);
  const gqlCounts: number[] = new Array<number>(total).fill(0);
  const graphql = await withCpu(ctx.serverCpuMs, async () => {
    const result = await timedLoop(total, concurrency, async (n) => {
      const t0 = performance.now();
      const response = await fetch(ctx.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ctx.adminToken}` },
        body: gqlBody(BenchSearchTickets, { text: queries[n]!.q }),
      });
      const body = (await response.json()) as {
        data?: { searchTickets?: { totalCount: number } };
        errors?: unknown[];
      };
      gqlLatencies[n] = performance.now() - t0;
      gqlCounts[n] = body.data?.searchTickets?.totalCount ?? 0;
      return response.ok && !body.errors;
    });
    return { ...result, requests: total };
  });
  return {
    queries: total,
    concurrency,
    raw: rawSide,
    graphql: {
      available: true,
      entryPoint,
      ...graphql,
      byKind: byKind(queries, gqlLatencies),
      matches: matchesByKind(queries, gqlCounts),
    },
    target: "GraphQL search p95 < 100 ms",
    met: graphql.failed === 0 && graphql.latency.p95 < 100,
  };
}
