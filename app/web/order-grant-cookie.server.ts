/**
 * The cookie that carries a browser's order look-up token (decision 0025): opaque, httpOnly,
 * SameSite=Lax. The orders it opens, and until when, are rows of order_access_grants.
 */
import { createCookie } from "@remix-run/node";
import { getConfig } from "~/infra/config.server";
import { ORDER_GRANT_TTL_MS, parseGrantToken } from "~/domain/order/access-grants.server";

function orderGrantCookie() {
  return createCookie("ocop_orders", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().NODE_ENV === "production",
    maxAge: Math.floor(ORDER_GRANT_TTL_MS / 1000),
  });
}

/** The look-up token from the request, without touching the database. */
export async function readOrderGrantToken(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("ocop_orders=")) return null;
  return parseGrantToken(await orderGrantCookie().parse(header));
}

export function commitOrderGrantToken(token: string): Promise<string> {
  return orderGrantCookie().serialize(token);
}
