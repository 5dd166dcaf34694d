/**
 * The session cookie and the `require…` helpers routes call before doing anything for a
 * user. Loaders and actions throw what these throw: a redirect to log in, or a 403.
 */
import { createCookie, redirect } from "@remix-run/node";
import type { Role } from "../../db/schema";
import {
  SESSION_TTL_MS,
  userForSession,
  type SessionUser,
} from "../domain/account/accounts.server";
import { getConfig } from "../infra/config.server";
import { getDb } from "../infra/db.server";

import "./load-context";

export type { SessionUser };

function sessionCookie() {
  return createCookie("ocop_session", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().NODE_ENV === "production",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

/** The raw session token from the request's cookie, without touching the database. */
export async function readSessionToken(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("ocop_session=")) return null;
  const value: unknown = await sessionCookie().parse(header);
  return typeof value === "string" && value.length > 0 && value.length < 200 ? value : null;
}

export function commitSession(token: string): Promise<string> {
  return sessionCookie().serialize(token);
}

export function destroySession(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** The signed-in user, or null. No query at all when the request carries no session cookie. */
export async function getOptionalUser(request: Request): Promise<SessionUser | null> {
  const token = await readSessionToken(request);
  if (!token) return null;
  return userForSession(await getDb(), token);
}

function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** The signed-in user; anyone else is sent to log in and brought back afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getOptionalUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = request.method === "GET" ? url.pathname + url.search : url.pathname;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`, 303);
}

/** A user holding one of the roles; an administrator always passes. */
export async function requireRole(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (user.role === "administrator" || roles.includes(user.role)) return user;
  throw forbidden();
}

/**
 * The client's address for rate limits: the connection's peer, or, only when TRUST_PROXY is
 * set, the last X-Forwarded-For entry (the address our proxy saw, which the client cannot forge).
 */
export function clientAddress(
  request: Request,
  context: { clientAddress?: string },
): string | null {
  if (getConfig().TRUST_PROXY) {
    const forwarded = request.headers.get("X-Forwarded-For");
    const last = forwarded
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return last.slice(0, 64);
  }
  return context.clientAddress ?? null;
}
