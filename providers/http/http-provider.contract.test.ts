/** The shared contract suite, through the http adapter, against a real HTTP provider on 127.0.0.1. */
import { contractSuite } from "../contract/contract-suite.js";
import { CONTRACT_NAMES } from "../contract/contracts.js";
import { SampleProvider } from "../contract/testing/sample-provider.js";
import { HttpProvider } from "./http-provider.js";
import { createProviderReceiver, send } from "./receiver.js";
import { startServer } from "./testing/server.js";

contractSuite("http", {
  contracts: CONTRACT_NAMES,
  setup: async () => {
    const sample = new SampleProvider();
    const receive = createProviderReceiver({ password: "web service password", provider: sample });
    const server = await startServer(async (req, res, body) =>
      send(res, await receive({ body, headers: req.headers })),
    );
    const http = new HttpProvider({ name: "sample", url: server.url, password: "web service password" });
    return {
      login: http,
      registration: http,
      customFields: http,
      ticket: http,
      chat: http,
      userInfo: http,
      events: http,
      receivedEvents: () => sample.events,
      close: async () => {
        http.close();
        await server.close();
      },
    };
  },
});
