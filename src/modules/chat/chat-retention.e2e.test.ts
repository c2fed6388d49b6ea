import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { addToGroup, createDepartment, fork } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { chatAgent, eventually, joinGroup } from "./testing.js";
import type { ChatAgent } from "./testing.js";

const Start = graphql(`
  mutation ChatKeepStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const End = graphql(`
  mutation ChatKeepEnd($input: EndChatInput!) {
    endChat(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Get = graphql(`
  query ChatKeepGet($id: ID!, $token: String) {
    liveChat(id: $id, visitorToken: $token) {
      deletedAt
    }
  }
`);

const DeptSettings = graphql(`
  mutation ChatKeepDeptSettings($input: UpdateDepartmentChatSettingsInput!) {
    updateDepartmentChatSettings(input: $input) {
      settings {
        autoDeleteAfterDays
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Restore = graphql(`
  mutation ChatKeepRestore($input: LiveChatIdsInput!) {
    restoreLiveChats(input: $input) {
      chats {
        deletedAt
      }
      userErrors {
        code
      }
    }
  }
`);

const Purge = graphql(`
  mutation ChatKeepPurge($input: PurgeDeletedLiveChatsInput!) {
    purgeDeletedLiveChats(input: $input) {
      purgedCount
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;
let keep: { departmentId: string; groupId: string };
let sweep: { departmentId: string; groupId: string };
let amy: ChatAgent;

beforeAll(async () => {
  t = await startTestServer("chat-retention", { jobsPollMs: 40 });
  admin = await adminSession(t);
  sweep = await createDepartment(t, admin.token, "Sweep");
  keep = await createDepartment(t, admin.token, "Keep");
  amy = await chatAgent(t, admin.token, "Amy", sweep.groupId, { max: 50 });
  await addToGroup(t, admin.token, amy, keep.groupId, "PRIMARY_GROUP");
  await joinGroup(t, amy, keep.groupId, "PRIMARY_GROUP");
}, 60_000);
afterAll(async () => t?.stop());

const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => fork(t).execute<T[]>(q, p);

async function endedChat(departmentId: string, name: string, endedDaysAgo: number) {
  const started = (
    await t.ok(Start, {
      input: {
        departmentId,
        name,
        question: `Question from ${name}`,
      },
    })
  ).startChat;
  expect(started.userErrors).toEqual([]);
  const chatId = started.chat!.id;
  await t.ok(End, { input: { chatId } }, amy.token);
  await sql(`update live_chat set ended_at = now() - ? * interval '1 day' where id = ?`, [
    endedDaysAgo,
    rawId(chatId),
  ]);
  return { chatId, token: started.visitorToken! };
}

/**
 * Runs the recurring retention sweep through the job worker: the current slot's tick is removed, so the
 * worker inserts it again on its next poll and runs it (docs/jobs.md "Recurring sweeps").
 */
async function runSweep() {
  await eventually(
    async () =>
      (await sql(`select 1 from job where kind = 'chat.retention' and status = 'RUNNING'`)).length === 0,
    "no sweep running",
  );
  await sql(`delete from job where kind = 'chat.retention'`);
  await eventually(
    async () => (await sql(`select 1 from job where kind = 'chat.retention' and status = 'DONE'`)).length > 0,
    "retention sweep ran",
    15_000,
  );
}

describe("chat retention", () => {
  it("validates Auto-Delete After and refuses it to non-administrators", async () => {
    const bad = await t.ok(
      DeptSettings,
      { input: { departmentId: sweep.departmentId, autoDeleteAfterDays: -1 } },
      admin.token,
    );
    expect(bad.updateDepartmentChatSettings.userErrors).toEqual([
      { code: "INVALID", field: ["input", "autoDeleteAfterDays"] },
    ]);
    const refused = await t.gql(
      DeptSettings,
      { input: { departmentId: sweep.departmentId, autoDeleteAfterDays: 1 } },
      amy.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const purge = await t.gql(Purge, { input: {} }, amy.token);
    expect(purge.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("the durable sweep deletes ended chats older than the department's Auto-Delete After, nothing else", async () => {
    const ok = await t.ok(
      DeptSettings,
      { input: { departmentId: sweep.departmentId, autoDeleteAfterDays: 30 } },
      admin.token,
    );
    expect(ok.updateDepartmentChatSettings.settings!.autoDeleteAfterDays).toBe(30);
    const old = await endedChat(sweep.departmentId, "Old", 31);
    const recent = await endedChat(sweep.departmentId, "Recent", 29);
    const otherDept = await endedChat(keep.departmentId, "Kept", 400); // no Auto-Delete there
    const active = (
      await t.ok(Start, { input: { departmentId: sweep.departmentId, name: "Live", question: "Still here" } })
    ).startChat.chat!.id;
    await sql(`update live_chat set created_at = now() - interval '60 days' where id = ?`, [rawId(active)]);

    await runSweep();
    const deletedAt = async (id: string) => (await t.ok(Get, { id }, admin.token)).liveChat.deletedAt;
    expect(await deletedAt(old.chatId)).not.toBeNull();
    expect(await deletedAt(recent.chatId)).toBeNull();
    expect(await deletedAt(otherDept.chatId)).toBeNull();
    expect(await deletedAt(active)).toBeNull();
    // Recorded like a manager's delete, without an actor; the customer no longer reaches it.
    const events = await sql<{ actor: string | null; auto: boolean }>(
      `select distinct payload->>'actorAccountId' as actor, (payload->'data'->>'auto')::boolean as auto from job
        where kind like 'domainEvent:%' and payload->>'type' = 'chat.deleted' and payload->'subject'->>'id' = ?`,
      [rawId(old.chatId)],
    );
    expect(events).toEqual([{ actor: null, auto: true }]);
    const gone = await t.gql(Get, { id: old.chatId, token: old.token });
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // Restorable until purged; with Auto-Delete turned off (0) the next sweep leaves it alone.
    const restored = await t.ok(Restore, { input: { chatIds: [old.chatId] } }, admin.token);
    expect(restored.restoreLiveChats.chats![0]!.deletedAt).toBeNull();
    await t.ok(
      DeptSettings,
      { input: { departmentId: sweep.departmentId, autoDeleteAfterDays: 0 } }, // 0 = never
      admin.token,
    );
    await runSweep();
    expect(await deletedAt(old.chatId)).toBeNull();
  });

  it("purges chats deleted more than 90 days ago, with their messages, values and orphaned visitors", async () => {
    const purged = await endedChat(sweep.departmentId, "Ancient", 200);
    const young = await endedChat(sweep.departmentId, "Young", 200);
    await sql(`update live_chat set deleted_at = now() - interval '91 days' where id = ?`, [
      rawId(purged.chatId),
    ]);
    await sql(`update live_chat set deleted_at = now() - interval '89 days' where id = ?`, [
      rawId(young.chatId),
    ]);
    const visitor = await sql<{ visitor_id: string }>(`select visitor_id from live_chat where id = ?`, [
      rawId(purged.chatId),
    ]);
    await runSweep();
    expect(await sql(`select 1 from live_chat where id = ?`, [rawId(purged.chatId)])).toEqual([]);
    expect(await sql(`select 1 from chat_message where chat_id = ?`, [rawId(purged.chatId)])).toEqual([]);
    expect(await sql(`select 1 from chat_visitor where id = ?`, [visitor[0]!.visitor_id])).toEqual([]);
    expect(await sql(`select 1 from live_chat where id = ?`, [rawId(young.chatId)])).toHaveLength(1);
    // The visitor token now reconnects to nothing.
    const stale = await t.gql(Get, { id: purged.chatId, token: purged.token });
    expect(stale.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // The administrators' purge with an explicit moment takes the younger one too.
    const now = await t.ok(Purge, { input: { olderThan: new Date().toISOString() } }, admin.token);
    expect(now.purgeDeletedLiveChats.purgedCount).toBe(1);
    expect(await sql(`select 1 from live_chat where id = ?`, [rawId(young.chatId)])).toEqual([]);
  });
});
