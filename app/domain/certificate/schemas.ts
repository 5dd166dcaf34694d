/**
 * The rules of an OCOP certificate that a form (onboarding, renewal, the bulk import) checks
 * before anything is written: score bands, the decision's number and date, who may issue which
 * stars under which rules. Shared by the pages and the server; messages are translation keys.
 * No database here: the legal bases come in as data (they are versioned rows, not code).
 *
 * Sources: the per-basis rule table db/reference/basis-rules.ts (score bands, who recognises
 * which stars, "4★ potential 5★", evaluation results without a decision), with each rule's
 * source in docs/ocop-rules.md; docs/decisions/0009 for the shape of the forms.
 */
import { alcoholPercentField } from "../product/alcohol";
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import type { IssuingLevel } from "../../../db/schema";
import { idField, parseIsoDate } from "../../lib/params";
import { LEGAL_BASES } from "../../../db/reference/legal-bases";
import { bandStars, rulesFor } from "../../../db/reference/basis-rules";

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

/**
 * The council's score out of 100 decides the band: 90–100 5★, 70–89 4★, 50–69 3★, 30–49 2★,
 * below 30 1★ (the bands of the basis; the same under every basis so far).
 */
export function starsForScore(score: number, basisCode = "2023"): 1 | 2 | 3 | 4 | 5 {
  return bandStars(rulesFor(basisCode), score);
}

/** Only 3★ and more are certified (recognised by a decision); 1–2★ are results on record. */
export const CERTIFIED_MIN_STARS = 3;
/** The earliest basis on record took effect then (490/QĐ-TTg, 07/05/2018): nothing is older. */
export const EARLIEST_DECISION_DATE = LEGAL_BASES.reduce(
  (min, b) => (b.effectiveFrom < min ? b.effectiveFrom : min),
  "9999-12-31",
);
/** Districts were abolished on this day (two-level local government): no district decisions after it. */
export const DISTRICTS_ABOLISHED_FROM = "2025-07-01";
/** The only rules under which a district recognised products (3★): Quyết định 148/QĐ-TTg, 2023. */
export const DISTRICT_RULES_BASIS = "2023";

export type LegalBasisOption = {
  code: string;
  effectiveFrom: string;
  /** programme | criteria | amendment; a programme is chosen only when no criteria were in force. */
  textKind: string;
};

/**
 * The rules in force on a date, chosen when the official leaves the basis empty: the latest
 * set of rating criteria (or amendment to them) that had taken effect by then; before the
 * first criteria (1048/QĐ-TTg, 21/08/2019), the programme in force (490/QĐ-TTg). A programme
 * (919/QĐ-TTg) is never chosen over criteria in force: it may be picked by hand.
 */
export function legalBasisOn<B extends LegalBasisOption>(
  date: string,
  bases: readonly B[],
): B | null {
  const later = (a: B | null, b: B) => !a || b.effectiveFrom > a.effectiveFrom;
  let rules: B | null = null;
  let programme: B | null = null;
  for (const b of bases) {
    if (b.effectiveFrom > date) continue;
    if (b.textKind === "programme") {
      if (later(programme, b)) programme = b;
    } else if (later(rules, b)) rules = b;
  }
  return rules ?? programme;
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
 * Who may issue what, by the rule table of the basis (db/reference/basis-rules.ts):
 * - 5★ is recognised by the ministry only, and the ministry recognises 5★ only;
 * - a district recognised 3★ (or recorded 1–2★) only under 148/QĐ-TTg, and only before
 *   districts were abolished on 1 July 2025; never 4★ or 5★;
 * - the province recognises 3★ and 4★ and records 1–2★ and "not achieved" results.
 * A "not achieved" result recognises nothing: only the level's right to act is checked.
 */
export function issuerProblem(c: {
  stars: number;
  level: IssuingLevel;
  basisCode: string;
  decisionDate: string;
  achieved?: boolean;
}): IssuerProblem | null {
  const rules = rulesFor(c.basisCode);
  const achieved = c.achieved ?? true;
  const recognised = rules.recognises[c.level] as readonly number[];
  if (achieved && c.stars === 5 && !recognised.includes(5))
    return { field: "issuingLevel", key: "acert.error.fiveStarsMinistry" };
  if (c.level === "ministry" && !(achieved && recognised.includes(c.stars)))
    return { field: "issuingLevel", key: "acert.error.ministryFiveOnly" };
  const until = rules.levelUntil[c.level];
  if (c.level === "district" && c.decisionDate >= (until ?? DISTRICTS_ABOLISHED_FROM))
    return { field: "issuingLevel", key: "acert.error.districtAbolished" };
  if (recognised.length === 0)
    return { field: "issuingLevel", key: "acert.error.districtOnly2023" };
  if (achieved && c.stars >= CERTIFIED_MIN_STARS && !recognised.includes(c.stars))
    return { field: "issuingLevel", key: "acert.error.districtThreeMax" };
  return null;
}

export type Grade = {
  stars: number;
  /** 4★ at the province with a 5★ score (148, 1489): proposed to the ministry. */
  proposedForFive: boolean;
  achieved: boolean;
};

/**
 * The stars a council result records, by the rule table of its basis: the band of the score,
 * except a provincial 90+ under a basis with "potential 5★" (recognised 4★, proposed for 5★).
 * A "not achieved" result keeps the band the score reached at that level, recognising nothing.
 * Null stars: only the stars were given (older records); they are taken as typed.
 */
export function gradeFor(c: {
  score: number | null;
  stars: number | null;
  level: IssuingLevel;
  basisCode: string;
  achieved: boolean;
}): { ok: true; grade: Grade } | { ok: false; field: "stars" | "issuingLevel"; key: MessageKey } {
  const rules = rulesFor(c.basisCode);
  if (c.score === null) {
    if (c.stars === null) return { ok: false, field: "stars", key: "acert.error.scoreOrStars" };
    return { ok: true, grade: { stars: c.stars, proposedForFive: false, achieved: c.achieved } };
  }
  const band = bandStars(rules, c.score);
  if (!c.achieved) {
    const top = Math.max(0, ...(rules.recognises[c.level] as readonly number[]));
    const stars = top > 0 ? Math.min(band, top) : band;
    return { ok: true, grade: { stars, proposedForFive: false, achieved: false } };
  }
  const pf = rules.potentialFive;
  const proposed = pf !== null && c.level === pf.level && c.score >= pf.minScore;
  const fromScore = proposed && pf ? pf.stars : band;
  if (c.stars !== null && c.stars !== fromScore) {
    // 5★ typed at the province with a 5★ score: the stars are right, the level is not.
    if (c.stars === band)
      return { ok: false, field: "issuingLevel", key: "acert.error.fiveStarsMinistry" };
    return { ok: false, field: "stars", key: "acert.error.starsDisagree" };
  }
  return { ok: true, grade: { stars: fromScore, proposedForFive: proposed, achieved: true } };
}

/** An evaluation result (1–2★, not achieved) rather than a recognition. */
export function isEvaluationResult(g: { stars: number; achieved: boolean }): boolean {
  return !g.achieved || g.stars < CERTIFIED_MIN_STARS;
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
  /** Empty only for an evaluation result (checked across fields). */
  decisionNumber: z
    .string()
    .optional()
    .transform((v) => (v ? normaliseDecisionNumber(v) : ""))
    .refine((v) => v === "" || isDecisionNumber(v), key("acert.error.decisionNumber"))
    .transform((v) => (v === "" ? null : v)),
  /** A checkbox: the council found a mandatory criterion failed ("không đạt"). */
  notAchieved: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true" || v === "1"),
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
  decisionNumber: string | null;
  decisionDate: string;
  issuingLevel: IssuingLevel;
  legalBasisCode: string | null;
  notAchieved: boolean;
};

/**
 * The checks across fields (each field is already valid): score and stars agree, the rules
 * were in force on the decision date. Fills in the stars and the legal basis; null on a problem.
 */
function checkDecision<T extends DecisionValues>(
  v: T,
  ctx: z.RefinementCtx,
  dc: DecisionContext,
): (T & { legalBasisCode: string }) | null {
  let ok = true;
  const fail = (path: string, message: MessageKey) => {
    ctx.addIssue({ code: "custom", path: [path], message });
    ok = false;
  };
  if (v.score === null && v.stars === null) fail("score", "acert.error.scoreOrStars");
  if (v.notAchieved && v.score === null) fail("score", "acert.error.notAchievedScore");

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
  if (!ok || !basis) return null;
  return { ...v, legalBasisCode: basis.code };
}

/** The cross-field checks of a graded decision, issuer rules included. */
function checkGradedDecision<T extends DecisionValues>(
  v: T,
  ctx: z.RefinementCtx,
  dc: DecisionContext,
): (Omit<T, "notAchieved"> & Grade & { legalBasisCode: string }) | null {
  const checked = checkDecision(v, ctx, dc);
  if (!checked) return null;
  const fail = (path: string, message: MessageKey) => {
    ctx.addIssue({ code: "custom", path: [path], message });
    return null;
  };
  const graded = gradeFor({
    score: checked.score,
    stars: checked.stars,
    level: checked.issuingLevel,
    basisCode: checked.legalBasisCode,
    achieved: !checked.notAchieved,
  });
  if (!graded.ok) return fail(graded.field, graded.key);
  const issuer = issuerProblem({
    stars: graded.grade.stars,
    level: checked.issuingLevel,
    basisCode: checked.legalBasisCode,
    decisionDate: checked.decisionDate,
    achieved: graded.grade.achieved,
  });
  if (issuer) return fail(issuer.field, issuer.key);
  // A recognition is a decision with a number; under 1489 and 26/2026 an evaluation result
  // (1–2★, not achieved) is not, and must not look like one.
  const evaluation = isEvaluationResult(graded.grade);
  if (!evaluation && checked.decisionNumber === null)
    return fail("decisionNumber", "acert.error.decisionNumber");
  if (
    evaluation &&
    checked.decisionNumber !== null &&
    rulesFor(checked.legalBasisCode).evaluationWithoutDecision
  )
    return fail("decisionNumber", "acert.error.evaluationNoNumber");
  const { notAchieved: _notAchieved, ...rest } = checked;
  return { ...rest, ...graded.grade };
}

/** The decision-level fields of a bulk import: the same rules, without a grade. */
export function importDecisionSchema(dc: DecisionContext) {
  const { decisionDate, issuingBody, issuingLevel, legalBasisCode } = decisionShape(dc);
  // An import lists the products one decision recognised: it always has a number, asked for
  // with the other fields (not only once they are right).
  const decisionNumber = z
    .string({ required_error: key("acert.error.decisionNumber") })
    .transform(normaliseDecisionNumber)
    .refine(isDecisionNumber, key("acert.error.decisionNumber"));
  return z
    .object({ decisionNumber, decisionDate, issuingBody, issuingLevel, legalBasisCode })
    .transform((v, ctx) => {
      // The stars come from each row; only the date and the rules are checked here.
      const checked = checkDecision(
        { ...v, score: null, stars: CERTIFIED_MIN_STARS, notAchieved: false },
        ctx,
        dc,
      );
      if (!checked) return z.NEVER;
      return {
        decisionNumber: v.decisionNumber,
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

/** Field names of the forms, in page order (for reading a FormData and re-showing values). */
export const DECISION_FIELDS = [
  "score",
  "stars",
  "notAchieved",
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

/** The revoking bodies' rank: a certificate is revoked by its own level or one above. */
const LEVEL_RANK: Record<IssuingLevel, number> = { district: 1, province: 2, ministry: 3 };

export type RevocationContext = {
  today: string;
  bases: readonly LegalBasisOption[];
  /** The grounds on record, each under its basis. */
  grounds: readonly { legalBasisCode: string; code: string }[];
};

export const REVOCATION_NOTE_MAX = 500;

/**
 * A revoking decision: its number (normalised like any decision number), date (not in the
 * future; not before the certificate's decision, checked by the command that knows it),
 * issuing body and level, and a ground of the rules in force on that date, with a note.
 */
export function revocationSchema(rc: RevocationContext) {
  return z
    .object({
      decisionNumber: z
        .string({ required_error: key("revoke.error.decisionNumber") })
        .transform(normaliseDecisionNumber)
        .refine(isDecisionNumber, key("revoke.error.decisionNumber")),
      decisionDate: z
        .string({ required_error: key("revoke.error.decisionDate") })
        .transform((v, ctx) => {
          const d = parseFormDate(v);
          const problem: MessageKey | null = !d
            ? "revoke.error.decisionDate"
            : d > rc.today
              ? "revoke.error.decisionDateFuture"
              : d < EARLIEST_DECISION_DATE
                ? "revoke.error.decisionDateBeforeCertificate"
                : null;
          if (problem || !d) {
            ctx.addIssue({ code: "custom", message: problem ?? key("revoke.error.decisionDate") });
            return z.NEVER;
          }
          return d;
        }),
      issuingBody: z
        .string({ required_error: key("revoke.error.issuingBody") })
        .trim()
        .min(3, key("revoke.error.issuingBody"))
        .max(200, key("revoke.error.issuingBody")),
      issuingLevel: z.enum(ISSUING_LEVEL_VALUES, {
        errorMap: () => ({ message: key("revoke.error.issuingLevel") }),
      }),
      groundCode: z
        .string({ required_error: key("revoke.error.ground") })
        .trim()
        .min(1, key("revoke.error.ground")),
      note: optionalText(REVOCATION_NOTE_MAX, key("revoke.error.noteTooLong")),
    })
    .transform((v, ctx) => {
      const basis = legalBasisOn(v.decisionDate, rc.bases);
      if (
        !basis ||
        !rc.grounds.some((g) => g.legalBasisCode === basis.code && g.code === v.groundCode)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["groundCode"],
          message: key("revoke.error.groundForDate"),
        });
        return z.NEVER;
      }
      if (v.issuingLevel === "district" && v.decisionDate >= DISTRICTS_ABOLISHED_FROM) {
        ctx.addIssue({
          code: "custom",
          path: ["issuingLevel"],
          message: key("acert.error.districtAbolished"),
        });
        return z.NEVER;
      }
      return { ...v, groundBasis: basis.code };
    });
}

export type RevocationInput = z.infer<ReturnType<typeof revocationSchema>>;

export const REVOCATION_FIELDS = [
  "decisionNumber",
  "decisionDate",
  "issuingBody",
  "issuingLevel",
  "groundCode",
  "note",
] as const;

/**
 * The problem with a revocation against the certificate it revokes: dated before the
 * certificate's decision, or issued by a level below the one that recognised the product.
 */
export function revocationProblem(
  certificate: { decisionDate: string; issuingLevel: IssuingLevel },
  input: { decisionDate: string; issuingLevel: IssuingLevel },
): { field: "decisionDate" | "issuingLevel"; key: MessageKey } | null {
  if (input.decisionDate < certificate.decisionDate)
    return { field: "decisionDate", key: "revoke.error.decisionDateBeforeCertificate" };
  if (LEVEL_RANK[input.issuingLevel] < LEVEL_RANK[certificate.issuingLevel])
    return { field: "issuingLevel", key: "revoke.error.levelBelow" };
  return null;
}

/** Where an official sits, for who may revoke and who confirms: province, commune (or a former unit). */
export type OfficialTier = "administrator" | "province" | "commune";

export function officialTier(user: {
  role: string;
  officialPlaceCode: string | null;
  officialLegacyPlaceId: string | null;
}): OfficialTier | null {
  if (user.role === "administrator") return "administrator";
  if (user.role !== "official") return null;
  if (user.officialPlaceCode?.length === 2) return "province";
  if (user.officialPlaceCode || user.officialLegacyPlaceId) return "commune";
  return null;
}

/**
 * Who may revoke a certificate at once: a ministry (5★) certificate only an administrator (the
 * app has no ministry officials); a province or former district certificate the province's
 * official or an administrator. A commune official may only prepare it for the province.
 */
export function revokeRefusal(
  tier: OfficialTier | null,
  certificateLevel: IssuingLevel,
): MessageKey | null {
  if (tier === "administrator") return null;
  if (certificateLevel === "ministry") return "revoke.refused.ministry";
  if (tier === "province") return null;
  return "revoke.refused.commune";
}

export const returnEntrySchema = z.object({
  returnReason: z
    .string({ required_error: key("entries.error.returnReason") })
    .trim()
    .min(5, key("entries.error.returnReason"))
    .max(500, key("entries.error.returnReason")),
});
