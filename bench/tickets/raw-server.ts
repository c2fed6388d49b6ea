import http from "node:http";
import pg from "pg";
import { BENCH_DATABASE_URL } from "../lib/db.js";

/**
 * The raw baseline: the same data as the GraphQL operations, fetched with hand-written SQL through `pg`
 * behind a bare node:http server (no auth, no GraphQL, no ORM). Pool size 10, like the server's.
 * Runs as its own process so that both sides of a comparison are a server process under the same load.
 */
const pool = new pg.Pool({ connectionString: BENCH_DATABASE_URL, max: 10 });

/**
 * The agent's list page: scope = the agent's groups or assigned to them, ACTIVE/WAITING, least idle first.
 * The groups are read first and passed as an array, as the server does: with the membership as a subquery
 * inside the OR, PostgreSQL 15 plans a sequential scan of the whole ticket table (1.4 s at 1M tickets).
 */
const AGENT_GROUPS = `select coalesce(array_agg(group_id), '{}') as groups from agent_group_membership where employee_id = $1`;
const QUEUE_COUNT = `
  select count(*)::int as n from ticket t
   where t.deleted_at is null and t.merged_into_id is null and t.status in ('ACTIVE', 'WAITING')
     and (t.group_id = any($2) or t.assigned_agent_id = $1)`;
const QUEUE_PAGE = `
  select t.id, t.ticket_number, t.subject, t.status, t.priority, t.last_activity_at, t.requester_email,
         r.id as requester_id, r.display_name as requester_name, r.email as requester_address,
         a.id as agent_id, a.display_name as agent_name, d.id as department_id, d.name as department_name,
         g.id as group_id, g.name as group_name,
         lm.id as message_id, lm.created_at as message_at, lm.direction, lm.from_address, lm.text_body
    from (select * from ticket t
           where t.deleted_at is null and t.merged_into_id is null and t.status in ('ACTIVE', 'WAITING')
             and (t.group_id = any($2) or t.assigned_agent_id = $1)
           order by t.last_activity_at desc, t.id asc limit 25) t
    left join account r on r.id = t.requester_id
    left join account a on a.id = t.assigned_agent_id
    join department d on d.id = t.department_id
    left join department_group g on g.id = t.group_id
    left join lateral (select m.id, m.created_at, m.direction, m.from_address, m.text_body
                         from ticket_message m where m.ticket_id = t.id
                        order by m.created_at desc, m.id desc limit 1) lm on true
   order by t.last_activity_at desc, t.id asc`;

interface Submission {
  departmentId: string;
  brandId: string;
  groupId: string;
  requesterId: string;
  requesterEmail: string;
  subject: string;
  text: string;
}

/** A bare INSERT transaction: ticket number from the sequence, the ticket, its message, its history entry. */
async function submit(s: Submission) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const { rows } = await client.query<{ id: string; n: string }>(
      `insert into ticket (id, created_at, updated_at, ticket_number, subject, status, priority, pinned, direction,
                           source, brand_id, department_id, group_id, requester_id, requester_email,
                           counts_toward_limit, last_activity_at)
       select gen_random_uuid(), now(), now(),
              lpad(upper(to_hex(floor(random() * 4096)::int)), 3, '0') || '-' ||
              lpad(upper(to_hex((n * 2654435761 % 4294967296) # 1511506921)), 8, '0') || '-' ||
              lpad(upper(to_hex(floor(random() * 65536)::int)), 4, '0'),
              $1, 'ACTIVE', 'NORMAL', false, 'INBOUND', 'API', $2, $3, $4, $5, $6, false, now()
         from (select nextval('ticket_number_seq') % 4294967296 as n) seq
       returning id, ticket_number as n`,
      [s.subject, s.brandId, s.departmentId, s.groupId, s.requesterId, s.requesterEmail],
    );
    const ticket = rows[0]!;
    await client.query(
      `insert into ticket_message (id, created_at, updated_at, ticket_id, direction, from_address, "to", cc, bcc,
                                   subject, text_body)
       values (gen_random_uuid(), now(), now(), $1, 'INCOMING', $2, '[]', '[]', '[]', $3, $4)`,
      [ticket.id, s.requesterEmail, s.subject, s.text],
    );
    await client.query(
      `insert into ticket_history (id, created_at, updated_at, ticket_id, field, new_value, note)
       values (gen_random_uuid(), now(), now(), $1, 'created', $2, 'API')`,
      [ticket.id, ticket.n],
    );
    await client.query("commit");
    return { id: ticket.id, ticketNumber: ticket.n };
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Full-text search over subject, requester address and messages (websearch syntax), newest activity first,
 * through the seed's own tsvector table with a GIN index (bench_seed.ticket_search): count, then the page.
 */
const SEARCH_MATCH = `
  from bench_seed.ticket_search s join ticket t on t.id = s.ticket_id
 where s.tsv @@ websearch_to_tsquery('english', $1) and t.deleted_at is null and t.merged_into_id is null`;
const SEARCH_COUNT = `select count(*)::int as n ${SEARCH_MATCH}`;
const SEARCH_PAGE = `
  select t.id, t.ticket_number, t.subject, t.status, t.last_activity_at ${SEARCH_MATCH}
   order by t.last_activity_at desc, t.id asc limit 25`;

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const route = async () => {
    if (url.pathname === "/healthz") return reply(200, { ok: true });
    if (url.pathname === "/queue") {
      const agent = url.searchParams.get("agent") ?? "";
      // One after the other, as the server does (count, then the page).
      const groups = (await pool.query<{ groups: string[] }>(AGENT_GROUPS, [agent])).rows[0]!.groups;
      const count = await pool.query<{ n: number }>(QUEUE_COUNT, [agent, groups]);
      const page = await pool.query(QUEUE_PAGE, [agent, groups]);
      return reply(200, { totalCount: count.rows[0]!.n, nodes: page.rows });
    }
    if (url.pathname === "/submit" && req.method === "POST") {
      return reply(200, await submit(JSON.parse(await readBody(req)) as Submission));
    }
    if (url.pathname === "/search") {
      const q = url.searchParams.get("q") ?? "";
      const count = await pool.query<{ n: number }>(SEARCH_COUNT, [q]);
      const page = await pool.query(SEARCH_PAGE, [q]);
      return reply(200, { totalCount: count.rows[0]!.n, nodes: page.rows });
    }
    return reply(404, { error: "not found" });
  };
  route().catch((error: unknown) => reply(500, { error: String(error) }));
});

server.listen(Number(process.env.PORT ?? 4621), "127.0.0.1");
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
