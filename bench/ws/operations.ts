import { graphql } from "../../src/core/testing/gql/index.js";

/** Operations of the WebSocket benchmarks, typed by `npm run codegen`. */

export const BenchWsSetAvailability = graphql(`
  mutation BenchWsSetAvailability($input: SetMyAvailabilityInput!) {
    setMyAvailability(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchWsPresenceChanged = graphql(`
  subscription BenchWsPresenceChanged($employeeId: ID) {
    agentPresenceChanged(employeeId: $employeeId) {
      reason
      occurredAt
      status {
        employeeId
        availability
        online
      }
    }
  }
`);
