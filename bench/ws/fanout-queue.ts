import { print } from "graphql";
import { graphql } from "../../src/core/testing/gql/index.js";
import { gql } from "../lib/gql.js";
import { BenchCreateTicket } from "../tickets/operations.js";
import type { FanoutSubscription } from "./fanout.js";

/**
 * The tickets module's departmentQueueChanged (DOMAIN_EVENT based): agents who pull from the queue watch
 * their department's queue; each round an administrator creates a ticket there, which stays queued.
 */
const QUERY = print(
  graphql(`
    subscription BenchWsQueueChanged($departmentId: ID!) {
      departmentQueueChanged(departmentId: $departmentId) {
        __typename
      }
    }
  `),
);

export async function queueSubscriptionPresent(graphqlUrl: string, token: string): Promise<boolean> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ __type(name: "Subscription") { fields { name } } }` }),
  });
  const body = (await response.json()) as { data: { __type: { fields: Array<{ name: string }> } } };
  return body.data.__type.fields.some((f) => f.name === "departmentQueueChanged");
}

export function queueFanout(
  graphqlUrl: string,
  adminToken: string,
  departmentId: string,
): FanoutSubscription {
  return {
    name: "departmentQueueChanged(departmentId) <- createTicket (queued)",
    query: QUERY,
    variables: { departmentId },
    trigger: async (r) => {
      await gql(
        graphqlUrl,
        BenchCreateTicket,
        {
          input: {
            subject: `Fan-out round ${r}`,
            departmentId,
            requesterEmail: "fanout@bench.example",
            message: { textBody: "One event, many subscribers." },
          },
        },
        adminToken,
      );
    },
  };
}
