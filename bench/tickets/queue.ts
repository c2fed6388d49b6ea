import { gql, gqlBody } from "../lib/gql.js";
import { load, withCpu } from "../lib/load.js";
import type { TicketBenchContext } from "./context.js";
import { BenchAgentQueuePage } from "./operations.js";

const FILTER = { status: ["ACTIVE" as const, "WAITING" as const] };

/**
 * (a) The agent's ticket list page: 25 tickets with requester, agent, department, group and last message,
 * through GraphQL vs the same rows through hand-written SQL. Requests rotate over the signed-in agents.
 */
export async function queueScenario(ctx: TicketBenchContext) {
  const body = gqlBody(BenchAgentQueuePage, { first: 25, filter: FILTER });
  // Same data on both sides: the first agent's page has the same tickets in the same order.
  const agent = ctx.agents[0]!;
  const page = await gql(ctx.graphqlUrl, BenchAgentQueuePage, { first: 25, filter: FILTER }, agent.token);
  const raw = (await (await fetch(`${ctx.rawUrl}/queue?agent=${agent.id}`)).json()) as {
    totalCount: number;
    nodes: Array<{ ticket_number: string }>;
  };
  const gqlNumbers = page.tickets.nodes.map((t) => t.ticketNumber);
  const rawNumbers = raw.nodes.map((t) => t.ticket_number);
  const samePage =
    page.tickets.totalCount === raw.totalCount && JSON.stringify(gqlNumbers) === JSON.stringify(rawNumbers);
  if (!samePage) console.error("queue: GraphQL and raw pages differ", { gqlNumbers, rawNumbers });

  const common = { connections: ctx.connections, duration: ctx.duration };
  const rawResult = await withCpu(ctx.rawCpuMs, () =>
    load({
      ...common,
      url: `${ctx.rawUrl}/queue`,
      method: "GET",
      request: (n) => ({ path: `/queue?agent=${ctx.agents[n % ctx.agents.length]!.id}` }),
    }),
  );
  const graphqlResult = await withCpu(ctx.serverCpuMs, () =>
    load({
      ...common,
      url: ctx.graphqlUrl,
      request: (n) => ({
        body,
        headers: { authorization: `Bearer ${ctx.agents[n % ctx.agents.length]!.token}` },
      }),
      check: (_status, text) => !text.includes('"errors"'),
    }),
  );
  const ratio = Math.round((graphqlResult.requestsPerSecond / rawResult.requestsPerSecond) * 100) / 100;
  return {
    pageSize: page.tickets.nodes.length,
    totalCountFirstAgent: page.tickets.totalCount,
    samePage,
    raw: rawResult,
    graphql: graphqlResult,
    ratio,
    target: "GraphQL ≥ 0.5 × raw requests/s",
    met: samePage && graphqlResult.failed === 0 && ratio >= 0.5,
  };
}
