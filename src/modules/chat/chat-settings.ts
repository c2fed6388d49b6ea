import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { Department } from "../organization/index.js";
import { CHAT_SETTINGS_ID, DepartmentChatSettings, LiveChatSettings } from "./chat-settings.entity.js";

/** Creates the one settings row at boot (every instance; the first wins). */
export async function ensureChatSettings(em: EntityManager): Promise<void> {
  await em.execute(
    `insert into live_chat_settings (id, created_at, updated_at) values (?, now(), now()) on conflict (id) do nothing`,
    [CHAT_SETTINGS_ID],
  );
}

// Read on every message: a few seconds of staleness across instances is fine; this instance's own edits
// drop the cache at once.
const CACHE_MS = 5_000;
const cache = new WeakMap<AppRuntime, { at: number; value: LiveChatSettings }>();

export async function chatSettings(app: AppRuntime, em: EntityManager): Promise<LiveChatSettings> {
  const hit = cache.get(app);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const value = await em.findOneOrFail(LiveChatSettings, { id: CHAT_SETTINGS_ID }, { refresh: true });
  cache.set(app, { at: Date.now(), value });
  return value;
}

export function forgetChatSettings(app: AppRuntime): void {
  cache.delete(app);
}

/** A department's live chat tab; defaults when it was never edited (nothing is written on read). */
export async function departmentChatSettings(
  em: EntityManager,
  departmentId: string,
): Promise<DepartmentChatSettings> {
  const row = await em.findOne(DepartmentChatSettings, { department: departmentId });
  if (row) return row;
  return Object.assign(new DepartmentChatSettings(), {
    department: em.getReference(Department, departmentId),
  });
}
