import { gqlBody, globalId } from "../lib/gql.js";
import { load, withCpu } from "../lib/load.js";
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

/** A fixed number of requests sized to about `seconds` at the rate a short warm-up run reached. */
async function sized(
  warm: () => Promise<{ requestsPerSecond: number }>,
  seconds: number,
  max: number,
): Promise<number> {
  const { requestsPerSecond } = await warm();
  return Math.max(100, Math.min(max, Math.round(requestsPerSecond * seconds)));
}

/**
 * (b) Ticket submission with distribution: the createTicket mutation (requester by email, an initial
 * message, the round-robin assigner) vs a bare INSERT transaction of the same rows. Each side first runs
 * 5 s to warm up and find its pace, then sends a fixed number of requests (about 30 s worth, at most
 * `maxAmount`), so every response is in when the stored rows are counted: nothing may be lost.
 */
export async function submitScenario(ctx: TicketBenchContext, maxAmount: number, connections: number) {
  const run = Date.now().toString(36);
  const random = lcg(42);
  const plan = Array.from({ length: maxAmount }, (_, n) => {
    const department = ctx.departments[Math.floor(random() * ctx.departments.length)]!;
    const user = Math.floor(random() * ctx.users);
    return { n, department, user, email: `user${user}@bench.example` };
  });
  const text = "My order does not arrive and the tracking link shows an error. Please help.";
  const { rows: users } = await ctx.db.query<{ idx: number; id: string }>(
    `select idx, id from bench_seed.users where idx = any($1)`,
    [[...new Set(plan.map((p) => p.user))]],
  );
  const userId = new Map(users.map((u) => [u.idx, u.id]));

  const rawLoad = (prefix: string, amount?: number) =>
    load({
      url: `${ctx.rawUrl}/submit`,
      connections,
      ...(amount ? { amount } : { duration: 5 }),
      request: (n) => {
        const p = plan[n % plan.length]!;
        return {
          body: JSON.stringify({
            departmentId: p.department.id,
            brandId: p.department.brandId,
            groupId: p.department.frontLineGroupId,
            requesterId: userId.get(p.user),
            requesterEmail: p.email,
            subject: `${prefix}${n}`,
            text,
          }),
        };
      },
    });
  const gqlLoad = (prefix: string, amount?: number, byId = false) =>
    load({
      url: ctx.graphqlUrl,
      connections,
      ...(amount ? { amount } : { duration: 5 }),
      headers: { authorization: `Bearer ${ctx.adminToken}` },
      request: (n) => {
        const p = plan[n % plan.length]!;
        return {
          body: gqlBody(BenchCreateTicket, {
            input: {
              subject: `${prefix}${n}`,
              departmentId: globalId("Department", p.department.id),
              ...(byId
                ? { requesterId: globalId("User", userId.get(p.user)!) }
                : { requesterEmail: p.email }),
              direction: "INBOUND",
              message: { textBody: text },
            },
          }),
        };
      },
      check: (_status, body) => !body.includes('"errors"') && body.includes('"userErrors":[]'),
    });

  const rawPrefix = `bench-raw-${run}-`;
  const rawAmount = await sized(() => rawLoad(`bench-warm-raw-${run}-`), 30, maxAmount);
  const raw = await withCpu(ctx.rawCpuMs, () => rawLoad(rawPrefix, rawAmount));
  const rawCount = await countWithPrefix(ctx, rawPrefix);

  const gqlPrefix = `bench-gql-${run}-`;
  const amount = await sized(() => gqlLoad(`bench-warm-gql-${run}-`), 30, maxAmount);
  const graphql = await withCpu(ctx.serverCpuMs, () => gqlLoad(gqlPrefix, amount));
  const gqlCount = await countWithPrefix(ctx, gqlPrefix);
  // The same with the requester given by id: what the email lookup (account.email ilike) costs.
  const byIdPrefix = `bench-gqlid-${run}-`;
  const byIdAmount = await sized(() => gqlLoad(`bench-warm-gqlid-${run}-`, undefined, true), 30, maxAmount);
  const byId = await withCpu(ctx.serverCpuMs, () => gqlLoad(byIdPrefix, byIdAmount, true));
  const byIdCount = await countWithPrefix(ctx, byIdPrefix);
  const okResponses = graphql.requests - graphql.failed;
  const nothingLost =
    graphql.failed === 0 &&
    gqlCount.tickets === amount &&
    gqlCount.messages === amount &&
    gqlCount.history === amount &&
    okResponses === amount;
  return {
    connections,
    raw: { amount: rawAmount, ...raw, stored: rawCount },
    graphql: { amount, ...graphql, stored: gqlCount },
    graphqlRequesterById: { amount: byIdAmount, ...byId, stored: byIdCount },
    ticketsPerSecond: graphql.requestsPerSecond,
    nothingLost,
    target: "≥ 400 tickets/s through createTicket with distribution, every ticket stored",
    met: nothingLost && graphql.requestsPerSecond >= 400,
  };
}
