import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which HTTP request a SQL statement runs for. The request middleware enters it with the request id, and
 * every await below keeps it, so a statement logged by the ORM can be attributed to its request; background
 * work (job worker, heartbeats, timers) runs in the async context it was started in at boot and has none.
 * Tests use it to count one request's statements (startTestServer's statementsDuring).
 */
const owner = new AsyncLocalStorage<string>();

export function runAsStatementOwner<T>(requestId: string, run: () => T): T {
  return owner.run(requestId, run);
}

/** The request id the current code runs for, or undefined outside a request. */
export function currentStatementOwner(): string | undefined {
  return owner.getStore();
}
