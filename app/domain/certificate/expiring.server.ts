/** Certificates that expire soon, in the official's scope: the list officials work through. */
import { and, asc, count, eq, gte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import { certificates, places, producers, products } from "../../../db/schema";
import { addDays } from "../../lib/dates";
import { EXPIRING_WITHIN_DAYS } from "./lookup-query";
import { CERTIFIED_MIN_STARS } from "./schemas";
import { productInScope } from "../product/register.server";
import { type ScopeUser } from "../policy/scope.server";
import { producerJoin } from "../catalog/visibility.server";
import { noticeColumns } from "./expiry-notices.server";

const commune = alias(places, "expiring_commune");
const province = alias(places, "expiring_province");

/** `units`: the units the list can be narrowed to, provinces for an administrator, else communes. */
export type ExpiringList = Awaited<ReturnType<typeof listExpiringCertificates>>;
export type ExpiringCertificate = ExpiringList["items"][number];
export type UnitOption = ExpiringList["units"][number];

/**
 * Active certificates of the user's unit that run out within the next 30 days (today
 * included), soonest first: the issuer warns their producers 30 days ahead. Narrowed to one
 * unit (a province, or a commune) with `unit`. Each row says which expiry notices went out
 * when (expiry-notices.server.ts).
 */
export async function listExpiringCertificates(
  db: Db,
  user: ScopeUser,
  today: string,
  opts: { unit?: string | null } = {},
) {
  const until = addDays(today, EXPIRING_WITHIN_DAYS);
  const unitLevel: "province" | "commune" = user.role === "administrator" ? "province" : "commune";
  const unit = opts.unit && /^([0-9]{2}|[0-9]{5})$/.test(opts.unit) ? opts.unit : null;
  const base = and(
    eq(certificates.status, "active"),
    // Certificates only: evaluation results (1–2★, not achieved) do not expire into a renewal.
    eq(certificates.achieved, true),
    gte(certificates.stars, CERTIFIED_MIN_STARS),
    sql`${certificates.validUntil} between ${today} and ${until}`,
    productInScope(user),
  );
  const unitCondition = unit
    ? unit.length === 2
      ? eq(producers.provinceCode, unit)
      : eq(producers.communeCode, unit)
    : undefined;
  const unitColumn = unitLevel === "province" ? producers.provinceCode : producers.communeCode;
  const unitPlace = unitLevel === "province" ? province : commune;

  const [items, units] = await Promise.all([
    db
      .select({
        certificateId: certificates.id,
        productId: products.id,
        productNameVi: products.nameVi,
        productNameEn: products.nameEn,
        stars: certificates.stars,
        decisionNumber: certificates.decisionNumber,
        decisionDate: certificates.decisionDate,
        validUntil: certificates.validUntil,
        issuingBody: certificates.issuingBody,
        producerId: producers.id,
        producerName: producers.name,
        producerPhone: producers.phone,
        producerEmail: producers.email,
        provinceCode: producers.provinceCode,
        provinceName: province.name,
        communeCode: producers.communeCode,
        communeName: commune.name,
        // Who was notified when: the 30- and 7-day emails and the posted letter.
        ...noticeColumns(),
      })
      .from(certificates)
      .innerJoin(products, eq(products.id, certificates.productId))
      .innerJoin(producers, producerJoin)
      .innerJoin(commune, eq(commune.code, producers.communeCode))
      .innerJoin(province, eq(province.code, producers.provinceCode))
      .where(and(base, unitCondition))
      .orderBy(
        asc(certificates.validUntil),
        sql`ocop_fold(${products.nameVi}) collate "C"`,
        asc(certificates.id),
      ),
    db
      .select({ code: unitColumn, name: unitPlace.name, count: count() })
      .from(certificates)
      .innerJoin(products, eq(products.id, certificates.productId))
      .innerJoin(producers, producerJoin)
      .innerJoin(unitPlace, eq(unitPlace.code, unitColumn))
      .where(base)
      .groupBy(unitColumn, unitPlace.name),
  ]);
  const collator = new Intl.Collator("vi");
  units.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  return { items, units, unitLevel, unit, from: today, until };
}
