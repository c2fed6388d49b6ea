import type { Actor } from "../context/actor.js";
import type { AppRuntime } from "../runtime.js";

/** One graphql-ws connection as the socket hooks see it. */
export interface SocketInfo {
  /** Random id of this connection, unique across instances. */
  connectionId: string;
  /** The authenticated caller; null for anonymous sockets (portal visitors). */
  actor: Actor | null;
}

/**
 * Callbacks a module registers to learn when authenticated sockets open and close (presence counts them).
 * The registry is process-wide, like the department-item registry: tests boot several servers in one process,
 * so each call receives the runtime of the server the socket belongs to.
 */
export interface SocketHooks {
  onSocketOpen?(app: AppRuntime, socket: SocketInfo): Promise<void> | void;
  onSocketClose?(app: AppRuntime, socket: SocketInfo): Promise<void> | void;
}

const registry: SocketHooks[] = [];

/** Registers hooks once per process; returns a function that unregisters them. */
export function registerSocketHooks(hooks: SocketHooks): () => void {
  registry.push(hooks);
  return () => {
    const index = registry.indexOf(hooks);
    if (index >= 0) registry.splice(index, 1);
  };
}

/** Runs every hook of `kind`; a failing hook is logged and never breaks the socket. */
export async function runSocketHooks(
  app: AppRuntime,
  kind: keyof SocketHooks,
  socket: SocketInfo,
): Promise<void> {
  for (const hooks of [...registry]) {
    try {
      await hooks[kind]?.(app, socket);
    } catch (err) {
      app.logger.error({ err, kind }, "socket hook failed");
    }
  }
}
