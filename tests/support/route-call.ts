/**
 * Calling a route's loader or action in a test the way Remix does: a Request built as a
 * browser sends it, the arguments Remix passes, and the answer read whatever its shape
 * (a Response, Remix's data(), a plain object; returned or thrown). Shared by tests/routes,
 * tests/authz, tests/forms and tests/query so that they all speak to routes alike.
 */
import type { AppLoadContext } from "@remix-run/node";
import { commitSession } from "../../app/web/auth.server";
import "../../app/web/load-context";

export const ORIGIN = "http://localhost";

/** The Cookie header a browser sends for a session token. */
export async function sessionCookie(token: string): Promise<string> {
  return (await commitSession(token)).split(";")[0] ?? "";
}

/** A GET as a browser sends it; signed in when `cookie` is given. */
export function get(pathAndQuery: string, cookie?: string): Request {
  return new Request(`${ORIGIN}${pathAndQuery}`, cookie ? { headers: { Cookie: cookie } } : {});
}

export type PostOptions = {
  cookie?: string;
  /** The Origin header; our own by default, null for none (a request that did not say). */
  origin?: string | null;
  headers?: Record<string, string>;
};

/** A form POST (urlencoded, or multipart when given FormData), from our own origin by default. */
export function post(
  pathAndQuery: string,
  fields: Record<string, string> | URLSearchParams | FormData,
  o: PostOptions = {},
): Request {
  const headers = new Headers(o.headers);
  const origin = o.origin === undefined ? ORIGIN : o.origin;
  if (origin !== null && !headers.has("Origin")) headers.set("Origin", origin);
  if (o.cookie) headers.set("Cookie", o.cookie);
  const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
  if (!(fields instanceof FormData) && !headers.has("Content-Type"))
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  return new Request(`${ORIGIN}${pathAndQuery}`, { method: "POST", body, headers });
}

export type RouteArgs = {
  request: Request;
  params: Record<string, string>;
  context: AppLoadContext;
};

/** The arguments Remix passes a loader or action. */
export function args(
  request: Request,
  params: Record<string, string> = {},
  context: AppLoadContext = {},
): RouteArgs {
  return { request, params, context };
}

/** Remix's data() result: what a route returns to set a status or headers. */
export function isData(value: unknown): value is { data: unknown; init: ResponseInit | null } {
  return !!value && typeof value === "object" && "data" in value && "init" in value;
}

/** A route's answer, returned or thrown (Remix treats a thrown Response or data() as the answer). */
export async function settle(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (thrown) {
    if (thrown instanceof Response || isData(thrown)) return thrown;
    throw thrown;
  }
}

export function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  if (isData(result)) return result.init?.status ?? 200;
  return 200;
}

export function dataOf<T>(result: unknown): T {
  if (isData(result)) return result.data as T;
  throw new Error(`not a data() result: ${String(result)}`);
}

export function locationOf(result: unknown): string | null {
  return result instanceof Response ? result.headers.get("Location") : null;
}

export type Outcome = {
  status: number;
  /** Location of a redirect; null otherwise. */
  location: string | null;
  headers: Headers;
  /** The data of a data() result or a plain object; {} for a Response. */
  body: Record<string, unknown>;
  /** A Response's body text (byte-order mark kept; "" for redirects), else the data as JSON. */
  text: string;
};

/** Reads an answer into an Outcome (consumes a Response's body). */
export async function outcomeOf(result: unknown): Promise<Outcome> {
  if (result instanceof Response) {
    // Read as bytes: Response.text() would drop a byte-order mark a CSV test wants to see.
    const text =
      result.status >= 300 && result.status < 400
        ? ""
        : new TextDecoder("utf-8", { ignoreBOM: true }).decode(await result.arrayBuffer());
    return {
      status: result.status,
      location: result.headers.get("Location"),
      headers: result.headers,
      body: {},
      text,
    };
  }
  if (isData(result)) {
    const init = result.init ?? {};
    return {
      status: init.status ?? 200,
      location: null,
      headers: new Headers(init.headers),
      body: result.data as Record<string, unknown>,
      text: JSON.stringify(result.data ?? null),
    };
  }
  return {
    status: 200,
    location: null,
    headers: new Headers(),
    body: result as Record<string, unknown>,
    text: JSON.stringify(result ?? null),
  };
}

/** Runs a loader or action and reads its answer; anything else it throws fails the test. */
export async function run(call: () => unknown): Promise<Outcome> {
  return outcomeOf(await settle(call));
}
