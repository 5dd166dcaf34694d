/**
 * The one reading of numbers, ids, dates and text that come from outside (a path, a query
 * string, a form): strict, and bounded by what the database can hold, so a value that passes
 * here never makes Postgres fail. Pure functions: the browser's forms may use them too.
 */
import { z } from "zod";

/** The largest value of a Postgres `integer` (and `serial`) column. */
export const INT4_MAX = 2_147_483_647;
/** The smallest value of a Postgres `integer` column. */
export const INT4_MIN = -2_147_483_648;

export type IntegerRange = { min?: number; max?: number };

/**
 * A whole number written the plain decimal way: digits, with a leading minus only when the
 * range allows negatives. "1e3", "0x10", " 12", "12abc", "1.5", "+3" and "" are not numbers
 * here (Number() would take most of them). Out of `[min, max]` (default: a Postgres
 * integer; a `bigserial` id passes Number.MAX_SAFE_INTEGER) is null too, so nothing beyond
 * the column ever reaches SQL.
 */
export function parseInteger(raw: unknown, range: IntegerRange = {}): number | null {
  const min = range.min ?? INT4_MIN;
  const max = range.max ?? INT4_MAX;
  // A number already read (a schema parsing its own output) is checked the same way.
  if (typeof raw === "number")
    return Number.isSafeInteger(raw) && raw >= min && raw <= max ? raw : null;
  if (typeof raw !== "string") return null;
  const pattern = min < 0 ? /^-?[0-9]{1,16}$/ : /^[0-9]{1,16}$/;
  if (!pattern.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** A record's id (a `serial` column): 1 to 2,147,483,647, plain digits, or null. */
export function parseId(raw: unknown): number | null {
  return parseInteger(raw, { min: 1, max: INT4_MAX });
}

/** The id in a route's path, or a 404: a malformed id names no record. */
export function requireIdParam(raw: string | undefined): number {
  const id = parseId(raw);
  if (id === null) throw new Response("Not Found", { status: 404 });
  return id;
}

/**
 * A slug in a path (a product's, a producer's): lowercase letters, digits and hyphens, at
 * most 160 characters (longer than any we make), or null. Anything else names no record.
 */
export function parseSlug(raw: unknown): string | null {
  return typeof raw === "string" && /^[a-z0-9-]{1,160}$/.test(raw) ? raw : null;
}

/** Far beyond any list of ours; keeps OFFSET from becoming a denial-of-service knob. */
export const PAGE_MAX = 10_000;

/**
 * A page number of a list: 1 when absent or unusable (a list is read, never written, so a
 * silly page shows the first); a page past `max` is `max`, which the list answers as past
 * its end.
 */
export function parsePage(raw: unknown, max = PAGE_MAX): number {
  const n = parseInteger(raw, { min: 1, max: Number.MAX_SAFE_INTEGER });
  return n === null ? 1 : Math.min(n, max);
}

/** Years our dates may have: four digits, so Postgres (which has no year 0) takes them all. */
const YEAR_MIN = 1000;
const YEAR_MAX = 9999;

/**
 * A real calendar day written YYYY-MM-DD (what `<input type="date">` sends), or null:
 * "2026-02-30", "2026-13-01", "0000-01-01" and "20260-01-01" are not days.
 */
export function parseIsoDate(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(raw);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay ? raw : null;
}

/**
 * C0 control characters and DEL, except tab, line feed and carriage return (a textarea's
 * lines). Postgres refuses NUL in text outright; the others break CSV files, logs and mail.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Text as we store and compare it: NFC (one code point per Vietnamese letter, whatever the
 * keyboard sent, so "Mật" typed two ways is one word) without control characters.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROL_ALL, "").normalize("NFC");
}

/** A zod field for an id sent in a form (a hidden field, a select): `message` when unusable. */
export function idField(message: string) {
  return z.unknown().transform((v, ctx) => {
    const id = parseId(v);
    if (id === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return id;
  });
}

/** A zod field for a whole number typed or chosen in a form, within `range`. */
export function integerField(message: string, range: IntegerRange = {}) {
  return z.unknown().transform((v, ctx) => {
    const n = parseInteger(typeof v === "string" ? v.trim() : v, range);
    if (n === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
}
