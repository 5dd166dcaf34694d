/**
 * Pieces of the emails about an order that more than one module sends: the order's details
 * as plain text, and the private link of a guest's order.
 */
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import { orderItems, orderParts, orders, places, producers } from "../../../db/schema";
import { formatVnd, pick, translate, type Lang } from "../../i18n/index";
import { hashToken } from "../account/accounts.server";
import { countsTowardsTotal, orderTotals } from "./lifecycle";

const communePlace = alias(places, "commune_place");
const provincePlace = alias(places, "province_place");

/**
 * The order as the buyer reads it in an email: where it goes, each shipment's lines and fee,
 * the total. A cancelled or returned shipment is listed, marked as such with its reason, and
 * left out of the total (decision 0022). Three queries.
 */
export async function orderDetailsText(db: Db, orderId: number, lang: Lang): Promise<string> {
  const [order] = await db
    .select({
      number: orders.number,
      buyerName: orders.buyerName,
      buyerPhone: orders.buyerPhone,
      street: orders.street,
      communeName: communePlace.name,
      provinceName: provincePlace.name,
    })
    .from(orders)
    .innerJoin(communePlace, eq(communePlace.code, orders.communeCode))
    .innerJoin(provincePlace, eq(provincePlace.code, orders.provinceCode))
    .where(eq(orders.id, orderId));
  if (!order) return "";
  const parts = await db
    .select({
      id: orderParts.id,
      status: orderParts.status,
      cancelReason: orderParts.cancelReason,
      itemsTotalVnd: orderParts.itemsTotalVnd,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      producer: producers.name,
    })
    .from(orderParts)
    .innerJoin(producers, eq(producers.id, orderParts.producerId))
    .where(eq(orderParts.orderId, orderId))
    .orderBy(asc(producers.name), asc(orderParts.id));
  const items = parts.length
    ? await db
        .select()
        .from(orderItems)
        .where(
          inArray(
            orderItems.orderPartId,
            parts.map((p) => p.id),
          ),
        )
        .orderBy(asc(orderItems.id))
    : [];
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const lines = [
    t("orders.view.title", { number: order.number }),
    `${t("orders.view.deliverTo")}: ${order.buyerName} · ${order.buyerPhone}, ${order.street}, ${order.communeName}, ${order.provinceName}`,
  ];
  for (const part of parts) {
    lines.push("", t("orders.view.shipment", { producer: part.producer }));
    if (!countsTowardsTotal(part.status)) {
      lines.push(
        `[${t(`orders.status.${part.status}`)}: ${t("outcomes.mail.notCounted")}]`,
        ...(part.status === "cancelled" && part.cancelReason
          ? [`${t("orders.view.cancelReason")}: ${part.cancelReason}`]
          : []),
      );
    }
    for (const item of items.filter((i) => i.orderPartId === part.id)) {
      lines.push(
        `- ${pick(lang, item.nameVi, item.nameEn)} (${pick(lang, item.unitVi, item.unitEn)}) × ${item.quantity}: ${formatVnd(lang, item.lineTotalVnd)}`,
      );
    }
    lines.push(
      `${t("orders.view.shipping")}: ${part.shippingFeeVnd === 0 ? t("orders.view.free") : formatVnd(lang, part.shippingFeeVnd)}`,
    );
  }
  lines.push("", `${t("orders.view.total")}: ${formatVnd(lang, orderTotals(parts).totalVnd)}`);
  return lines.join("\n");
}

/**
 * The order's private link, recovered from the Checkout Session's success URL (which the app
 * built with the key, see createCheckoutSession): the key is only stored hashed, so this is
 * the one place it can be found again after placement. Used only when the key in the URL
 * hashes to the order's own; anything else gives null.
 */
export function privateOrderLink(input: {
  successUrl: string | null | undefined;
  number: string;
  accessKeyHash: string;
  siteUrl: string;
}): string | null {
  if (!input.successUrl) return null;
  let url: URL;
  try {
    url = new URL(input.successUrl);
  } catch {
    return null;
  }
  const key = url.searchParams.get("key");
  if (!key || key.length > 100 || url.pathname !== `/orders/${input.number}`) return null;
  if (hashToken(key) !== input.accessKeyHash) return null;
  return `${input.siteUrl}/orders/${input.number}?${new URLSearchParams({ key })}`;
}
