/** A real HTTP provider on 127.0.0.1 serving the documented sample (providers/contract/testing). */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createProviderHandler, type AllProviders } from "../../../../providers/index.js";
import { SampleProvider } from "../../../../providers/contract/testing/sample-provider.js";

export const PROVIDER_PASSWORD = "provider-secret-pw";

export interface RunningProvider {
  readonly url: string;
  readonly sample: SampleProvider;
  /** Replaces the handler: answer HTML, hang, … */
  mode: "sample" | "html";
  close(): Promise<void>;
}

export async function startSampleProvider(overrides: Partial<AllProviders> = {}): Promise<RunningProvider> {
  const sample = new SampleProvider();
  const provider = Object.assign(Object.create(sample) as SampleProvider, overrides);
  const handle = createProviderHandler({ password: PROVIDER_PASSWORD, provider });
  const state = { mode: "sample" as RunningProvider["mode"] };
  const server: Server = createServer((req, res) => {
    if (state.mode === "html") {
      req.resume();
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Oops</body></html>");
      return;
    }
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/provider`,
    sample,
    get mode() {
      return state.mode;
    },
    set mode(next) {
      state.mode = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nobody listens on (bound then released). */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/provider`;
}
