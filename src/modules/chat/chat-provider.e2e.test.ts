/**
 * startChat through the external chat provider (StartChat, 002 L2386-2441) over a real HTTP provider: a
 * refusal stores nothing, a reroute moves the chat to the named department before it is queued, and a
 * provider that cannot be reached follows the CHATS failure policy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuse, succeed, type StartChatInputs } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { createDepartment, fork } from "../distribution/testing.js";
import {
  PROVIDER_PASSWORD,
  deadUrl,
  startSampleProvider,
  type RunningProvider,
} from "../providers/testing/kit.js";
import { chatAgent } from "./testing.js";

const Configure = graphql(`
  mutation ChatProvConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const Start = graphql(`
  mutation ChatProvStart($input: StartChatInput!) {
    startChat(input: $input) {
      chat {
        id
        agentName
        department {
          name
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;
let provider: RunningProvider;
const seen: StartChatInputs[] = [];

beforeAll(async () => {
  t = await startTestServer("chat-provider");
  admin = await adminSession(t);
  provider = await startSampleProvider({
    async StartChat(inputs: StartChatInputs) {
      seen.push(inputs);
      if (inputs.DepartmentName === "Closed")
        return succeed({ ChatCreation: false, CustomFields: {} }, "No credit left");
      if (inputs.DepartmentName === "Front")
        return succeed({ ChatCreation: true, departmentName: "back", CustomFields: {} }, "ok");
      if (inputs.DepartmentName === "Broken") return refuse("provider exploded");
      return succeed({ ChatCreation: true, CustomFields: {} }, "ok");
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.stop();
  await provider?.close();
});

async function configure(url: string, failurePolicy: "FAIL_OPEN" | "FAIL_CLOSED" | null = null) {
  const r = await t.ok(
    Configure,
    {
      input: {
        kind: "CHATS",
        enabled: true,
        transport: "HTTP",
        webServiceUrl: url,
        webServicePassword: PROVIDER_PASSWORD,
        failurePolicy,
        signingSecret: "",
      },
    },
    admin.token,
  );
  expect(r.updateExternalProvider.userErrors).toEqual([]);
}

const chats = async () =>
  Number((await fork(t).execute<Array<{ n: string }>>("select count(*) as n from live_chat"))[0]!.n);

describe("startChat and the chat provider", () => {
  it("refuses with the provider's message, reroutes by department name, and follows the failure policy", async () => {
    const closed = await createDepartment(t, admin.token, "Closed");
    const front = await createDepartment(t, admin.token, "Front");
    const back = await createDepartment(t, admin.token, "Back");
    const open = await createDepartment(t, admin.token, "Open");
    await chatAgent(t, admin.token, "Cleo", closed.groupId);
    await chatAgent(t, admin.token, "Fred", front.groupId);
    await chatAgent(t, admin.token, "Bea", back.groupId);
    await chatAgent(t, admin.token, "Olga", open.groupId);
    await configure(provider.url);
    const start = (departmentId: string) =>
      t.ok(Start, { input: { departmentId, name: "Vic", question: "Hello" } }).then((r) => r.startChat);

    const refused = await start(closed.departmentId);
    expect(refused.userErrors).toEqual([{ code: "PROVIDER_REFUSED", message: "No credit left" }]);
    expect(await chats()).toBe(0);

    const moved = await start(front.departmentId);
    expect(moved.userErrors).toEqual([]);
    expect(moved.chat).toMatchObject({ agentName: "Bea", department: { name: "Back" } });
    expect(seen.at(-1)!.DepartmentName).toBe("Front");

    // The provider answers Success=false: a failed call. FAIL_OPEN (default) starts the chat as submitted.
    const broken = await createDepartment(t, admin.token, "Broken");
    await chatAgent(t, admin.token, "Bob", broken.groupId);
    const failedOpen = await start(broken.departmentId);
    expect(failedOpen.userErrors).toEqual([]);

    // Unreachable and FAIL_CLOSED: refused, nothing stored.
    await configure(await deadUrl(), "FAIL_CLOSED");
    const before = await chats();
    const down = await start(open.departmentId);
    expect(down.userErrors.map((e) => e.code)).toEqual(["PROVIDER_UNAVAILABLE"]);
    expect(await chats()).toBe(before);
    await configure(await deadUrl(), "FAIL_OPEN");
    expect((await start(open.departmentId)).chat!.agentName).toBe("Olga");
  }, 60_000);
});
