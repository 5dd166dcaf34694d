/**
 * Finding an order by phone number + order number, for a guest who has neither the email nor
 * the private link (decision 0025). A match grants the order to the asking browser (see
 * access-grants.server.ts); a wrong phone and an unknown number get the same answer, from
 * the same single query, and both count as a failure. Failures are limited per order number
 * and per client address over a window, the way log-in failures are (decision 0018).
 */
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { orders } from "../../../db/schema";
import { grantOrder, parseGrantToken } from "./access-grants.server";
import type { OrderLookupInput } from "./lookup-schema";

/** Failed look-ups allowed within the window before the next attempt is refused unanswered. */
export const ORDER_LOOKUP_LIMITS = {
  windowMinutes: 15,
  /** One address guessing the phone of one order. */
  perNumberFromAddress: 5,
  /** A guess at one order's phone spread over many addresses. */
  perNumber: 20,
  /** One address trying many orders. */
  perAddress: 20,
} as const;

export type OrderLookupResult =
  | {
      ok: true;
      number: string;
      /** The browser's grant token: the one it had, or a new one for its cookie. */
      grantToken: string;
    }
  | { ok: false; error: "notFound" | "rateLimited" };

/** Whether recent failures reached a limit for this order number from this address. */
export async function lookupBlocked(db: Db, number: string, ip: string | null): Promise<boolean> {
  const since = sql`now() - make_interval(mins => ${ORDER_LOOKUP_LIMITS.windowMinutes})`;
  // An unknown address (no peer address in the load context) counts as one address.
  const [row] = await queryRows<{
    by_pair: number | string;
    by_number: number | string;
    by_ip: number | string;
  }>(
    db,
    sql`select count(*) filter (where order_number = ${number}
                                 and ip is not distinct from ${ip}) as by_pair,
               count(*) filter (where order_number = ${number}) as by_number,
               count(*) filter (where ip is not null and ip = ${ip}) as by_ip
          from order_lookup_failures
         where created_at > ${since} and (order_number = ${number} or ip = ${ip})`,
  );
  return (
    Number(row?.by_pair ?? 0) >= ORDER_LOOKUP_LIMITS.perNumberFromAddress ||
    Number(row?.by_number ?? 0) >= ORDER_LOOKUP_LIMITS.perNumber ||
    Number(row?.by_ip ?? 0) >= ORDER_LOOKUP_LIMITS.perAddress
  );
}

/**
 * Grants the order whose number and buyer's phone both match to the browser holding
 * `grantToken` (a new token when it has none). Anything else is "notFound", whatever was
 * wrong; beyond the limits "rateLimited", before the orders are looked at.
 */
export async function lookupOrder(
  db: Db,
  input: OrderLookupInput & { ip: string | null; grantToken: string | null },
): Promise<OrderLookupResult> {
  if (await lookupBlocked(db, input.number, input.ip)) return { ok: false, error: "rateLimited" };
  const [order] = await db
    .select({ id: orders.id, number: orders.number })
    .from(orders)
    .where(and(eq(orders.number, input.number), eq(orders.buyerPhone, input.phone)));
  if (!order) {
    await db.execute(
      sql`insert into order_lookup_failures (order_number, ip) values (${input.number}, ${input.ip})`,
    );
    return { ok: false, error: "notFound" };
  }
  const grantToken = parseGrantToken(input.grantToken) ?? randomBytes(32).toString("base64url");
  await grantOrder(db, order.id, grantToken);
  return { ok: true, number: order.number, grantToken };
}
