/**
 * The shipments (order parts) a producer fulfils: its list, one shipment, its moves (through
 * transitionOrderPart: stock, events, refunds) and the CSV export. Every query filters on the
 * producer's id.
 */
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db } from "../../../db/client";
import {
  cardPayments,
  vnpayPayments,
  orderEvents,
  orderItems,
  orderParts,
  orders,
  places,
  producers,
} from "../../../db/schema";
import type { Lang } from "../../i18n/index";
import { VIETNAM_TZ } from "../../lib/dates";
import { recordAudit } from "../audit/record.server";
import { transitionOrderPart, type TransitionResult } from "./orders.server";
import type { z } from "zod";
import {
  cancelSchema,
  deliveryFailedSchema,
  returnedSchema,
  shipSchema,
  type OrderFilter,
} from "./shipment-schema";
import type { ProducerActor } from "../producer/overview.server";
export const ORDERS_PAGE_SIZE = 20;
/** A CSV export holds at most this many items (rows); the list's filters narrow it down. */
export const CSV_MAX_ROWS = 20_000;

const provincePlace = alias(places, "pws_province");
const communePlace = alias(places, "pws_commune");

export type ProducerOrderRow = Awaited<ReturnType<typeof listProducerOrderParts>>["rows"][number];

function orderFilterCondition(producerId: number, f: OrderFilter): SQL {
  const conditions: SQL[] = [eq(orderParts.producerId, producerId)];
  if (f.status) conditions.push(eq(orderParts.status, f.status));
  // Dates are the day the order was placed in Vietnam.
  const day = sql`(${orders.createdAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  if (f.from) conditions.push(sql`${day} >= ${f.from}::date`);
  if (f.to) conditions.push(sql`${day} <= ${f.to}::date`);
  return and(...conditions) as SQL;
}

/** A page of the producer's order parts, newest first, with the total count. Two queries. */
export async function listProducerOrderParts(
  db: Db,
  producerId: number,
  filter: OrderFilter,
  page: number,
  pageSize = ORDERS_PAGE_SIZE,
) {
  const where = orderFilterCondition(producerId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        partId: orderParts.id,
        number: orders.number,
        createdAt: orders.createdAt,
        buyerName: orders.buyerName,
        status: orderParts.status,
        items:
          sql<number>`(select coalesce(sum(i.quantity), 0) from order_items i where i.order_part_id = ${orderParts.id})`.mapWith(
            Number,
          ),
        totalVnd: orderParts.totalVnd,
        paymentMethod: orders.paymentMethod,
        cardPaymentStatus: cardPayments.status,
        vnpayPaymentStatus: vnpayPayments.status,
      })
      .from(orderParts)
      .innerJoin(orders, eq(orders.id, orderParts.orderId))
      .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
      .leftJoin(vnpayPayments, eq(vnpayPayments.orderId, orders.id))
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orderParts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(orderParts)
      .innerJoin(orders, eq(orders.id, orderParts.orderId))
      .where(where),
  ]);
  const n = total?.n ?? 0;
  return { rows, total: n, pages: Math.max(1, Math.ceil(n / pageSize)) };
}

/** One order part as getProducerOrderPart reads it: the type follows its column selections. */
export type ProducerOrderDetail = NonNullable<Awaited<ReturnType<typeof getProducerOrderPart>>>;

/**
 * One order part of this producer with what they need to ship it: items, the buyer's name,
 * phone and address (never the buyer's email, nor the other producers' parts). Three queries.
 */
export async function getProducerOrderPart(db: Db, producerId: number, partId: number) {
  const [part] = await db
    .select({
      partId: orderParts.id,
      number: orders.number,
      createdAt: orders.createdAt,
      status: orderParts.status,
      carrier: orderParts.carrier,
      trackingNumber: orderParts.trackingNumber,
      cancelReason: orderParts.cancelReason,
      deliveryFailureReason: orderParts.deliveryFailureReason,
      restocked: orderParts.restocked,
      itemsTotalVnd: orderParts.itemsTotalVnd,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      totalVnd: orderParts.totalVnd,
      buyerName: orders.buyerName,
      buyerPhone: orders.buyerPhone,
      street: orders.street,
      communeName: communePlace.name,
      provinceName: provincePlace.name,
      paymentMethod: orders.paymentMethod,
      cardPaymentStatus: cardPayments.status,
      vnpayPaymentStatus: vnpayPayments.status,
    })
    .from(orderParts)
    .innerJoin(orders, eq(orders.id, orderParts.orderId))
    .innerJoin(communePlace, eq(communePlace.code, orders.communeCode))
    .innerJoin(provincePlace, eq(provincePlace.code, orders.provinceCode))
    .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
    .leftJoin(vnpayPayments, eq(vnpayPayments.orderId, orders.id))
    .where(and(eq(orderParts.id, partId), eq(orderParts.producerId, producerId)));
  if (!part) return null;
  const [items, events] = await Promise.all([
    db
      .select({
        productId: orderItems.productId,
        nameVi: orderItems.nameVi,
        nameEn: orderItems.nameEn,
        unitVi: orderItems.unitVi,
        unitEn: orderItems.unitEn,
        unitPriceVnd: orderItems.unitPriceVnd,
        quantity: orderItems.quantity,
        lineTotalVnd: orderItems.lineTotalVnd,
      })
      .from(orderItems)
      .where(eq(orderItems.orderPartId, partId))
      .orderBy(asc(orderItems.id)),
    db
      .select({
        from: orderEvents.fromStatus,
        to: orderEvents.toStatus,
        actor: orderEvents.actorKind,
        at: orderEvents.createdAt,
        details: orderEvents.details,
      })
      .from(orderEvents)
      .where(eq(orderEvents.orderPartId, partId))
      .orderBy(asc(orderEvents.id)),
  ]);
  return { ...part, items, events };
}

export type ProducerMove =
  "confirmed" | "shipped" | "delivered" | "delivery_failed" | "returned" | "cancelled";

/** What a move's form carried, once checked (shipment-schema.ts). */
export type MoveDetails = {
  carrier?: string;
  trackingNumber?: string;
  reason?: string;
  failureReason?: string;
  restock?: boolean;
};

/** The producer's buttons, by form intent, and the move each asks for. */
export const PRODUCER_MOVE_INTENTS: Readonly<Record<string, ProducerMove>> = {
  confirm: "confirmed",
  ship: "shipped",
  deliver: "delivered",
  fail: "delivery_failed",
  return: "returned",
  cancel: "cancelled",
};

/** The moves whose form carries details, and the schema that checks them. */
export const PRODUCER_MOVE_SCHEMAS: Partial<
  Record<ProducerMove, z.ZodType<MoveDetails, z.ZodTypeDef, unknown>>
> = {
  shipped: shipSchema,
  cancelled: cancelSchema,
  delivery_failed: deliveryFailedSchema,
  returned: returnedSchema,
};

/**
 * Moves one of the producer's order parts: the transition (stock, event, refund) and the
 * audit entry commit together or not at all. A refused move writes nothing.
 */
export async function moveProducerOrderPart(
  db: Db,
  actor: ProducerActor,
  partId: number,
  to: ProducerMove,
  details: MoveDetails = {},
): Promise<TransitionResult> {
  return db.transaction(async (tx) => {
    const [part] = await tx
      .select({
        status: orderParts.status,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(orderParts)
      .innerJoin(producers, eq(producers.id, orderParts.producerId))
      .where(and(eq(orderParts.id, partId), eq(orderParts.producerId, actor.producerId)));
    if (!part) return { ok: false, error: "notFound" } as const;
    const result = await transitionOrderPart(tx, {
      partId,
      to,
      actor: { kind: "producer", userId: actor.id, producerId: actor.producerId },
      details,
    });
    if (!result.ok) return result;
    await recordAudit(tx, actor, {
      action: `orderPart.${to}`,
      entityType: "order_part",
      entityId: partId,
      provinceCode: part.provinceCode,
      communeCode: part.communeCode,
      before: { status: result.from },
      after: {
        status: result.to,
        ...(to === "shipped"
          ? { carrier: details.carrier ?? null, trackingNumber: details.trackingNumber ?? null }
          : {}),
        ...(to === "cancelled" ? { cancelReason: details.reason ?? null } : {}),
        ...(to === "delivery_failed" ? { failureReason: details.failureReason ?? null } : {}),
        ...(to === "returned" ? { restocked: details.restock ?? null } : {}),
      },
    });
    return result;
  });
}

export type OrderCsvItem = Awaited<
  ReturnType<typeof listProducerOrderItemsForCsv>
>["items"][number];

/** Every item of the producer's order parts matching the filter, newest order first. One query. */
export async function listProducerOrderItemsForCsv(
  db: Db,
  producerId: number,
  filter: OrderFilter,
) {
  const rows = await db
    .select({
      number: orders.number,
      createdAt: orders.createdAt,
      status: orderParts.status,
      buyerName: orders.buyerName,
      buyerPhone: orders.buyerPhone,
      street: orders.street,
      communeName: communePlace.name,
      provinceName: provincePlace.name,
      paymentMethod: orders.paymentMethod,
      cardPaymentStatus: cardPayments.status,
      vnpayPaymentStatus: vnpayPayments.status,
      nameVi: orderItems.nameVi,
      nameEn: orderItems.nameEn,
      unitVi: orderItems.unitVi,
      unitEn: orderItems.unitEn,
      unitPriceVnd: orderItems.unitPriceVnd,
      quantity: orderItems.quantity,
      lineTotalVnd: orderItems.lineTotalVnd,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      partTotalVnd: orderParts.totalVnd,
      carrier: orderParts.carrier,
      trackingNumber: orderParts.trackingNumber,
      cancelReason: orderParts.cancelReason,
    })
    .from(orderParts)
    .innerJoin(orders, eq(orders.id, orderParts.orderId))
    .innerJoin(orderItems, eq(orderItems.orderPartId, orderParts.id))
    .innerJoin(communePlace, eq(communePlace.code, orders.communeCode))
    .innerJoin(provincePlace, eq(provincePlace.code, orders.provinceCode))
    .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
    .leftJoin(vnpayPayments, eq(vnpayPayments.orderId, orders.id))
    .where(orderFilterCondition(producerId, filter))
    .orderBy(desc(orders.createdAt), desc(orderParts.id), asc(orderItems.id))
    .limit(CSV_MAX_ROWS + 1);
  return { items: rows.slice(0, CSV_MAX_ROWS), truncated: rows.length > CSV_MAX_ROWS };
}

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * "23/11/2026 20:29" / "23 Nov 2026, 20:29": a moment as read in Vietnam, date first, formatted
 * on the server (so the browser never re-renders it differently).
 */
export function formatVietnamDateTime(lang: Lang, at: Date): string {
  let f = dateTimeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
      timeZone: VIETNAM_TZ,
      day: lang === "vi" ? "2-digit" : "numeric",
      month: lang === "vi" ? "2-digit" : "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateTimeFormats.set(lang, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const time = `${p.hour}:${p.minute}`;
  return lang === "vi"
    ? `${p.day}/${p.month}/${p.year} ${time}`
    : `${p.day} ${p.month} ${p.year}, ${time}`;
}
