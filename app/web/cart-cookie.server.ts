import { createCookie } from "@remix-run/node";
import type { Db } from "../../db/client";
import { getOptionalUser } from "~/web/auth.server";
import { getConfig } from "~/infra/config.server";
import { findCartId, type CartOwner } from "~/domain/cart/cart.server";

/** A guest cart lives this long after its last visit; the token in it is opaque. */
const CART_COOKIE_MAX_AGE_S = 60 * 24 * 3600;

function cartCookie() {
  return createCookie("ocop_cart", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().NODE_ENV === "production",
    maxAge: CART_COOKIE_MAX_AGE_S,
  });
}

/** The guest cart token from the request, without touching the database. */
export async function readCartToken(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("ocop_cart=")) return null;
  const value: unknown = await cartCookie().parse(header);
  return typeof value === "string" && value.length > 0 && value.length < 200 ? value : null;
}

export function commitCartToken(token: string): Promise<string> {
  return cartCookie().serialize(token);
}

/**
 * Whose cart this request is about: the signed-in user's, else the guest cookie's (which may
 * not exist yet: `guestToken: null`).
 */
export async function cartOwnerOf(
  request: Request,
): Promise<{ owner: CartOwner | { guestToken: null }; userId: number | null }> {
  const user = await getOptionalUser(request);
  if (user) return { owner: { userId: user.id }, userId: user.id };
  return { owner: { guestToken: await readCartToken(request) }, userId: null };
}

/** The request's cart id, or null when it has none; creates nothing. */
export async function currentCartId(
  db: Db,
  request: Request,
): Promise<{ cartId: number | null; userId: number | null }> {
  const { owner, userId } = await cartOwnerOf(request);
  if ("userId" in owner) return { cartId: await findCartId(db, owner), userId };
  if (!owner.guestToken) return { cartId: null, userId };
  return { cartId: await findCartId(db, { guestToken: owner.guestToken }), userId };
}
