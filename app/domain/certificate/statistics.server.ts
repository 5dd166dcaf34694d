/**
 * The official workspace's dashboard: the figures OCOP reports quote ("62 products of 29
 * producers recognised at 3 and 4 stars, 1 of them 4★"), for the user's scope. Three grouped
 * queries whatever the data: the headline counts, by unit, by product group.
 *
 * "Certified" means an active, achieved certificate of 3–5 stars still valid today (in
 * Vietnam), whatever the listing: it is the programme's count, not the storefront's. Among
 * them, "4★, potential 5★" (a provincial 90+ under 148 or 1489) is counted on its own too.
 */
import { and, eq, gte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import {
  certificates,
  places,
  producers,
  productGroups,
  products,
  productSets,
} from "../../../db/schema";
import { addDays } from "../../lib/dates";
import { inScope, type ScopeUser } from "../policy/scope.server";

export const EXPIRING_WITHIN_DAYS = 30;

export type StarCounts = { 3: number; 4: number; 5: number };

export type DashboardRow = {
  code: string;
  nameVi: string;
  nameEn: string;
  stars: StarCounts;
  total: number;
};

export type Dashboard = {
  today: string;
  year: number;
  certified: number;
  /** Producers with at least one certified product. */
  producers: number;
  stars: StarCounts;
  /** Certified by a decision dated this calendar year. */
  newThisYear: number;
  /** Certified, and the certificate ends within EXPIRING_WITHIN_DAYS days. */
  expiringSoon: number;
  /** Active certificates past their end: the product must be re-evaluated. */
  expired: number;
  /** 1–2★ and "not achieved" results recorded (evaluation results, never public). */
  lowResults: number;
  /** Certified 4★ proposed to the ministry for 5★ (score 90+ at the province). */
  potentialFive: number;
  /** By province for an administrator, by commune for everyone else. */
  unitLevel: "province" | "commune";
  byUnit: DashboardRow[];
  byGroup: DashboardRow[];
};

const num = (column: SQL) => sql<number>`${column}`.mapWith(Number);

export async function getDashboard(db: Db, user: ScopeUser, today: string): Promise<Dashboard> {
  const year = Number(today.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  const scope = inScope(user, producers.provinceCode, producers.communeCode);
  const certified = sql`(${certificates.stars} >= 3 and ${certificates.achieved} and ${certificates.validUntil} >= ${today})`;
  const certifiedWith = (stars: number) =>
    num(sql`count(*) filter (where ${certified} and ${certificates.stars} = ${stars})`);
  const starColumns = {
    s3: certifiedWith(3),
    s4: certifiedWith(4),
    s5: certifiedWith(5),
    total: num(sql`count(*) filter (where ${certified})`),
  };
  const activeCertificate = and(
    eq(certificates.productId, products.id),
    eq(certificates.status, "active"),
  );
  const unitLevel = user.role === "administrator" ? "province" : "commune";
  const unit = alias(places, "dashboard_unit");
  const unitCode = unitLevel === "province" ? producers.provinceCode : producers.communeCode;

  const [headline, byUnitRows, byGroupRows] = await Promise.all([
    db
      .select({
        ...starColumns,
        producers: num(sql`count(distinct ${products.producerId}) filter (where ${certified})`),
        newThisYear: num(
          sql`count(*) filter (where ${certified} and ${certificates.decisionDate} >= ${yearStart})`,
        ),
        expiringSoon: num(
          sql`count(*) filter (where ${certified} and ${certificates.validUntil} <= ${soon})`,
        ),
        expired: num(
          sql`count(*) filter (where ${certificates.stars} >= 3 and ${certificates.achieved} and ${certificates.validUntil} < ${today})`,
        ),
        lowResults: num(
          sql`count(*) filter (where ${certificates.stars} <= 2 or not ${certificates.achieved})`,
        ),
        potentialFive: num(
          sql`count(*) filter (where ${certified} and ${certificates.proposedForFive})`,
        ),
      })
      .from(products)
      .innerJoin(producers, eq(producers.id, products.producerId))
      .innerJoin(certificates, activeCertificate)
      .where(scope),
    db
      .select({ code: unit.code, nameVi: unit.name, ...starColumns })
      .from(products)
      .innerJoin(producers, eq(producers.id, products.producerId))
      .innerJoin(certificates, activeCertificate)
      .innerJoin(unit, eq(unit.code, unitCode))
      .where(
        and(
          scope,
          gte(certificates.stars, 3),
          eq(certificates.achieved, true),
          gte(certificates.validUntil, today),
        ),
      )
      .groupBy(unit.code, unit.name),
    db
      .select({
        code: productGroups.code,
        nameVi: sql<string>`min(${productGroups.nameVi})`,
        nameEn: sql<string>`min(${productGroups.nameEn})`,
        order: num(sql`min(${productGroups.sortOrder})`),
        ...starColumns,
      })
      .from(products)
      .innerJoin(producers, eq(producers.id, products.producerId))
      .innerJoin(certificates, activeCertificate)
      .innerJoin(productSets, eq(productSets.id, products.productSetId))
      .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
      .where(
        and(
          scope,
          gte(certificates.stars, 3),
          eq(certificates.achieved, true),
          gte(certificates.validUntil, today),
        ),
      )
      // Group codes are stable across the rules' versions: one row per group, any scheme.
      .groupBy(productGroups.code),
  ]);

  const h = headline[0];
  const toRow = (r: {
    code: string;
    nameVi: string;
    nameEn?: string;
    s3: number;
    s4: number;
    s5: number;
    total: number;
  }): DashboardRow => ({
    code: r.code,
    nameVi: r.nameVi,
    nameEn: r.nameEn ?? r.nameVi,
    stars: { 3: r.s3, 4: r.s4, 5: r.s5 },
    total: r.total,
  });
  const collator = new Intl.Collator("vi");
  return {
    today,
    year,
    certified: h?.total ?? 0,
    producers: h?.producers ?? 0,
    stars: { 3: h?.s3 ?? 0, 4: h?.s4 ?? 0, 5: h?.s5 ?? 0 },
    newThisYear: h?.newThisYear ?? 0,
    expiringSoon: h?.expiringSoon ?? 0,
    expired: h?.expired ?? 0,
    lowResults: h?.lowResults ?? 0,
    potentialFive: h?.potentialFive ?? 0,
    unitLevel,
    byUnit: byUnitRows
      .map(toRow)
      .sort((a, b) => b.total - a.total || collator.compare(a.nameVi, b.nameVi)),
    byGroup: byGroupRows
      .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
      .map(toRow),
  };
}
