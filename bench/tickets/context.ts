import type pg from "pg";

/** What every ticket scenario gets: both servers, signed-in agents, the seeded organization, a pg client. */
export interface TicketBenchContext {
  graphqlUrl: string;
  rawUrl: string;
  db: pg.Client;
  adminToken: string;
  agents: Array<{ id: string; globalId: string; token: string }>;
  departments: Array<{ id: string; brandId: string; frontLineGroupId: string }>;
  users: number;
  connections: number;
  duration: number;
  /** CPU time used so far by the GraphQL server and by the raw server (ms). */
  serverCpuMs: () => number;
  rawCpuMs: () => number;
}

/** Small deterministic pseudo-random sequence, so every run sends the same requests. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
