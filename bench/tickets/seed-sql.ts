import type pg from "pg";
import { PRODUCTS, SUBJECTS, WORDS } from "./vocabulary.js";

/**
 * The bulk part of the seed, in SQL. Rows are copies of rows the real API wrote (the template ticket, its
 * message, history and requester): every column the seed does not set explicitly keeps the value the
 * services chose, so columns added by later migrations stay consistent without touching this file.
 * Generated columns are left to PostgreSQL.
 */

const sqlList = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

export interface SeedShape {
  tickets: number;
  messagesPerTicket: number;
  users: number;
  groups: number;
  /** Ticket numbers use sequence values from here on (the API-created ones come before). */
  sequenceStart: number;
}

/** Helper tables of the seed (schema bench_seed): groups, members, requesters, phrases, and the plan function. */
export async function createSeedHelpers(client: pg.Client, shape: SeedShape, base: Date): Promise<void> {
  await client.query(`drop schema if exists bench_seed cascade; create schema bench_seed`);
  await client.query(`
    create table bench_seed.groups as
      select (row_number() over (order by g.created_at, g.id) - 1)::int as idx, g.id as group_id,
             g.department_id, d.brand_id,
             (select count(*) from agent_group_membership m where m.group_id = g.id)::int as members
        from department_group g join department d on d.id = g.department_id`);
  const [empty] = (
    await client.query<{ n: string }>(`select count(*) as n from bench_seed.groups where members = 0`)
  ).rows;
  if (Number(empty!.n) > 0) throw new Error("every group needs an agent: raise --agents");
  await client.query(`
    create table bench_seed.members as
      select group_id, (row_number() over (partition by group_id order by created_at, id) - 1)::int as k,
             employee_id
        from agent_group_membership;
    create index on bench_seed.members (group_id, k)`);
  await client.query(`
    create table bench_seed.users as
      select u as idx, md5('bench-user-' || u)::uuid as id, 'user' || u || '@bench.example' as email
        from generate_series(0, ${shape.users - 1}) u;
    alter table bench_seed.users add primary key (idx)`);
  // Each phrase is 18 random words; messages glue two phrases together, so texts vary without a word per row.
  await client.query(
    `create table bench_seed.phrases as
       select p as idx,
              (select string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ')
                 from generate_series(1, 18) k, (select $1::text[] as w) words where p >= 0) as text
         from generate_series(0, 3999) p;
     `,
    [WORDS],
  );
  await client.query(`alter table bench_seed.phrases add primary key (idx)`);
  const minutes = (shape.messagesPerTicket - 1) * 20;
  await client.query(`
    create function bench_seed.plan(lo int, hi int)
    returns table (i int, h int, ticket_id uuid, ticket_number text, subject text, brand_id uuid,
                   department_id uuid, group_id uuid, agent_id uuid, requester_id uuid, requester_email text,
                   status ticket_status, priority ticket_priority, source ticket_source,
                   created_at timestamptz, last_activity_at timestamptz)
    language sql stable as $fn$
      select s.i, s.h, md5('bench-ticket-' || s.i)::uuid,
             -- formatTicketNumber: sequence value times an odd constant mod 2^32, xor a mask (ticket-number.ts)
             lpad(upper(to_hex(s.h % 4096)), 3, '0') || '-' ||
             lpad(upper(to_hex(((s.i + ${shape.sequenceStart})::bigint * 2654435761 % 4294967296) # 1511506921)), 8, '0')
             || '-' || lpad(upper(to_hex((s.h / 4096) % 65536)), 4, '0'),
             (${sqlList(SUBJECTS)})[1 + (s.h / 7) % ${SUBJECTS.length}] || ' (' ||
             (${sqlList(PRODUCTS)})[1 + (s.h / 11) % ${PRODUCTS.length}] || ')',
             g.brand_id, g.department_id, g.group_id,
             case when s.h % 100 < 3 and (s.h / 100) % 4 = 0 then null else m.employee_id end,
             u.id, u.email,
             (case when s.h % 100 < 3 then 'ACTIVE' when s.h % 100 < 6 then 'WAITING' else 'CLOSED' end)::ticket_status,
             (case (s.h / 13) % 10 when 0 then 'LOW' when 1 then 'HIGH' when 2 then 'URGENT' else 'NORMAL' end)::ticket_priority,
             (case (s.h / 17) % 3 when 0 then 'PORTAL' when 1 then 'EMAIL' else 'API' end)::ticket_source,
             -- one ticket every 30 s, the newest one's last message at \`base\`
             timestamptz '${base.toISOString()}' - (${shape.tickets} - s.i) * interval '30 seconds'
               - interval '${minutes} minutes',
             timestamptz '${base.toISOString()}' - (${shape.tickets} - s.i) * interval '30 seconds'
        from (select gs as i, (hashint4(gs) & 2147483647) as h from generate_series(lo, hi - 1) gs) s
        join bench_seed.groups g on g.idx = s.i % ${shape.groups}
        join bench_seed.members m on m.group_id = g.group_id and m.k = (s.i / ${shape.groups}) % g.members
        join bench_seed.users u on u.idx = (s.i::bigint * 7919 % ${shape.users})::int
    $fn$`);
}

async function insertableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
      order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/** `insert into table (every column) select <override or the template's value> from <source>`. */
async function copyInsert(
  client: pg.Client,
  table: string,
  overrides: Record<string, string>,
  source: string,
  params: unknown[],
): Promise<number> {
  const columns = await insertableColumns(client, table);
  for (const key of Object.keys(overrides))
    if (!columns.includes(key)) throw new Error(`${table}.${key} does not exist: update the seed`);
  const select = columns.map((c) => overrides[c] ?? `tpl."${c}"`).join(", ");
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const result = await client.query(
    `insert into "${table}" (${cols}) select ${select} from ${source}`,
    params,
  );
  return result.rowCount ?? 0;
}

/** Requesters: copies of the user account createTicket made for the template's requester email. */
export function insertUsers(client: pg.Client, templateUserId: string): Promise<number> {
  return copyInsert(
    client,
    "account",
    {
      id: "u.id",
      created_at: "now() - interval '400 days'",
      updated_at: "now() - interval '400 days'",
      username: "u.email",
      username_key: "u.email",
      display_name: "'user' || u.idx",
      email: "u.email",
    },
    `bench_seed.users u cross join account tpl where tpl.id = $1`,
    [templateUserId],
  );
}

export interface Templates {
  ticket: string;
  message: string;
  history: string;
}

/** Tickets [lo, hi) with their history entry and messages (alternating customer and agent). */
export async function insertTicketBatch(
  client: pg.Client,
  templates: Templates,
  lo: number,
  hi: number,
  messagesPerTicket: number,
): Promise<{ tickets: number; messages: number }> {
  const tickets = await copyInsert(
    client,
    "ticket",
    {
      id: "p.ticket_id",
      created_at: "p.created_at",
      updated_at: "p.last_activity_at",
      ticket_number: "p.ticket_number",
      subject: "p.subject",
      status: "p.status",
      priority: "p.priority",
      source: "p.source",
      direction: "'INBOUND'",
      pinned: "false",
      brand_id: "p.brand_id",
      department_id: "p.department_id",
      group_id: "p.group_id",
      assigned_agent_id: "p.agent_id",
      requester_id: "p.requester_id",
      requester_email: "p.requester_email",
      counts_toward_limit: "(p.status = 'ACTIVE' and p.agent_id is not null)",
      last_activity_at: "p.last_activity_at",
      closed_at: "case when p.status = 'CLOSED' then p.last_activity_at end",
    },
    `bench_seed.plan($1, $2) p cross join ticket tpl where tpl.id = $3`,
    [lo, hi, templates.ticket],
  );
  await copyInsert(
    client,
    "ticket_history",
    {
      id: "md5('bench-history-' || p.i)::uuid",
      created_at: "p.created_at",
      updated_at: "p.created_at",
      ticket_id: "p.ticket_id",
      actor_id: "null",
      field: "'created'",
      old_value: "null",
      new_value: "p.ticket_number",
      note: "p.source::text",
    },
    `bench_seed.plan($1, $2) p cross join ticket_history tpl where tpl.id = $3`,
    [lo, hi, templates.history],
  );
  // Agent messages only where an agent is assigned; the first message of every ticket carries an order
  // number (about ten tickets share one), which gives full-text search selective terms.
  const agentMessage = "(j % 2 = 1 and p.agent_id is not null)";
  const messages = await copyInsert(
    client,
    "ticket_message",
    {
      id: "md5('bench-message-' || p.i || '-' || j)::uuid",
      created_at: "p.created_at + j * interval '20 minutes'",
      updated_at: "p.created_at + j * interval '20 minutes'",
      ticket_id: "p.ticket_id",
      direction: `(case when ${agentMessage} then 'OUTGOING' else 'INCOMING' end)::ticket_message_direction`,
      author_id: `case when ${agentMessage} then p.agent_id end`,
      from_address: `case when ${agentMessage} then 'agent' else p.requester_email end`,
      to: `case when ${agentMessage} then jsonb_build_array(p.requester_email) else '[]'::jsonb end`,
      cc: "'[]'::jsonb",
      bcc: "'[]'::jsonb",
      subject: "p.subject",
      html_body: "null",
      text_body: `case when j = 0 then 'Hello, ' || ph1.text || '. Order ORD' || (p.i / 10) || '. ' || ph2.text
                       when ${agentMessage} then 'Thank you for your message. ' || ph1.text || '. ' || ph2.text
                       else ph1.text || '. ' || ph2.text end`,
    },
    `bench_seed.plan($1, $2) p cross join generate_series(0, $4::int - 1) j
       join bench_seed.phrases ph1 on ph1.idx = (hashint4(p.i * 31 + j) & 2147483647) % 4000
       join bench_seed.phrases ph2 on ph2.idx = (hashint4(p.i * 37 + j) & 2147483647) % 4000
       cross join ticket_message tpl where tpl.id = $3`,
    [lo, hi, templates.message, messagesPerTicket],
  );
  return { tickets, messages };
}

export interface SavedIndex {
  name: string;
  definition: string;
}

/**
 * Secondary indexes (not backing a constraint) of the bulk tables: dropped before the load and rebuilt
 * after it from their own definitions, the usual way to bulk load; primary keys and unique constraints stay.
 */
export async function dropSecondaryIndexes(client: pg.Client, tables: string[]): Promise<SavedIndex[]> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  for (const row of rows) await client.query(`drop index "${row.indexname}"`);
  return rows.map((r) => ({ name: r.indexname, definition: r.indexdef }));
}

export async function recreateIndexes(client: pg.Client, indexes: SavedIndex[]): Promise<void> {
  for (const index of indexes) await client.query(index.definition);
}

/**
 * The raw baseline's full-text index (bench_seed.ticket_search): one tsvector per ticket over its subject,
 * requester address and messages, with a GIN index. It belongs to the benchmark, not to the server.
 * Messages are made of the seed's phrases, so a ticket's vector is assembled from the phrases' vectors
 * (parsed once) instead of parsing five messages per ticket again: the same lexemes, at a fraction of the cost.
 */
export async function createSearchBaseline(
  client: pg.Client,
  tickets: number,
  batch: number,
  messagesPerTicket: number,
): Promise<void> {
  await client.query(`
    alter table bench_seed.phrases add column tsv tsvector;
    update bench_seed.phrases set tsv = to_tsvector('english', text);
    create aggregate bench_seed.tsv_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');
    create table bench_seed.ticket_search (ticket_id uuid primary key, tsv tsvector)`);
  for (let lo = 0; lo < tickets; lo += batch) {
    const hi = Math.min(tickets, lo + batch);
    await client.query(
      `insert into bench_seed.ticket_search
       select p.ticket_id,
              to_tsvector('english', p.subject || ' ' || p.requester_email || ' Hello Order ORD' || (p.i / 10) ||
                case when p.agent_id is not null and $3::int > 1 then ' Thank you for your message' else '' end)
              || (select bench_seed.tsv_agg(ph.tsv)
                    from generate_series(0, $3::int - 1) j
                    join bench_seed.phrases ph
                      on ph.idx in ((hashint4(p.i * 31 + j) & 2147483647) % 4000,
                                    (hashint4(p.i * 37 + j) & 2147483647) % 4000))
         from bench_seed.plan($1, $2) p`,
      [lo, hi, messagesPerTicket],
    );
  }
  await client.query(`create index ticket_search_tsv on bench_seed.ticket_search using gin (tsv)`);
  await client.query(`vacuum analyze bench_seed.ticket_search`);
}
