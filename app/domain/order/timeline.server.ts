/**
 * The status timeline of a buyer's shipments, from order_events: every move with when, who,
 * and what it carried (carrier code or name and tracking, a reason, the restock choice). One query. The
 * caller has already checked the buyer may see these parts (getOrderForBuyer).
 */
import { asc, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { orderEvents, type OrderActorKind, type OrderPartStatus } from "../../../db/schema";
import type { Lang } from "../../i18n/index";
import { formatVietnamDateTime } from "./shipments.server";

export type TimelineEntry = {
  status: OrderPartStatus;
  actor: OrderActorKind;
  at: Date;
  carrier: string | null;
  trackingNumber: string | null;
  reason: string | null;
  restocked: boolean | null;
};

export async function partTimelines(
  db: Db,
  partIds: readonly number[],
): Promise<Map<number, TimelineEntry[]>> {
  const out = new Map<number, TimelineEntry[]>();
  if (partIds.length === 0) return out;
  const rows = await db
    .select({
      partId: orderEvents.orderPartId,
      to: orderEvents.toStatus,
      actor: orderEvents.actorKind,
      at: orderEvents.createdAt,
      details: orderEvents.details,
    })
    .from(orderEvents)
    .where(inArray(orderEvents.orderPartId, [...partIds]))
    .orderBy(asc(orderEvents.id));
  for (const r of rows) {
    const d = r.details ?? {};
    const list = out.get(r.partId) ?? [];
    list.push({
      status: r.to,
      actor: r.actor,
      at: r.at,
      carrier: d.carrier ?? null,
      trackingNumber: d.trackingNumber ?? null,
      reason: d.reason ?? null,
      restocked: typeof d.restocked === "boolean" ? d.restocked : null,
    });
    out.set(r.partId, list);
  }
  return out;
}

/** The timelines as the order page shows them: per part id, times written out in Vietnam time. */
export async function partTimelinesForPage(
  db: Db,
  partIds: readonly number[],
  lang: Lang,
): Promise<Record<number, (Omit<TimelineEntry, "at"> & { at: string; iso: string })[]>> {
  const timelines = await partTimelines(db, partIds);
  return Object.fromEntries(
    partIds.map((id) => [
      id,
      (timelines.get(id) ?? []).map((e) => ({
        ...e,
        at: formatVietnamDateTime(lang, e.at),
        iso: e.at.toISOString(),
      })),
    ]),
  );
}
