import type { TicketBenchContext } from "./context.js";

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
  const filterField = body.data.f?.inputFields.find((f) => /^(text|search|query|fullText)$/i.test(f.name));
  if (filterField) return `tickets(filter: { ${filterField.name} })`;
  const query = body.data.q.fields.find((f) => /^searchTickets$/i.test(f.name));
  return query ? query.name : null;
}

/**
 * (c) Full-text search over subjects and messages. Until the tickets module ships it, the schema has no
 * entry point: the scenario says so instead of measuring something else.
 */
export async function searchScenario(ctx: TicketBenchContext) {
  const entryPoint = await findSearchEntryPoint(ctx);
  if (!entryPoint)
    return {
      available: false,
      note: "The schema has no full-text ticket search yet (no TicketFilter text field, no searchTickets).",
      target: "p95 < 100 ms",
      met: false,
    };
  return { available: true, entryPoint, note: "entry point found; scenario not written yet", met: false };
}
