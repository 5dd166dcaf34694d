/** A signed-in buyer's orders, newest first, for /account. Only their own: filtered by user id. */
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { orderParts, orders } from "../../../db/schema";
import { UNPAID_STATUSES } from "./lifecycle";

/**
 * One of the buyer's orders: `placedAt` is the ISO timestamp of placing it; `parts` holds one
 * status per shipment (one shipment per producer).
 */
export type OrderSummary = Awaited<ReturnType<typeof listOrdersForUser>>[number];

export const ORDER_HISTORY_LIMIT = 50;

/** Two queries whatever the number of orders. */
export async function listOrdersForUser(db: Db, userId: number) {
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      createdAt: orders.createdAt,
      // What is owed: the parts neither cancelled nor returned (decision 0022). The outer
      // table is named in full: drizzle writes a lone table's columns unqualified.
      totalVnd: sql<number>`(select coalesce(sum(p.total_vnd), 0) from order_parts p
        where p.order_id = orders.id and p.status not in ${UNPAID_STATUSES})`.mapWith(Number),
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ORDER_HISTORY_LIMIT);
  if (!rows.length) return [];
  const parts = await db
    .select({ orderId: orderParts.orderId, status: orderParts.status })
    .from(orderParts)
    .where(
      inArray(
        orderParts.orderId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(orderParts.id);
  return rows.map((r) => ({
    number: r.number,
    placedAt: new Date(r.createdAt).toISOString(),
    totalVnd: r.totalVnd,
    parts: parts.filter((p) => p.orderId === r.id).map((p) => p.status),
  }));
}
