import { constants as fsc } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import got, { RequestError } from "got";
import { renderVariables } from "./action-registry.js";
import type { EventActionContext, EventActionHandler } from "./action-registry.js";

/**
 * Call Web Page and Log to File (002 L8198-8199, L8250, L8661-8663): the seed says only "calls a web page that
 * you specify" and "logs an action to a text file"; what follows is ours (docs/events.md, decisions).
 *
 * Both run inside the action's savepoint: a failure throws, rolls back that action alone, is logged and retried
 * by the engine (30 s, 2 min; then FAILED) while the rule's other actions run normally. Their effects are
 * outside the database, so a transaction that rolls back after them (a crash) repeats them on the re-delivery:
 * at-least-once, and each carries the evaluation and action ids so the receiver can tell a repeat.
 */

/** File names the Log to File action accepts: one plain name inside EVENTS_LOG_DIR, never a path. */
export const LOG_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const DEFAULT_LOG_FILE = "events.log";

/** An http(s) URL once #VARIABLES# are filled (the check at save time puts a placeholder in their place). */
export function webCallUrl(raw: string): URL | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

const VARIABLE = /#([A-Za-z][A-Za-z0-9_]*)#/g;

/** The URL a rule may store: http(s), and no #VARIABLE# in its scheme, host or port. */
export function validWebCallTemplate(template: string): boolean {
  const fixed = webCallUrl(template.replace(VARIABLE, "x"));
  return Boolean(fixed) && !/#/.test(template.trim().split("/").slice(0, 3).join("/"));
}

/** #VARIABLES# filled URL-encoded, so a fact's value lands in the path or query and never changes the host. */
function renderUrl(ctx: EventActionContext, template: string): string {
  const encoded = Object.fromEntries(
    Object.entries(ctx.facts).map(([k, v]) => [
      k,
      v === null || v === undefined || (typeof v === "object" && !Array.isArray(v))
        ? v
        : encodeURIComponent(Array.isArray(v) ? v.join(",") : String(v)),
    ]),
  );
  const url = validWebCallTemplate(template) ? webCallUrl(renderVariables(template.trim(), encoded)) : null;
  if (!url) throw new Error(`"${template}" is not an http(s) URL.`);
  return url.toString();
}

/**
 * GET of the rule's URL: no redirects followed (a 3xx is reported, not chased: the page the rule names is the
 * one called), EVENTS_WEB_CALL_TIMEOUT_SECONDS, no retries of its own (the engine's are durable). 2xx and 3xx
 * are RAN with the status; 4xx/5xx, a timeout or a refused connection fail the action.
 */
export const callWebPage: EventActionHandler = async (ctx) => {
  const url = renderUrl(ctx, ctx.action.parameters.url ?? "");
  const log = ctx.app.logger.child({ ruleId: ctx.rule.id, action: ctx.action.action, url });
  try {
    const res = await got(url, {
      method: "GET",
      followRedirect: false,
      throwHttpErrors: false,
      retry: { limit: 0 },
      timeout: { request: ctx.app.config.eventsWebCallTimeoutMs },
      headers: {
        "user-agent": "deskgraph-events",
        "x-deskgraph-event-rule": ctx.rule.id,
        "x-deskgraph-evaluation": `${ctx.evaluationId}:${ctx.action.id}`,
        "x-deskgraph-event-type": String(ctx.eventType.id),
      },
    });
    if (res.statusCode >= 400) throw new Error(`Call Web Page: HTTP ${res.statusCode} from ${url}`);
    log.info({ status: res.statusCode }, "event rule called a web page");
    const redirect =
      res.statusCode >= 300 ? ` (redirect to ${res.headers.location ?? "?"} not followed)` : "";
    return { message: `GET ${url}: HTTP ${res.statusCode}${redirect}` };
  } catch (error) {
    const message =
      error instanceof RequestError && error.code === "ETIMEDOUT"
        ? `Call Web Page: no answer from ${url} within ${ctx.app.config.eventsWebCallTimeoutMs / 1000} s`
        : error instanceof RequestError
          ? `Call Web Page: ${error.code ?? "error"} calling ${url}: ${error.message}`
          : (error as Error).message;
    throw new Error(message);
  }
};

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, " ").trim();

/**
 * Appends one line to EVENTS_LOG_DIR/<fileName> (default events.log): time, rule, event type, item,
 * evaluation:action id, then the rendered text. The name is checked again here (a rule stored before the
 * check, or a hand-edited row); the file is opened with O_NOFOLLOW so a symlink planted in the directory
 * cannot redirect the write.
 */
export const logToFile: EventActionHandler = async (ctx) => {
  const fileName = ctx.action.parameters.fileName?.trim() || DEFAULT_LOG_FILE;
  if (!LOG_FILE_NAME.test(fileName)) throw new Error(`"${fileName}" is not a plain file name.`);
  const dir = ctx.app.config.eventsLogDir;
  const file = path.join(dir, fileName);
  if (path.dirname(file) !== path.resolve(dir)) throw new Error(`"${fileName}" leaves the log directory.`);
  const text = oneLine(ctx.render(ctx.action.parameters.text ?? "") || ctx.eventType.name);
  const line =
    [
      ctx.now.toISOString(),
      oneLine(ctx.rule.name),
      ctx.eventType.key,
      `${ctx.event.subject.type}:${ctx.event.subject.id}`,
      `${ctx.evaluationId}:${ctx.action.id}`,
      text,
    ].join("\t") + "\n";
  await mkdir(dir, { recursive: true });
  const handle = await open(file, fsc.O_WRONLY | fsc.O_APPEND | fsc.O_CREAT | (fsc.O_NOFOLLOW ?? 0), 0o640);
  try {
    await handle.write(line);
  } finally {
    await handle.close();
  }
  return { message: `logged to ${fileName}: ${text.slice(0, 200)}` };
};
