/** The shared contract suite, through the http adapter, against the runnable example provider. */
import type { AddressInfo } from "node:net";
import { contractSuite } from "../../providers/contract/contract-suite.js";
import { CONTRACT_NAMES } from "../../providers/contract/contracts.js";
import { HttpProvider } from "../../providers/http/http-provider.js";
// @ts-expect-error plain JavaScript example without type declarations
import { createExampleProvider } from "./provider.mjs";

contractSuite("example http provider", {
  contracts: CONTRACT_NAMES,
  setup: async () => {
    const events: { EventType: number; Args: Record<string, string> }[] = [];
    const server = (createExampleProvider as (o: { password: string }) => import("node:http").Server)({
      password: "example-pw",
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const http = new HttpProvider({
      name: "example",
      url: `http://127.0.0.1:${port}/`,
      password: "example-pw",
      sink: {
        record: (r) => {
          if (r.method === "NotifyEventFired" && r.request) {
            const inputs = (JSON.parse(r.request.body) as { Inputs: string[] }).Inputs;
            const get = (p: string) => inputs.filter((x) => x.startsWith(p));
            events.push({
              EventType: Number(get("EventType=")[0]?.slice(10)),
              Args: Object.fromEntries(
                get("Args_").map((x) => [x.slice(5, x.indexOf("=")), x.slice(x.indexOf("=") + 1)]),
              ),
            });
          }
        },
      },
    });
    return {
      login: http,
      registration: http,
      customFields: http,
      ticket: http,
      chat: http,
      userInfo: http,
      events: http,
      receivedEvents: () => events as never,
      close: async () => {
        http.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  },
});
