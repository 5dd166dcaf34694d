/**
 * The rules of an OCOP certificate that a form (onboarding, renewal, the bulk import) checks
 * before anything is written: score bands, the decision's number and date, who may issue which
 * stars under which rules. Shared by the pages and the server; messages are translation keys.
 * No database here: the legal bases come in as data (they are versioned rows, not code).
 *
 * Sources: DESIGN.md ("OCOP rating", "Validity") and the issuer rules the demo seed follows
 * (db/seed/certificates.ts); the decision that encodes them is docs/decisions/0009.
 */
import { alcoholPercentField } from "../product/alcohol";
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import type { IssuingLevel } from "../../../db/schema";
import { idField, parseIsoDate } from "../../lib/params";

const key = (k: MessageKey) => k;

// Spelled out (not imported from the schema) so the browser bundle stays free of drizzle.
export const ISSUING_LEVEL_VALUES = [
  "ministry",
  "province",
  "district",
] as const satisfies readonly IssuingLevel[];

/** What a product's certificate means today, as the official workspace lists it. */
export const CERT_STATES = ["valid", "expiring", "expired", "revoked", "none"] as const;
export type CertState = (typeof CERT_STATES)[number];

/** Producers offered in a picker or a filter at once; more are reached by typing a name. */
export const PRODUCER_OPTIONS_LIMIT = 300;

/** The council's score out of 100 decides the stars: 90–100 5★, 70–89 4★, 50–69 3★, 30–49 2★, below 30 1★. */
export function starsForScore(score: number): 1 | 2 | 3 | 4 | 5 {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  if (score >= 30) return 2;
  return 1;
}

/** Only 3★ and more are certified (recognised by a decision); 1–2★ are results on record. */
export const CERTIFIED_MIN_STARS = 3;
/** The programme's certificates on record here start with the 2018 decisions. */
export const EARLIEST_DECISION_DATE = "2018-01-01";
/** Districts were abolished on this day (two-level local government): no district decisions after it. */
export const DISTRICTS_ABOLISHED_FROM = "2025-07-01";
/** The only rules under which a district recognised products (3★): Quyết định 148/QĐ-TTg, 2023. */
export const DISTRICT_RULES_BASIS = "2023";

export type LegalBasisOption = { code: string; effectiveFrom: string };

/** The rules in force on a date: the latest basis that had taken effect by then. */
export function legalBasisOn(
  date: string,
  bases: readonly LegalBasisOption[],
): LegalBasisOption | null {
  let chosen: LegalBasisOption | null = null;
  for (const b of bases) {
    if (b.effectiveFrom <= date && (!chosen || b.effectiveFrom > chosen.effectiveFrom)) chosen = b;
  }
  return chosen;
}

/**
 * "1234/QĐ-UBND", "15/2024/QĐ-UBND", "456/QĐ-BNN-VPĐP", "12/BB-HĐĐG" (council minutes for a
 * 1–2★ result): a number, an optional year, then the document's sign. Typed in any case and
 * with stray spaces; stored upper case.
 */
const DECISION_NUMBER =
  /^[0-9]{1,6}(?:\/(?:19|20)[0-9]{2})?\/[A-ZĐ]{2,10}(?:[-.][A-ZĐ0-9]{1,12}){0,4}$/u;

export function normaliseDecisionNumber(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\s*([/.-])\s*/g, "$1")
    .replace(/\s+/g, "")
    .toLocaleUpperCase("vi");
}

export function isDecisionNumber(value: string): boolean {
  return value.length <= 60 && DECISION_NUMBER.test(value);
}

/** A real calendar date written YYYY-MM-DD (what `<input type="date">` sends), or dd/mm/yyyy. */
export function parseFormDate(raw: string): string | null {
  const s = raw.trim();
  let iso = s;
  const vn = /^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$/.exec(s);
  if (vn) iso = `${vn[3]}-${vn[2]?.padStart(2, "0")}-${vn[1]?.padStart(2, "0")}`;
  return parseIsoDate(iso);
}

/**
 * Whole đồng as people type them: "120000", "120.000", "120,000", "120 000" (VND has no
 * minor unit, so a separator is always a thousands separator). Null when it is not that.
 */
export function parseWholeDong(raw: string): number | null {
  const s = raw.trim().replace(/\s*(đ|₫|vnd|đồng)$/iu, "");
  if (!/^(?:[0-9]{1,3}(?:[.,\s][0-9]{3})+|[0-9]+)$/.test(s)) return null;
  const n = Number(s.replace(/[.,\s]/g, ""));
  return Number.isSafeInteger(n) ? n : null;
}

export const PRICE_MAX = 1_000_000_000;
export const STOCK_MAX = 100_000;

export type IssuerProblem = { field: "issuingLevel" | "stars"; key: MessageKey };

/**
 * Who may issue what, by the rules of the decision's date:
 * - 5★ is recognised by the ministry only, and the ministry recognises 5★ only;
 * - a district recognised (3★) or recorded (1–2★) only under the 2023 rules, and only
 *   before districts were abolished on 1 July 2025; never 4★ or 5★;
 * - the province recognises 3★ and 4★ and records 1–2★ results.
 */
export function issuerProblem(c: {
  stars: number;
  level: IssuingLevel;
  basisCode: string;
  decisionDate: string;
}): IssuerProblem | null {
  if (c.stars === 5 && c.level !== "ministry")
    return { field: "issuingLevel", key: "acert.error.fiveStarsMinistry" };
  if (c.level === "ministry" && c.stars !== 5)
    return { field: "issuingLevel", key: "acert.error.ministryFiveOnly" };
  if (c.level === "district") {
    if (c.decisionDate >= DISTRICTS_ABOLISHED_FROM)
      return { field: "issuingLevel", key: "acert.error.districtAbolished" };
    if (c.basisCode !== DISTRICT_RULES_BASIS)
      return { field: "issuingLevel", key: "acert.error.districtOnly2023" };
    if (c.stars > 3) return { field: "issuingLevel", key: "acert.error.districtThreeMax" };
  }
  return null;
}

const optionalText = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));

export type DecisionContext = { today: string; bases: readonly LegalBasisOption[] };

/** The grade and the decision: what onboarding and a renewal or regrade both ask for. */
const decisionShape = (dc: DecisionContext) => ({
  score: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      if (!/^[0-9]+(?:[.,][0-9]+)?$/.test(v) || !Number.isInteger(n) || n < 0 || n > 100) {
        ctx.addIssue({ code: "custom", message: key("acert.error.score") });
        return z.NEVER;
      }
      return n;
    }),
  stars: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^[1-5]$/.test(v)) {
        ctx.addIssue({ code: "custom", message: key("acert.error.stars") });
        return z.NEVER;
      }
      return Number(v);
    }),
  decisionNumber: z
    .string({ required_error: key("acert.error.decisionNumber") })
    .transform(normaliseDecisionNumber)
    .refine(isDecisionNumber, key("acert.error.decisionNumber")),
  decisionDate: z
    .string({ required_error: key("acert.error.decisionDate") })
    .transform((v, ctx) => {
      const d = parseFormDate(v);
      const problem: MessageKey | null = !d
        ? "acert.error.decisionDate"
        : d > dc.today
          ? "acert.error.decisionDateFuture"
          : d < EARLIEST_DECISION_DATE
            ? "acert.error.decisionDateTooOld"
            : null;
      if (problem || !d) {
        ctx.addIssue({ code: "custom", message: problem ?? key("acert.error.decisionDate") });
        return z.NEVER;
      }
      return d;
    }),
  issuingBody: z
    .string({ required_error: key("acert.error.issuingBody") })
    .trim()
    .min(3, key("acert.error.issuingBody"))
    .max(200, key("acert.error.issuingBody")),
  issuingLevel: z.enum(ISSUING_LEVEL_VALUES, {
    errorMap: () => ({ message: key("acert.error.issuingLevel") }),
  }),
  /** Empty: the rules in force on the decision date. */
  legalBasisCode: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!dc.bases.some((b) => b.code === v)) {
        ctx.addIssue({ code: "custom", message: key("acert.error.legalBasis") });
        return z.NEVER;
      }
      return v;
    }),
});

type DecisionValues = {
  score: number | null;
  stars: number | null;
  decisionDate: string;
  issuingLevel: IssuingLevel;
  legalBasisCode: string | null;
};

/**
 * The checks across fields (each field is already valid): score and stars agree, the rules
 * were in force on the decision date. Fills in the stars and the legal basis; null on a problem.
 */
function checkDecision<T extends DecisionValues>(
  v: T,
  ctx: z.RefinementCtx,
  dc: DecisionContext,
): (T & { stars: number; legalBasisCode: string }) | null {
  let ok = true;
  const fail = (path: string, message: MessageKey) => {
    ctx.addIssue({ code: "custom", path: [path], message });
    ok = false;
  };
  let stars = v.stars;
  if (v.score !== null) {
    const fromScore = starsForScore(v.score);
    if (stars !== null && stars !== fromScore) fail("stars", "acert.error.starsDisagree");
    stars = fromScore;
  }
  if (stars === null) fail("score", "acert.error.scoreOrStars");

  let basis: LegalBasisOption | null;
  if (v.legalBasisCode === null) {
    basis = legalBasisOn(v.decisionDate, dc.bases);
    if (!basis) fail("legalBasisCode", "acert.error.legalBasis");
  } else {
    basis = dc.bases.find((b) => b.code === v.legalBasisCode) ?? null;
    if (!basis) fail("legalBasisCode", "acert.error.legalBasis");
    else if (basis.effectiveFrom > v.decisionDate)
      fail("legalBasisCode", "acert.error.legalBasisLater");
  }
  if (!ok || stars === null || !basis) return null;
  return { ...v, stars, legalBasisCode: basis.code };
}

/** The cross-field checks of a graded decision, issuer rules included. */
function checkGradedDecision<T extends DecisionValues>(
  v: T,
  ctx: z.RefinementCtx,
  dc: DecisionContext,
) {
  const checked = checkDecision(v, ctx, dc);
  if (!checked) return null;
  const issuer = issuerProblem({
    stars: checked.stars,
    level: checked.issuingLevel,
    basisCode: checked.legalBasisCode,
    decisionDate: checked.decisionDate,
  });
  if (issuer) {
    ctx.addIssue({ code: "custom", path: [issuer.field], message: issuer.key });
    return null;
  }
  return checked;
}

/** The decision-level fields of a bulk import: the same rules, without a grade. */
export function importDecisionSchema(dc: DecisionContext) {
  const { decisionNumber, decisionDate, issuingBody, issuingLevel, legalBasisCode } =
    decisionShape(dc);
  return z
    .object({ decisionNumber, decisionDate, issuingBody, issuingLevel, legalBasisCode })
    .transform((v, ctx) => {
      // The stars come from each row; only the date and the rules are checked here.
      const checked = checkDecision({ ...v, score: null, stars: CERTIFIED_MIN_STARS }, ctx, dc);
      if (!checked) return z.NEVER;
      return {
        decisionNumber: checked.decisionNumber,
        decisionDate: checked.decisionDate,
        issuingBody: checked.issuingBody,
        issuingLevel: checked.issuingLevel,
        legalBasisCode: checked.legalBasisCode,
      };
    });
}

export type ImportDecision = z.infer<ReturnType<typeof importDecisionSchema>>;

/** A new decision for a product that is already on record (renewal or regrade). */
export function newDecisionSchema(dc: DecisionContext) {
  return z
    .object(decisionShape(dc))
    .transform((v, ctx) => checkGradedDecision(v, ctx, dc) ?? z.NEVER);
}

export type NewDecision = z.infer<ReturnType<typeof newDecisionSchema>>;

/** Onboarding: the product and its first certificate. */
export function onboardSchema(dc: DecisionContext) {
  return z
    .object({
      producerId: idField(key("acert.error.producer")),
      nameVi: z
        .string({ required_error: key("acert.error.nameVi") })
        .trim()
        .min(2, key("acert.error.nameVi"))
        .max(200, key("acert.error.nameVi")),
      nameEn: optionalText(200, key("acert.error.nameEn")),
      productSetId: idField(key("acert.error.productSet")),
      descriptionVi: z
        .string({ required_error: key("acert.error.descriptionVi") })
        .trim()
        .min(10, key("acert.error.descriptionVi"))
        .max(5000, key("acert.error.descriptionVi")),
      descriptionEn: optionalText(5000, key("acert.error.descriptionEn")),
      unitVi: z
        .string({ required_error: key("acert.error.unitVi") })
        .trim()
        .min(1, key("acert.error.unitVi"))
        .max(100, key("acert.error.unitVi")),
      unitEn: optionalText(100, key("acert.error.unitEn")),
      priceVnd: z.string({ required_error: key("acert.error.price") }).transform((v, ctx) => {
        const n = parseWholeDong(v);
        if (n === null || n < 1 || n > PRICE_MAX) {
          ctx.addIssue({ code: "custom", message: key("acert.error.price") });
          return z.NEVER;
        }
        return n;
      }),
      stock: z
        .string()
        .trim()
        .optional()
        .transform((v, ctx) => {
          if (!v) return 0;
          const n = Number(v);
          if (!/^[0-9]+$/.test(v) || n > STOCK_MAX) {
            ctx.addIssue({ code: "custom", message: key("acert.error.stock") });
            return z.NEVER;
          }
          return n;
        }),
      addressPrinted: optionalText(300, key("acert.error.addressPrinted")),
      /** % ABV, empty for a product without alcohol (Law 44/2019, decision 0027). */
      alcoholPercent: alcoholPercentField,
      ...decisionShape(dc),
    })
    .transform((v, ctx) => checkGradedDecision(v, ctx, dc) ?? z.NEVER);
}

export type OnboardInput = z.infer<ReturnType<typeof onboardSchema>>;

export const REVOKE_REASON_MIN = 5;
export const revokeSchema = z.object({
  reason: z
    .string({ required_error: key("acert.error.reason") })
    .trim()
    .min(REVOKE_REASON_MIN, key("acert.error.reason"))
    .max(500, key("acert.error.reasonTooLong")),
});

/** Field names of the forms, in page order (for reading a FormData and re-showing values). */
export const DECISION_FIELDS = [
  "score",
  "stars",
  "decisionNumber",
  "decisionDate",
  "issuingBody",
  "issuingLevel",
  "legalBasisCode",
] as const;

export const ONBOARD_FIELDS = [
  "producerId",
  "nameVi",
  "nameEn",
  "productSetId",
  "descriptionVi",
  "descriptionEn",
  "unitVi",
  "unitEn",
  "priceVnd",
  "stock",
  "alcoholPercent",
  "addressPrinted",
  ...DECISION_FIELDS,
] as const;

export const IMPORT_DECISION_FIELDS = [
  "decisionNumber",
  "decisionDate",
  "issuingBody",
  "issuingLevel",
  "legalBasisCode",
] as const;
