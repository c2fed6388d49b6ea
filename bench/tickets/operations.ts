import { graphql } from "../../src/core/testing/gql/index.js";

/** The operations the ticket benchmarks send, typed by `npm run codegen` like the tests' operations. */

export const BenchSetup = graphql(`
  mutation BenchSetup($input: SetupInstallationInput!) {
    setupInstallation(input: $input) {
      brand {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchLogin = graphql(`
  mutation BenchLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        account {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchRoles = graphql(`
  query BenchRoles {
    roles(first: 100) {
      nodes {
        id
        predefined
      }
    }
  }
`);

export const BenchCreateDepartment = graphql(`
  mutation BenchCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        frontLineGroup {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchCreateGroup = graphql(`
  mutation BenchCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchCreateEmployee = graphql(`
  mutation BenchCreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchAddAgentToGroup = graphql(`
  mutation BenchAddAgentToGroup($input: AddAgentToGroupInput!) {
    addAgentToGroup(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchSetActiveGroups = graphql(`
  mutation BenchSetActiveGroups($input: SetAgentActiveGroupsInput!) {
    setAgentActiveGroups(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

export const BenchCreateTicket = graphql(`
  mutation BenchCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
        ticketNumber
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** The page an agent's ticket list asks for: 25 tickets with the relations the list shows. */
export const BenchAgentQueuePage = graphql(`
  query BenchAgentQueuePage($first: Int!, $filter: TicketFilter) {
    tickets(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ticketNumber
        subject
        status
        priority
        lastActivityAt
        requesterEmail
        requester {
          id
          displayName
          email
        }
        assignedAgent {
          id
          displayName
        }
        department {
          id
          name
        }
        group {
          id
          name
        }
        lastMessage {
          id
          createdAt
          direction
          fromAddress
          textBody
        }
      }
    }
  }
`);

/** Full-text search as the benchmark sends it: the first page of 25 with the count. */
export const BenchSearchTickets = graphql(`
  query BenchSearchTickets($text: String!) {
    searchTickets(text: $text, first: 25) {
      totalCount
      nodes {
        id
        ticketNumber
        subject
        lastActivityAt
      }
    }
  }
`);
