import type { EntityManager } from "@mikro-orm/postgresql";
import type { ModuleDefinition } from "../../core/module.js";
import { setChatCannedRenderer } from "../canned-replies/index.js";
import { registerPresenceChangeHook } from "../presence/index.js";
import { ChatMessage, ChatParticipant, ChatVisitor, LiveChat } from "./chat.entity.js";
import { chatScope, isVisitorToken } from "./chat-access.js";
import { ChatAgentResolver } from "./chat-agent.resolver.js";
import { renderForCannedReplies } from "./chat-canned.js";
import {
  ChatMessageFieldsResolver,
  ChatParticipantFieldsResolver,
  LiveChatFieldsResolver,
} from "./chat.fields.js";
import { chatTimeout } from "./chat-timeout.js";
import { armDisconnectHandOffs } from "./chat-handoff.js";
import { startQueueListener, stopQueueListener } from "./chat-presence.js";
import { CHAT_DRAIN_JOB, CHAT_TIMEOUT_JOB, drainQueues } from "./chat-queue.js";
import { ChatResolver } from "./chat.resolver.js";
import { CHAT_RETENTION_JOB, CHAT_RETENTION_SWEEP_SECONDS, applyChatRetention } from "./chat-retention.js";
import { DepartmentChatSettings, LiveChatSettings } from "./chat-settings.entity.js";
import { ensureChatSettings } from "./chat-settings.js";
import { CHAT_NUMBER_SEQUENCE } from "./chat-start.js";
import { ChatSubscriptionResolver } from "./chat-subscription.resolver.js";

export { ChatMessage, ChatParticipant, ChatVisitor, LiveChat } from "./chat.entity.js";
export { ChatEndReason, ChatMessageKind, ChatParticipantRole, ChatStatus } from "./chat.enums.js";
export { drainQueues, CHAT_DRAIN_JOB, CHAT_TIMEOUT_JOB } from "./chat-queue.js";
export { pickAgent } from "./chat-assign.js";
export {
  ChatAutomationError,
  automationAddSystemMessage,
  automationEndChat,
  automationTransferChat,
} from "./chat-automation.js";
export type { ChatCandidate } from "./chat-assign.js";
export { setChatTranscriptMailer } from "./chat-transcript.js";
export type { TranscriptMail, TranscriptMailResult } from "./chat-transcript.js";

/** How often queued chats are offered again to agents with room (a safety net for lost presence events). */
export const CHAT_DRAIN_SWEEP_SECONDS = 5;

let registered = false;

export const chatModule: ModuleDefinition = {
  name: "chat",
  entities: [LiveChat, ChatMessage, ChatParticipant, ChatVisitor, LiveChatSettings, DepartmentChatSettings],
  resolvers: [
    ChatResolver,
    ChatAgentResolver,
    ChatSubscriptionResolver,
    LiveChatFieldsResolver,
    ChatMessageFieldsResolver,
    ChatParticipantFieldsResolver,
  ],
  nodes: {
    async LiveChat(ctx, id) {
      if (ctx.actor?.kind !== "EMPLOYEE") return null;
      return ctx.em.findOne(LiveChat, { $and: [{ id }, await chatScope(ctx)] });
    },
  },
  async onBoot(app) {
    const em = app.orm.em.fork() as EntityManager;
    await em.execute(`create sequence if not exists "${CHAT_NUMBER_SEQUENCE}"`);
    await ensureChatSettings(em);
    startQueueListener(app);
    app.verifyVisitorToken = (runtime, token) =>
      isVisitorToken(runtime.orm.em.fork() as EntityManager, token);
    if (registered) return; // process-wide registries; tests boot several servers
    registered = true;
    setChatCannedRenderer(renderForCannedReplies);
    // Hand-off - agent disconnected (002 L7379): armed in the transaction that marks the agent offline.
    registerPresenceChangeHook(async (hookApp, em, employeeId, reason) => {
      if (reason === "OFFLINE") await armDisconnectHandOffs(hookApp, em as EntityManager, employeeId);
    });
  },
  async onShutdown(app) {
    await stopQueueListener(app);
  },
  jobs: {
    // Idle and abandoned chats (one timer per chat, re-armed by its handler), in the job's transaction.
    [CHAT_TIMEOUT_JOB]: {
      maxAttempts: 3,
      run: async (app, payload: { chatId: string }, job) => {
        await chatTimeout(app, job.em as EntityManager, payload.chatId);
      },
    },
    [CHAT_DRAIN_JOB]: {
      maxAttempts: 1,
      run: async (app, _payload, job) => {
        await drainQueues(app, undefined, job.em as EntityManager);
      },
    },
    // Auto-Delete After (002 L7460) and the purge of deleted chats (002 L3517), in the job's transaction.
    [CHAT_RETENTION_JOB]: {
      maxAttempts: 3,
      run: async (app, _payload, job) => {
        await applyChatRetention(app, job.em as EntityManager, new Date());
      },
    },
  },
  recurring: [
    { kind: CHAT_DRAIN_JOB, everySeconds: CHAT_DRAIN_SWEEP_SECONDS },
    { kind: CHAT_RETENTION_JOB, everySeconds: CHAT_RETENTION_SWEEP_SECONDS },
  ],
};
