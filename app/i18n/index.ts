import { messages, type MessageKey } from "./messages";

export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "vi";
export type { MessageKey };

export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

/** The reader's language in a meta function, which gets the root's data only through its matches. */
export function langOfMatches(matches: readonly { id: string; data: unknown }[]): Lang {
  const rootData = matches.find((m) => m.id === "root")?.data;
  const value =
    rootData && typeof rootData === "object" && "lang" in rootData ? rootData.lang : undefined;
  return isLang(value) ? value : DEFAULT_LANG;
}

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = messages[lang][key] ?? messages.vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type T = (key: MessageKey, params?: Params) => string;

/** Messages only the workspaces use: sent only to people who can open a workspace. */
const WORKSPACE_PREFIXES = ["pws.", "admin.", "acert.", "promo.admin.", "settle."];
/** Messages only the HTTP server writes, before any page: never sent to the browser. */
const SERVER_PREFIXES = ["http."];

/**
 * Every message in one language, with the Vietnamese original where the language lacks one:
 * what root.tsx hands to the browser (see messages/client.ts). On the server this is the full
 * dictionary; in the browser the one the page was rendered with, so both render the same.
 * Without `workspace`, the workspaces' messages are left out (a shopper's page stays light);
 * a role change always comes with a full page load (log-in and log-out forms reload).
 */
export function dictionaryFor(lang: Lang, workspace: boolean): Record<string, string> {
  const all: Record<string, string> =
    lang === "vi" ? messages.vi : { ...messages.vi, ...messages.en };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (SERVER_PREFIXES.some((p) => key.startsWith(p))) continue;
    if (workspace || !WORKSPACE_PREFIXES.some((p) => key.startsWith(p))) out[key] = value;
  }
  return out;
}

const scripts = new Map<string, string>();

/** The `<script>` body that hands the dictionary to the browser, safe inside an HTML page. */
export function dictionaryScript(lang: Lang, workspace: boolean): string {
  const cacheKey = `${lang}:${workspace ? "workspace" : "shop"}`;
  let script = scripts.get(cacheKey);
  if (!script) {
    const json = JSON.stringify({ lang, messages: dictionaryFor(lang, workspace) })
      .replace(/</g, "\\u003c")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029");
    script = `window.__OCOP_I18N__=${json};`;
    scripts.set(cacheKey, script);
  }
  return script;
}

/**
 * The address of the dictionary's script (served by routes/i18n.$file.ts). With `version`
 * (i18n.server.ts) the browser may keep it for good; without, it asks each time.
 */
export function dictionaryPath(lang: Lang, workspace: boolean, version?: string): string {
  const file = `/i18n/${lang}${workspace ? "-workspace" : ""}.js`;
  return version ? `${file}?v=${encodeURIComponent(version)}` : file;
}

/** Reads a dictionary file name back ("vi.js", "en-workspace.js"); null when it is none. */
export function parseDictionaryFile(file: string): { lang: Lang; workspace: boolean } | null {
  const match = /^(vi|en)(-workspace)?\.js$/.exec(file);
  if (!match || !isLang(match[1])) return null;
  return { lang: match[1], workspace: match[2] !== undefined };
}

export function makeT(lang: Lang): T {
  return (key, params) => translate(lang, key, params);
}

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/*
 * Whole numbers and calendar dates, all the pages show, are written here by hand, the way
 * Intl writes them. The first Intl formatter of a kind makes the browser load ICU's locale
 * data, and that happens inside the hydration render, in one uninterruptible task (50–80 ms
 * on a throttled phone); a browser with another ICU version could also write a date
 * differently from the server and break hydration. Anything else (fractions, numbers past
 * 2^53, dates outside years 1000–9999) still goes through Intl.
 */
const GROUP_SEPARATOR: Record<Lang, string> = { vi: ".", en: "," };
const EN_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];

// Intl formatters are costly to build and safe to reuse: one per language and kind.
const vndFormats = new Map<Lang, Intl.NumberFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "1.234.567" / "-1,234,567" for a whole number; null when Intl must write it. */
function groupedInteger(lang: Lang, n: number): { sign: string; digits: string } | null {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang]);
  return { sign: n < 0 ? "-" : "", digits };
}

/** "120.000 ₫" in Vietnamese, "₫120,000" in English: whole đồng, no decimals. */
export function formatVnd(lang: Lang, amount: number): string {
  const whole = groupedInteger(lang, amount);
  if (whole) {
    return lang === "vi" ? `${whole.sign}${whole.digits}\u00a0₫` : `${whole.sign}₫${whole.digits}`;
  }
  let f = vndFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      style: "currency",
      currency: "VND",
      maximumFractionDigits: 0,
    });
    vndFormats.set(lang, f);
  }
  return f.format(amount);
}

export function formatNumber(lang: Lang, n: number): string {
  const whole = groupedInteger(lang, n);
  if (whole) return whole.sign + whole.digits;
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang]);
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/** A calendar date (YYYY-MM-DD): "28/02/2026" in Vietnamese, "28 Feb 2026" in English. */
export function formatDate(lang: Lang, isoDate: string): string {
  // Through Date, as Intl reads it: an impossible day rolls over the same way.
  const date = new Date(`${isoDate}T00:00:00Z`);
  const year = date.getUTCFullYear();
  if (year >= 1000 && year <= 9999) {
    const day = date.getUTCDate();
    const month = date.getUTCMonth();
    return lang === "vi"
      ? `${String(day).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/${year}`
      : `${day} ${EN_MONTHS[month]} ${year}`;
  }
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: "UTC",
      ...(lang === "vi"
        ? { day: "2-digit", month: "2-digit", year: "numeric" }
        : { day: "numeric", month: "short", year: "numeric" }),
    });
    dateFormats.set(lang, f);
  }
  return f.format(date);
}

/** Picks the English text when present and asked for, else the Vietnamese original. */
export function pick(lang: Lang, vi: string, en: string | null | undefined): string {
  return lang === "en" && en ? en : vi;
}
