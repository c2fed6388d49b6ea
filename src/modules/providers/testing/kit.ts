/** A real HTTP provider on 127.0.0.1 serving the documented sample (providers/contract/testing). */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createProviderHandler, type AllProviders } from "../../../../providers/index.js";
import { SampleProvider } from "../../../../providers/contract/testing/sample-provider.js";

export const PROVIDER_PASSWORD = "provider-secret-pw";

/** A parsed request body, for `answer`. */
export interface WireRequest {
  readonly Method: string;
  readonly Inputs: readonly string[];
}

export interface RunningProvider {
  readonly url: string;
  readonly sample: SampleProvider;
  /**
   * Replaces the handler: `html` answers an HTML error page, `hang` reads the request and never answers
   * (the socket stays open until `close`), `raw` answers what `answer` returns, byte for byte as JSON.
   */
  mode: "sample" | "html" | "hang" | "raw";
  /** The JSON body of `raw` mode, written by hand so tests can send what no typed provider would. */
  answer: (request: WireRequest) => unknown;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startSampleProvider(overrides: Partial<AllProviders> = {}): Promise<RunningProvider> {
  const sample = new SampleProvider();
  const provider = Object.assign(Object.create(sample) as SampleProvider, overrides);
  const handle = createProviderHandler({ password: PROVIDER_PASSWORD, provider });
  const state = {
    mode: "sample" as RunningProvider["mode"],
    answer: (() => ({ Success: false, Message: "no answer set" })) as RunningProvider["answer"],
  };
  const server: Server = createServer((req, res) => {
    switch (state.mode) {
      case "html":
        req.resume();
        res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Oops</body></html>");
        return;
      case "hang":
        req.resume();
        return;
      case "raw":
        void readBody(req).then((body) => {
          const answer = state.answer(JSON.parse(body) as WireRequest);
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
        });
        return;
      default:
        void handle(req, res);
    }
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
    get answer() {
      return state.answer;
    },
    set answer(next) {
      state.answer = next;
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
