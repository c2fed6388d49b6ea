import { gqlBody, globalId } from "../lib/gql.js";
import { load } from "../lib/load.js";
import type { TicketBenchContext } from "./context.js";
import { lcg } from "./context.js";
import { BenchCreateTicket } from "./operations.js";

async function countWithPrefix(ctx: TicketBenchContext, prefix: string) {
  const { rows } = await ctx.db.query<{
    tickets: number;
    assigned: number;
    messages: number;
    history: number;
  }>(
    `select count(*)::int as tickets, count(t.assigned_agent_id)::int as assigned,
            (select count(*)::int from ticket_message m where m.ticket_id = any(array_agg(t.id))) as messages,
            (select count(*)::int from ticket_history h where h.ticket_id = any(array_agg(t.id))
                                                        and h.field = 'created') as history
       from ticket t where t.subject like $1`,
    [`${prefix}%`],
  );
  return rows[0]!;
}

/**
 * (b) Ticket submission with distribution: the createTicket mutation (requester by email, an initial
 * message, the round-robin assigner) vs a bare INSERT transaction of the same rows. A fixed number of
 * requests, so every response is in when the count is checked: nothing may be lost.
 */
export async function submitScenario(ctx: TicketBenchContext, amount: number, connections: number) {
  const run = Date.now().toString(36);
  const random = lcg(42);
  const plan = Array.from({ length: amount }, (_, n) => {
    const department = ctx.departments[Math.floor(random() * ctx.departments.length)]!;
    const user = Math.floor(random() * ctx.users);
    return { n, department, user, email: `user${user}@bench.example` };
  });
  const text = "My order does not arrive and the tracking link shows an error. Please help.";

  const rawPrefix = `bench-raw-${run}-`;
  const { rows: users } = await ctx.db.query<{ idx: number; id: string }>(
    `select idx, id from bench_seed.users where idx = any($1)`,
    [[...new Set(plan.map((p) => p.user))]],
  );
  const userId = new Map(users.map((u) => [u.idx, u.id]));
  const raw = await load({
    url: `${ctx.rawUrl}/submit`,
    connections,
    amount,
    request: (n) => {
      const p = plan[n % amount]!;
      return {
        body: JSON.stringify({
          departmentId: p.department.id,
          brandId: p.department.brandId,
          groupId: p.department.frontLineGroupId,
          requesterId: userId.get(p.user),
          requesterEmail: p.email,
          subject: `${rawPrefix}${n}`,
          text,
        }),
      };
    },
  });
  const rawCount = await countWithPrefix(ctx, rawPrefix);

  const gqlPrefix = `bench-gql-${run}-`;
  const graphql = await load({
    url: ctx.graphqlUrl,
    connections,
    amount,
    headers: { authorization: `Bearer ${ctx.adminToken}` },
    request: (n) => {
      const p = plan[n % amount]!;
      return {
        body: gqlBody(BenchCreateTicket, {
          input: {
            subject: `${gqlPrefix}${n}`,
            departmentId: globalId("Department", p.department.id),
            requesterEmail: p.email,
            direction: "INBOUND",
            message: { textBody: text },
          },
        }),
      };
    },
    check: (_status, body) => !body.includes('"errors"') && body.includes('"userErrors":[]'),
  });
  const gqlCount = await countWithPrefix(ctx, gqlPrefix);
  const okResponses = graphql.requests - graphql.failed;
  const nothingLost =
    graphql.failed === 0 &&
    gqlCount.tickets === amount &&
    gqlCount.messages === amount &&
    gqlCount.history === amount &&
    okResponses === amount;
  return {
    amount,
    connections,
    raw: { ...raw, stored: rawCount },
    graphql: { ...graphql, stored: gqlCount },
    ticketsPerSecond: graphql.requestsPerSecond,
    nothingLost,
    target: "≥ 400 tickets/s through createTicket with distribution, every ticket stored",
    met: nothingLost && graphql.requestsPerSecond >= 400,
  };
}
