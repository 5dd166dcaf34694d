/**
 * The app's logger: one line per event, time and level first, so operators can grep and
 * ship it. Information goes to stdout, warnings and errors to stderr. Error objects keep
 * their stack and the chain of causes (a database error's code, message and detail sit in
 * the cause of the query error that wraps it). A line written while a request is served
 * carries that request's id, which the response also carries (X-Request-Id), so a report
 * can be matched to its log. Nothing logged here is ever shown to users.
 */
import { AsyncLocalStorage } from "node:async_hooks";

type Level = "info" | "warn" | "error";

// One store per process: the HTTP server (server/) and the app's build each load their own copy
// of this module, and the id set by the one must be read by the other.
const STORE_KEY = Symbol.for("cho-ocop.request-ids");
const requestIds: AsyncLocalStorage<string> = ((globalThis as Record<symbol, unknown>)[
  STORE_KEY
] ??= new AsyncLocalStorage<string>()) as AsyncLocalStorage<string>;

/** Runs `fn` (and everything it starts) as part of the request with this id. */
export function withRequestId<R>(id: string, fn: () => R): R {
  return requestIds.run(id, fn);
}

export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

const MAX_CAUSES = 5;

function field(error: object, name: string): string | undefined {
  const value: unknown = Reflect.get(error, name);
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** "code message (detail)" of one error in a chain, for the errors that are not the first. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return typeof cause === "string" ? cause : JSON.stringify(cause);
  const code = field(cause, "code");
  const detail = field(cause, "detail");
  return [cause.name, code && `[${code}]`, cause.message, detail && `(${detail})`]
    .filter(Boolean)
    .join(" ");
}

export function formatError(error: Error): string {
  let text = error.stack ?? error.message;
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
    text += `\n  caused by: ${describeCause(cause)}`;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return text;
}

function write(level: Level, message: string, detail: unknown[]): void {
  const extra = detail
    .map((d) =>
      d instanceof Error ? formatError(d) : typeof d === "string" ? d : JSON.stringify(d),
    )
    .join(" ");
  const id = requestIds.getStore();
  const text = `${new Date().toISOString()} ${level.toUpperCase()}${id ? ` [req ${id}]` : ""} ${message}${extra ? ` ${extra}` : ""}\n`;
  (level === "info" ? process.stdout : process.stderr).write(text);
}

export const logger = {
  info: (message: string, ...detail: unknown[]) => write("info", message, detail),
  warn: (message: string, ...detail: unknown[]) => write("warn", message, detail),
  error: (message: string, ...detail: unknown[]) => write("error", message, detail),
};

export type Logger = typeof logger;
