/**
 * Orders a browser may open because its guest proved the phone number and the order number
 * (decision 0025). The browser holds an opaque token (a cookie); the database keeps its
 * sha-256 next to each order it opens, with an expiry.
 */
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { orderAccessGrants } from "../../../db/schema";
import { hashToken } from "../account/accounts.server";

/** How long a look-up opens the order in that browser. */
export const ORDER_GRANT_TTL_MS = 30 * 24 * 3600_000;

/** A grant token as a cookie may carry one, or null (then nothing is asked of the database). */
export function parseGrantToken(raw: unknown): string | null {
  return typeof raw === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : null;
}

/** Whether the browser holding `token` was granted the order, and the grant has not expired. */
export async function hasOrderGrant(
  db: Db,
  orderId: number,
  token: string | null | undefined,
): Promise<boolean> {
  const valid = parseGrantToken(token);
  if (!valid) return false;
  const [row] = await db
    .select({ id: orderAccessGrants.id })
    .from(orderAccessGrants)
    .where(
      and(
        eq(orderAccessGrants.tokenHash, hashToken(valid)),
        eq(orderAccessGrants.orderId, orderId),
        gt(orderAccessGrants.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return !!row;
}

/** Grants the order to the browser holding `token` (again: the expiry starts over). */
export async function grantOrder(db: Db, orderId: number, token: string): Promise<void> {
  const expiresAt = new Date(Date.now() + ORDER_GRANT_TTL_MS);
  await db
    .insert(orderAccessGrants)
    .values({ tokenHash: hashToken(token), orderId, expiresAt })
    .onConflictDoUpdate({
      target: [orderAccessGrants.tokenHash, orderAccessGrants.orderId],
      set: { expiresAt },
    });
}
