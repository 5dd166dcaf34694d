/**
 * Draws each demo product's certificate history relative to the day the seed runs, so the
 * demo never goes stale: decisions mostly fall within the last 30 months, a few run out
 * within 30 days, renewals supersede an earlier certificate, and the issuer, number, legal
 * basis and printed address match the rules of the decision's date.
 */
import { addDays, addMonths } from "../../app/lib/dates";
import { legalBasisOn as basisInForce } from "../../app/domain/certificate/schemas";
import { rulesFor } from "../reference/basis-rules";
import type { IssuingLevel } from "../schema";
import type { CertificatePlan, Stars } from "./data/types";

/** Districts were abolished and communes merged on this day (two-level local government). */
export const TWO_LEVEL_GOVERNMENT_FROM = "2025-07-01";
/** The Ministry of Agriculture and Rural Development merged into Agriculture and Environment. */
export const MINISTRY_MERGED_FROM = "2025-03-01";
const MINISTRY_BEFORE = "Bộ Nông nghiệp và Phát triển nông thôn";
const MINISTRY_AFTER = "Bộ Nông nghiệp và Môi trường";

export type LegalBasisDates = { code: string; effectiveFrom: string; textKind: string };

/** The former units a producer's certificates named before July 2025. */
export type LegacyAddress = {
  communeId: string;
  communeName: string;
  districtId: string | null;
  districtName: string | null;
  provinceName: string | null;
};

export type CertificateContext = {
  slug: string;
  stars: Stars;
  plan: CertificatePlan;
  today: string;
  street: string;
  /** The producer's address as printed today. */
  currentAddress: string;
  /** Today's province, e.g. "Tỉnh Phú Thọ". */
  currentProvinceName: string;
  legacy: LegacyAddress | null;
  legalBases: readonly LegalBasisDates[];
};

export type PlannedCertificate = {
  stars: number;
  score: number | null;
  /** Null for an evaluation result (1–2★): not a decision. */
  decisionNumber: string | null;
  decisionDate: string;
  issuingLevel: IssuingLevel;
  issuingBody: string;
  legalBasisCode: string;
  status: "active" | "revoked" | "superseded";
  revokedAt: Date | null;
  revokedReason: string | null;
  addressPrinted: string;
  legacyPlaceId: string | null;
  /** 4★ at the province with 90+ points under 148/1489: proposed for 5★. */
  proposedForFive: boolean;
};

/** The current certificate, and the one it superseded when the product was renewed. */
export type PlannedHistory = { current: PlannedCertificate; superseded: PlannedCertificate | null };

/** FNV-1a, so every run draws the same dates, numbers and scores for a slug. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SCORE_BANDS: Record<Stars, readonly [number, number]> = {
  5: [90, 97],
  4: [70, 89],
  3: [50, 69],
  2: [30, 49],
  1: [12, 29],
};

export function scoreFor(stars: Stars, seed: number): number {
  const [min, max] = SCORE_BANDS[stars];
  return min + (seed % (max - min + 1));
}

/** The rules in force on a date (the app's own rule), or the oldest basis before them all. */
export function legalBasisOn(date: string, bases: readonly LegalBasisDates[]): string {
  const inForce = basisInForce(date, bases);
  if (inForce) return inForce.code;
  const oldest = [...bases].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (!oldest) throw new Error("No legal bases: seed the reference data first");
  return oldest.code;
}

/** "Huyện Sông Lô" → "huyện Sông Lô": unit words are lower case inside an address or a title. */
export function lowerUnit(name: string): string {
  return name.charAt(0).toLocaleLowerCase("vi") + name.slice(1);
}

function issuer(
  stars: number,
  basis: string,
  date: string,
  ctx: CertificateContext,
): { level: IssuingLevel; body: string; legacyPlaceId: string | null } {
  const beforeMerger = date < TWO_LEVEL_GOVERNMENT_FROM && ctx.legacy !== null;
  const legacyCommune = beforeMerger ? (ctx.legacy?.communeId ?? null) : null;
  if (stars === 5) {
    return {
      level: "ministry",
      body: date < MINISTRY_MERGED_FROM ? MINISTRY_BEFORE : MINISTRY_AFTER,
      legacyPlaceId: legacyCommune,
    };
  }
  // Under the 2023 rules the district recognised 3-star products (and recorded lower results).
  if (stars <= 3 && basis === "2023" && beforeMerger && ctx.legacy?.districtId && ctx.legacy.districtName) {
    return {
      level: "district",
      body: `UBND ${lowerUnit(ctx.legacy.districtName)}`,
      legacyPlaceId: ctx.legacy.districtId,
    };
  }
  const provinceName =
    beforeMerger && ctx.legacy?.provinceName ? ctx.legacy.provinceName : ctx.currentProvinceName;
  return { level: "province", body: `UBND ${lowerUnit(provinceName)}`, legacyPlaceId: legacyCommune };
}

function decisionNumber(level: IssuingLevel, stars: number, date: string, seed: number): string | null {
  const n = 100 + (seed % 3800);
  if (stars < 3) return null; // an evaluation result, not a recognition: no document number
  if (level === "ministry") return date < MINISTRY_MERGED_FROM ? `${n}/QĐ-BNN-VPĐP` : `${n}/QĐ-BNNMT`;
  return `${n}/QĐ-UBND`;
}

function printedAddress(date: string, ctx: CertificateContext): string {
  if (date >= TWO_LEVEL_GOVERNMENT_FROM || !ctx.legacy) return ctx.currentAddress;
  const parts = [ctx.street, lowerUnit(ctx.legacy.communeName)];
  if (ctx.legacy.districtName) parts.push(lowerUnit(ctx.legacy.districtName));
  if (ctx.legacy.provinceName) parts.push(lowerUnit(ctx.legacy.provinceName));
  return parts.join(", ");
}

function certificate(
  stars: Stars,
  date: string,
  seed: number,
  ctx: CertificateContext,
  score: number | null,
): PlannedCertificate {
  const basis = legalBasisOn(date, ctx.legalBases);
  const who = issuer(stars, basis, date, ctx);
  const pf = rulesFor(basis).potentialFive;
  let proposedForFive = false;
  if (stars === 4 && score !== null && score >= 90) {
    if (pf && who.level === pf.level && score >= pf.minScore) proposedForFive = true;
    // A basis without "potential 5★": the demo's 90+ 4★ falls back into the 4★ band.
    else score = 89;
  }
  return {
    stars,
    score,
    proposedForFive,
    decisionNumber: decisionNumber(who.level, stars, date, seed),
    decisionDate: date,
    issuingLevel: who.level,
    issuingBody: who.body,
    legalBasisCode: basis,
    status: "active",
    revokedAt: null,
    revokedReason: null,
    addressPrinted: printedAddress(date, ctx),
    legacyPlaceId: who.legacyPlaceId,
  };
}

/** The certificates of one demo product, dated relative to `ctx.today`. */
export function planCertificates(ctx: CertificateContext): PlannedHistory {
  const seed = stableHash(ctx.slug);
  const { plan, today } = ctx;
  let date: string;
  if (plan.expired) {
    // Valid until yesterday or earlier: decision + 36 months never passes yesterday.
    date = addMonths(addDays(today, -1), -36);
  } else if (plan.expiresInDays !== undefined) {
    date = addMonths(addDays(today, plan.expiresInDays), -36);
  } else {
    const months = plan.ageMonths ?? 1 + (seed % 29);
    date = addDays(addMonths(today, -months), -((seed >>> 8) % 20));
  }
  const score = plan.score ?? scoreFor(ctx.stars, seed >>> 4);
  const current = certificate(ctx.stars, date, seed, ctx, score);
  if (plan.revokedReason) {
    current.status = "revoked";
    current.revokedReason = plan.revokedReason;
    // Revoked after a post-inspection some months into its validity, and before today.
    const inspected = addDays(date, 120);
    const latest = addDays(today, -3);
    const revokedOn = inspected < latest ? inspected : latest < date ? date : latest;
    current.revokedAt = new Date(`${revokedOn}T09:00:00+07:00`);
  }
  if (!plan.renewedFrom) return { current, superseded: null };
  // The earlier certificate ran out a couple of weeks after the renewal decision replaced it.
  const earlierDate = addDays(addMonths(date, -36), 15);
  const earlierSeed = stableHash(`${ctx.slug}:earlier`);
  const earlierBasis = legalBasisOn(earlierDate, ctx.legalBases);
  // Records kept under the 2019 rules often carry the stars only.
  const earlierScore = earlierBasis === "2019" ? null : scoreFor(plan.renewedFrom, earlierSeed);
  const superseded = certificate(plan.renewedFrom, earlierDate, earlierSeed, ctx, earlierScore);
  superseded.status = "superseded";
  return { current, superseded };
}
