import { timedLoop } from "../lib/load.js";
import { summarize } from "../lib/stats.js";
import type { TicketBenchContext } from "./context.js";
import { lcg } from "./context.js";
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

/**
 * (c) Full-text search over subjects and messages: the raw baseline (hand-written SQL on the seed's GIN
 * index) always; the GraphQL side once the schema has an entry point, and until then the result says so
 * instead of measuring something else.
 */
export async function searchScenario(
  ctx: TicketBenchContext,
  tickets: number,
  total: number,
  concurrency: number,
) {
  const queries = searchQueries(total, tickets, ctx.users);
  const latencies: number[] = new Array<number>(total);
  const raw = await timedLoop(total, concurrency, async (n) => {
    const t0 = performance.now();
    const response = await fetch(`${ctx.rawUrl}/search?q=${encodeURIComponent(queries[n]!.q)}`);
    await response.arrayBuffer();
    latencies[n] = performance.now() - t0;
    return response.ok;
  });
  const entryPoint = await findSearchEntryPoint(ctx);
  return {
    queries: total,
    concurrency,
    raw: { ...raw, byKind: byKind(queries, latencies) },
    graphql: entryPoint
      ? {
          available: true,
          entryPoint,
          note: "entry point found after this harness was written: not measured",
        }
      : {
          available: false,
          note: "The schema has no full-text ticket search yet (no TicketFilter text field, no searchTickets).",
        },
    target: "GraphQL search p95 < 100 ms",
    met: false,
  };
}
