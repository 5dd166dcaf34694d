/**
 * Bulk import of a recognition decision's annex: the list of products a decision recognises,
 * with their producers, addresses and stars, as CSV (UTF-8, comma or semicolon) or XLSX.
 *
 * Two steps, one rule: `importDecision` plans every row against the database and reports every
 * problem by row and column; only a plan without problems is written, all of it in one
 * transaction (advisory-locked, so two imports never create the same producer twice). The
 * dry run and the import run the very same planning: an import never trusts an earlier run.
 *
 * Existing producers are matched by folded name within the commune, never duplicated; an
 * existing product of a matched producer is certified again when it has no valid certificate,
 * and refused when it has one. See docs/decisions/0009 for the columns and the choices.
 */
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  certificates,
  places,
  producers,
  productGroups,
  products,
  productSets,
  type LegalForm,
} from "../../../db/schema";
import type { MessageKey, Params } from "../../i18n/index";
import { foldVietnamese, slugify } from "../../lib/text";
import type { SessionUser } from "../account/accounts.server";
import { recordAudits, type AuditEntry } from "../audit/record.server";
import { CATALOG_SCHEME } from "../catalog/catalog.server";
import {
  CERTIFIED_MIN_STARS,
  gradeFor,
  issuerProblem,
  parseWholeDong,
  PRICE_MAX,
  starsForScore,
  type ImportDecision,
} from "./schemas";
import { insertProductWithFreeSlug } from "./commands.server";
import { inScope } from "../policy/scope.server";
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportColumn,
  type ImportIssue,
} from "./decision-import-columns";
import { activeCertificateJoin } from "../catalog/visibility.server";

export {
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportColumn,
  type ImportIssue,
} from "./decision-import-columns";
import { cleanText } from "../../lib/params";
import { initialState, moveTo } from "../lifecycle/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "../product/lifecycle";
import { CERTIFICATE_LIFECYCLE } from "./lifecycle";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The header may sit below a title: it is looked for in the sheet's first rows. */
const HEADER_SEARCH_ROWS = 10;

/** Headers people put in annexes that carry nothing to import (row numbers, notes). */
const IGNORED_HEADERS = new Set(["stt", "tt", "so tt", "no", "#", "ghi chu", "note", "notes"]);

/** Folded, punctuation to spaces: "Giá bán (đồng)" → "gia ban dong". */
function headerKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9#]+/g, " ")
    .trim();
}

const HEADER_LOOKUP: Map<string, ImportColumn> = (() => {
  const map = new Map<string, ImportColumn>();
  for (const c of IMPORT_COLUMNS) {
    for (const label of [c.vi, c.en, c.key, ...c.aliases]) {
      map.set(headerKey(label), c.key);
      // "Giá bán (đồng)" is also recognised as "Giá bán".
      map.set(headerKey(label.replace(/\(.*\)/, "")), c.key);
    }
  }
  return map;
})();

export function columnForHeader(header: string): ImportColumn | null {
  const k = headerKey(header);
  return HEADER_LOOKUP.get(k) ?? HEADER_LOOKUP.get(headerKey(header.replace(/\(.*\)/, ""))) ?? null;
}

export type SheetRow = { row: number; cells: Partial<Record<ImportColumn, string>> };

export type Sheet =
  | { ok: true; rows: SheetRow[]; columns: ImportColumn[]; ignoredHeaders: string[] }
  | { ok: false; issues: ImportIssue[] };

const fileIssue = (key: MessageKey, params?: Params): Sheet => ({
  ok: false,
  issues: [{ row: null, field: "file", key, params }],
});

/** The text of an XLSX cell, whatever exceljs made of it (rich text, formula, hyperlink, date). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // A cell Excel shows as ##### holds a date no calendar has.
  if (value instanceof Date) return isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === null || result === undefined) return "";
      if (typeof result === "string" || typeof result === "number" || typeof result === "boolean")
        return cellText(result);
      if (result instanceof Date) return cellText(result);
      return "";
    }
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return "";
  }
  return "";
}

type RawRow = { row: number; cells: string[] };

async function xlsxRows(bytes: Uint8Array): Promise<RawRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // row.values is 1-based with a hole at 0.
    const values = Array.isArray(row.values) ? row.values : [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] as ExcelJS.CellValue));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function csvRows(bytes: Uint8Array): RawRow[] | "notUtf8" | "unreadable" {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "notUtf8";
  }
  text = text.replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    const records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as { record: string[]; info: { records: number; empty_lines: number } }[];
    // The row number a spreadsheet shows: records and blank lines before it, plus one.
    return records.map((r) => ({ row: r.info.records + r.info.empty_lines, cells: r.record }));
  } catch {
    return "unreadable";
  }
}

/**
 * Reads the file into rows keyed by column: XLSX by its signature ("PK"), anything else as CSV
 * text. The header row is the first of the opening rows that names three known columns.
 */
export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.byteLength === 0) return fileIssue("acert.import.file.empty");
  if (bytes.byteLength > IMPORT_MAX_BYTES)
    return fileIssue("acert.import.file.tooLarge", { max: IMPORT_MAX_BYTES / 1024 / 1024 });
  let raw: RawRow[];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const rows = await xlsxRows(bytes);
    if (!rows) return fileIssue("acert.import.file.unreadable");
    raw = rows;
  } else if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    return fileIssue("acert.import.file.oldExcel");
  } else {
    const rows = csvRows(bytes);
    if (rows === "notUtf8") return fileIssue("acert.import.file.notUtf8");
    if (rows === "unreadable") return fileIssue("acert.import.file.unreadable");
    raw = rows;
  }
  // Cells are stored as they are read: no NUL (Postgres refuses it) nor other control
  // characters that spreadsheets leave behind, and Vietnamese in one normal form.
  raw = raw.map((r) => ({ ...r, cells: r.cells.map(cleanText) }));

  const headerIndex = raw
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => r.cells.filter((c) => columnForHeader(c) !== null).length >= 3);
  const header = raw[headerIndex];
  if (headerIndex < 0 || !header) return fileIssue("acert.import.file.noHeader");

  const issues: ImportIssue[] = [];
  const positions = new Map<ImportColumn, number>();
  const ignoredHeaders: string[] = [];
  header.cells.forEach((text, i) => {
    const column = columnForHeader(text);
    if (column === null) {
      if (text.trim() && !IGNORED_HEADERS.has(headerKey(text))) ignoredHeaders.push(text.trim());
      return;
    }
    if (positions.has(column)) {
      issues.push({
        row: header.row,
        field: column,
        key: "acert.import.file.duplicateColumn",
        params: { header: text.trim() },
      });
      return;
    }
    positions.set(column, i);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !positions.has(c.key));
  for (const c of missing) {
    issues.push({
      row: header.row,
      field: c.key,
      key: "acert.import.file.missingColumn",
      params: { vi: c.vi, en: c.en },
    });
  }
  if (!positions.has("score") && !positions.has("stars")) {
    issues.push({ row: header.row, field: "stars", key: "acert.import.file.missingGrade" });
  }
  if (issues.length) return { ok: false, issues };

  const rows: SheetRow[] = [];
  for (const r of raw.slice(headerIndex + 1)) {
    const cells: Partial<Record<ImportColumn, string>> = {};
    let any = false;
    for (const [column, i] of positions) {
      const v = (r.cells[i] ?? "").replace(/\s+/g, " ").trim();
      if (v) {
        cells[column] = v;
        any = true;
      }
    }
    if (any) rows.push({ row: r.row, cells });
  }
  if (rows.length === 0) return fileIssue("acert.import.file.noRows");
  if (rows.length > IMPORT_MAX_ROWS)
    return fileIssue("acert.import.file.tooManyRows", { max: IMPORT_MAX_ROWS, rows: rows.length });
  return { ok: true, rows, columns: [...positions.keys()], ignoredHeaders };
}

const LEGAL_FORM_WORDS: Record<LegalForm, readonly string[]> = {
  cooperative: ["htx", "hop tac xa", "cooperative", "co-operative", "coop"],
  cooperative_group: ["tht", "to hop tac", "cooperative group", "cooperative_group"],
  enterprise: ["doanh nghiep", "dn", "cong ty", "doanh nghiep tu nhan", "enterprise", "company"],
  household: [
    "ho kinh doanh",
    "hkd",
    "ho san xuat",
    "ho san xuat kinh doanh",
    "ho gia dinh",
    "household",
    "household business",
  ],
};

export function parseLegalForm(text: string): LegalForm | null {
  const v = foldVietnamese(text).replace(/[.]/g, "").trim();
  for (const [form, words] of Object.entries(LEGAL_FORM_WORDS) as [LegalForm, string[]][]) {
    if (words.includes(v)) return form;
  }
  if (v.startsWith("cong ty") || v.startsWith("doanh nghiep")) return "enterprise";
  if (v.startsWith("hop tac xa")) return "cooperative";
  return null;
}

/** "4", "4 sao", "4★", "4*", "4 stars" → 4. */
export function parseStars(text: string): number | null {
  const m = /^([1-5])\s*(?:sao|★|\*|stars?)?$/iu.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** A whole score out of 100 ("85", "85.0"), else null. */
export function parseScore(text: string): number | null {
  const s = text.trim().replace(",", ".");
  if (!/^[0-9]{1,3}(?:\.0+)?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 100 ? n : null;
}

/** Unit words in front of a place name, folded: "tỉnh", "thành phố", "tp", "xã", "phường"… */
const PLACE_PREFIX = /^(tinh|thanh pho|tp\.?|xa|phuong|dac khu|thi tran)\s+/;

function placeKey(text: string): string {
  return foldVietnamese(text).replace(PLACE_PREFIX, "").replace(/\s+/g, " ").trim();
}

type Province = { code: string; name: string; shortName: string };
type Commune = {
  code: string;
  name: string;
  shortName: string;
  provinceCode: string;
  inScope: boolean;
};

type NewProducer = {
  key: string;
  name: string;
  legalForm: LegalForm;
  provinceCode: string;
  communeCode: string;
  communeName: string;
  provinceName: string;
  addressPrinted: string;
  rows: number[];
};

type MatchedProducer = {
  id: number;
  name: string;
  provinceCode: string;
  communeCode: string;
  communeName: string;
  rows: number[];
};

type PlannedRow = {
  row: number;
  productName: string;
  setId: number;
  producerKey: string;
  /** An existing product certified again, and the expired certificate it supersedes. */
  existingProduct: { id: number; supersedes: number | null } | null;
  stars: number;
  score: number | null;
  /** 4★ at the province with 90+ points (148, 1489): proposed for 5★. */
  proposedForFive: boolean;
  priceVnd: number | null;
  unit: string | null;
  addressPrinted: string;
  provinceCode: string;
  communeCode: string;
};

export type ProducerSummary = { name: string; communeName: string; rows: number[] };

export type ImportSummary = {
  rows: number;
  newProducts: number;
  recertifiedProducts: number;
  newProducers: number;
  matchedProducers: number;
  byStars: { stars: number; count: number }[];
  /** Rows without a price or a unit come in unlisted, for the producer to complete. */
  unlisted: number;
};

export type ImportReport = {
  issues: ImportIssue[];
  warnings: ImportIssue[];
  summary: ImportSummary | null;
  newProducers: ProducerSummary[];
  matchedProducers: ProducerSummary[];
  ignoredHeaders: string[];
};

type Plan = {
  report: ImportReport;
  rows: PlannedRow[];
  newProducers: Map<string, NewProducer>;
  matched: Map<string, MatchedProducer>;
};

function cell(r: SheetRow, c: ImportColumn): string {
  return r.cells[c] ?? "";
}

/**
 * Checks every row against the database: places (in the user's unit), product sets, producers
 * to match, products already certified, grades and the decision's issuer rules. Reads only.
 */
async function planImport(
  db: Db | Tx,
  user: SessionUser,
  decision: ImportDecision,
  sheet: Extract<Sheet, { ok: true }>,
  today: string,
): Promise<Plan> {
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const issue = (row: number, field: ImportColumn, key: MessageKey, params?: Params) =>
    issues.push({ row, field, key, params });

  const [provinceRows, setRows] = await Promise.all([
    db
      .select({ code: places.code, name: places.name, shortName: places.shortName })
      .from(places)
      .where(eq(places.level, "province")),
    db
      .select({
        id: productSets.id,
        code: productSets.code,
        nameVi: productSets.nameVi,
        nameEn: productSets.nameEn,
      })
      .from(productSets)
      .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
      .where(eq(productGroups.legalBasisCode, CATALOG_SCHEME)),
  ]);

  const provinceByCode = new Map(provinceRows.map((p) => [p.code, p]));
  const provinceByName = new Map<string, Province[]>();
  for (const p of provinceRows) {
    for (const k of new Set([placeKey(p.name), placeKey(p.shortName)])) {
      provinceByName.set(k, [...(provinceByName.get(k) ?? []), p]);
    }
  }
  const setByKey = new Map<string, (typeof setRows)[number]>();
  for (const s of setRows) {
    for (const k of [s.code, foldVietnamese(s.nameVi), foldVietnamese(s.nameEn)])
      setByKey.set(k, s);
  }

  // Provinces first: the communes are looked up within them.
  const rowProvince = new Map<number, Province>();
  for (const r of sheet.rows) {
    const v = cell(r, "province");
    if (!v) {
      issue(r.row, "province", "acert.import.issue.required");
      continue;
    }
    const found = /^[0-9]{1,2}$/.test(v)
      ? provinceByCode.get(v.padStart(2, "0"))
      : provinceByName.get(placeKey(v))?.[0];
    if (!found) issue(r.row, "province", "acert.import.issue.provinceUnknown", { value: v });
    else rowProvince.set(r.row, found);
  }
  const provinceCodes = [...new Set([...rowProvince.values()].map((p) => p.code))];
  const communeCodesAsked = sheet.rows
    .map((r) => cell(r, "commune"))
    .filter((v) => /^[0-9]{1,5}$/.test(v))
    .map((v) => v.padStart(5, "0"));
  const communeRows: Commune[] =
    provinceCodes.length || communeCodesAsked.length
      ? await db
          .select({
            code: places.code,
            name: places.name,
            shortName: places.shortName,
            provinceCode: places.provinceCode,
            inScope: sql<boolean>`coalesce(${inScope(user, places.provinceCode, places.code)}, false)`,
          })
          .from(places)
          .where(
            and(
              eq(places.level, "commune"),
              sql`(${provinceCodes.length ? inArray(places.provinceCode, provinceCodes) : sql`false`} or ${
                communeCodesAsked.length ? inArray(places.code, communeCodesAsked) : sql`false`
              })`,
            ),
          )
      : [];
  const communeByCode = new Map(communeRows.map((c) => [c.code, c]));
  const communesByName = new Map<string, Commune[]>();
  for (const c of communeRows) {
    for (const k of new Set([
      `${c.provinceCode}|${foldVietnamese(c.name)}`,
      `${c.provinceCode}|${placeKey(c.shortName)}`,
    ])) {
      communesByName.set(k, [...(communesByName.get(k) ?? []), c]);
    }
  }

  const rowCommune = new Map<number, Commune>();
  for (const r of sheet.rows) {
    const province = rowProvince.get(r.row);
    const v = cell(r, "commune");
    if (!v) {
      issue(r.row, "commune", "acert.import.issue.required");
      continue;
    }
    if (!province) continue;
    let found: Commune | undefined;
    if (/^[0-9]{1,5}$/.test(v)) {
      found = communeByCode.get(v.padStart(5, "0"));
      if (found && found.provinceCode !== province.code) {
        issue(r.row, "commune", "acert.import.issue.communeOtherProvince", {
          value: v,
          province: province.name,
        });
        continue;
      }
    } else {
      const exact = communesByName.get(`${province.code}|${foldVietnamese(v)}`) ?? [];
      const loose = communesByName.get(`${province.code}|${placeKey(v)}`) ?? [];
      const candidates = exact.length ? exact : loose;
      if (candidates.length > 1) {
        issue(r.row, "commune", "acert.import.issue.communeAmbiguous", {
          value: v,
          names: candidates.map((c) => `${c.name} (${c.code})`).join(", "),
        });
        continue;
      }
      found = candidates[0];
    }
    if (!found) {
      issue(r.row, "commune", "acert.import.issue.communeUnknown", {
        value: v,
        province: province.name,
      });
      continue;
    }
    if (!found.inScope) {
      issue(r.row, "commune", "acert.import.issue.communeOutOfScope", { value: found.name });
      continue;
    }
    rowCommune.set(r.row, found);
  }

  // Producers already on record in those communes, matched by folded name.
  const communeCodes = [...new Set([...rowCommune.values()].map((c) => c.code))];
  const existingProducers = communeCodes.length
    ? await db
        .select({
          id: producers.id,
          name: producers.name,
          legalForm: producers.legalForm,
          provinceCode: producers.provinceCode,
          communeCode: producers.communeCode,
        })
        .from(producers)
        .where(inArray(producers.communeCode, communeCodes))
    : [];
  const producerByKey = new Map(
    existingProducers.map((p) => [`${p.communeCode}|${foldVietnamese(p.name)}`, p]),
  );
  const matchedIds = new Set<number>();
  for (const r of sheet.rows) {
    const c = rowCommune.get(r.row);
    const p = c ? producerByKey.get(`${c.code}|${foldVietnamese(cell(r, "producerName"))}`) : null;
    if (p) matchedIds.add(p.id);
  }
  const existingProducts = matchedIds.size
    ? await db
        .select({
          id: products.id,
          producerId: products.producerId,
          nameVi: products.nameVi,
          certId: certificates.id,
          certDecisionNumber: certificates.decisionNumber,
          certDecisionDate: certificates.decisionDate,
          certValidUntil: certificates.validUntil,
        })
        .from(products)
        .leftJoin(certificates, activeCertificateJoin)
        .where(inArray(products.producerId, [...matchedIds]))
    : [];
  const productByKey = new Map(
    existingProducts.map((p) => [`${p.producerId}|${foldVietnamese(p.nameVi)}`, p]),
  );

  const planned: PlannedRow[] = [];
  const newProducers = new Map<string, NewProducer>();
  const matched = new Map<string, MatchedProducer>();
  const seen = new Map<string, number>();

  for (const r of sheet.rows) {
    const before = issues.length;
    const productName = cell(r, "productName");
    if (!productName) issue(r.row, "productName", "acert.import.issue.required");
    else if (productName.length < 2 || productName.length > 200)
      issue(r.row, "productName", "acert.import.issue.productNameLength");

    const setValue = cell(r, "setCode");
    const set = setValue ? setByKey.get(foldVietnamese(setValue)) : undefined;
    if (!setValue) issue(r.row, "setCode", "acert.import.issue.required");
    else if (!set) issue(r.row, "setCode", "acert.import.issue.setUnknown", { value: setValue });

    const producerName = cell(r, "producerName");
    if (!producerName) issue(r.row, "producerName", "acert.import.issue.required");
    else if (producerName.length < 2 || producerName.length > 200)
      issue(r.row, "producerName", "acert.import.issue.producerNameLength");

    const legalFormValue = cell(r, "legalForm");
    const legalForm = legalFormValue ? parseLegalForm(legalFormValue) : null;
    if (!legalFormValue) issue(r.row, "legalForm", "acert.import.issue.required");
    else if (!legalForm)
      issue(r.row, "legalForm", "acert.import.issue.legalFormUnknown", { value: legalFormValue });

    const address = cell(r, "address");
    if (!address) issue(r.row, "address", "acert.import.issue.required");
    else if (address.length < 5 || address.length > 300)
      issue(r.row, "address", "acert.import.issue.addressLength");

    const scoreValue = cell(r, "score");
    const starsValue = cell(r, "stars");
    const score = scoreValue ? parseScore(scoreValue) : null;
    const starsGiven = starsValue ? parseStars(starsValue) : null;
    let stars: number | null = starsGiven;
    let proposedForFive = false;
    if (scoreValue && score === null)
      issue(r.row, "score", "acert.import.issue.score", { value: scoreValue });
    if (starsValue && starsGiven === null)
      issue(r.row, "stars", "acert.import.issue.stars", { value: starsValue });
    if (!scoreValue && !starsValue) issue(r.row, "stars", "acert.import.issue.gradeMissing");
    if (score !== null) {
      // The rule table of the decision's basis: a provincial 90+ under 148/1489 is 4★,
      // proposed for 5★; otherwise the band of the score.
      const graded = gradeFor({
        score,
        stars: starsGiven,
        level: decision.issuingLevel,
        basisCode: decision.legalBasisCode,
        achieved: true,
      });
      const expected = starsForScore(score, decision.legalBasisCode);
      if (graded.ok) {
        stars = graded.grade.stars;
        proposedForFive = graded.grade.proposedForFive;
      } else {
        if (graded.key === "acert.error.starsDisagree")
          issue(r.row, "stars", "acert.import.issue.starsDisagree", {
            score,
            stars: starsGiven ?? expected,
            expected,
          });
        // A 5★ score typed as 5★ at the province: the level check below says why.
        stars = expected;
      }
    }
    if (stars !== null && (scoreValue ? score !== null : true)) {
      if (stars < CERTIFIED_MIN_STARS) {
        issue(r.row, "stars", "acert.import.issue.notCertified", { stars });
      } else {
        const problem = issuerProblem({
          stars,
          level: decision.issuingLevel,
          basisCode: decision.legalBasisCode,
          decisionDate: decision.decisionDate,
        });
        if (problem) issue(r.row, "stars", problem.key, { stars });
      }
    }

    const priceValue = cell(r, "price");
    const price = priceValue ? parseWholeDong(priceValue) : null;
    if (priceValue && (price === null || price < 1 || price > PRICE_MAX))
      issue(r.row, "price", "acert.import.issue.price", { value: priceValue });
    const unit = cell(r, "unit") || null;
    if (unit && unit.length > 100) issue(r.row, "unit", "acert.import.issue.unitLength");

    const commune = rowCommune.get(r.row);
    const province = rowProvince.get(r.row);
    if (issues.length > before || !commune || !province || !set || !legalForm || stars === null)
      continue;

    // The producer: on record in this commune, or new (created once for all its rows).
    const folded = foldVietnamese(producerName);
    const existing = producerByKey.get(`${commune.code}|${folded}`);
    let producerKey: string;
    if (existing) {
      producerKey = `id:${existing.id}`;
      const m = matched.get(producerKey);
      if (m) m.rows.push(r.row);
      else {
        matched.set(producerKey, {
          id: existing.id,
          name: existing.name,
          provinceCode: existing.provinceCode,
          communeCode: existing.communeCode,
          communeName: commune.name,
          rows: [r.row],
        });
        if (existing.legalForm !== legalForm) {
          warnings.push({
            row: r.row,
            field: "legalForm",
            key: "acert.import.warn.legalFormKept",
            params: { name: existing.name },
          });
        }
      }
    } else {
      producerKey = `new:${commune.code}|${folded}`;
      const n = newProducers.get(producerKey);
      if (n) n.rows.push(r.row);
      else
        newProducers.set(producerKey, {
          key: producerKey,
          name: producerName,
          legalForm,
          provinceCode: province.code,
          communeCode: commune.code,
          communeName: commune.name,
          provinceName: province.name,
          addressPrinted: address,
          rows: [r.row],
        });
    }

    const productKey = `${producerKey}#${foldVietnamese(productName)}`;
    const firstRow = seen.get(productKey);
    if (firstRow !== undefined) {
      issue(r.row, "productName", "acert.import.issue.duplicateInFile", { row: firstRow });
      continue;
    }
    seen.set(productKey, r.row);

    let existingProduct: PlannedRow["existingProduct"] = null;
    if (existing) {
      const p = productByKey.get(`${existing.id}|${foldVietnamese(productName)}`);
      if (p) {
        if (p.certId !== null && p.certValidUntil !== null && p.certValidUntil >= today) {
          issue(r.row, "productName", "acert.import.issue.alreadyCertified", {
            decision: p.certDecisionNumber ?? "",
            until: p.certValidUntil,
          });
          continue;
        }
        if (p.certDecisionDate !== null && p.certDecisionDate > decision.decisionDate) {
          issue(r.row, "productName", "acert.import.issue.newerOnRecord", {
            decision: p.certDecisionNumber ?? "",
          });
          continue;
        }
        existingProduct = { id: p.id, supersedes: p.certId };
      }
    }

    planned.push({
      row: r.row,
      productName,
      setId: set.id,
      producerKey,
      existingProduct,
      stars,
      score,
      proposedForFive,
      priceVnd: price,
      unit,
      addressPrinted: address,
      provinceCode: province.code,
      communeCode: commune.code,
    });
  }

  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const ok = issues.length === 0;
  const starCounts = new Map<number, number>();
  for (const p of planned) starCounts.set(p.stars, (starCounts.get(p.stars) ?? 0) + 1);
  const producerSummary = (p: { name: string; communeName: string; rows: number[] }) => ({
    name: p.name,
    communeName: p.communeName,
    rows: p.rows,
  });
  return {
    report: {
      issues,
      warnings,
      summary: ok
        ? {
            rows: planned.length,
            newProducts: planned.filter((p) => !p.existingProduct).length,
            recertifiedProducts: planned.filter((p) => p.existingProduct).length,
            newProducers: newProducers.size,
            matchedProducers: matched.size,
            byStars: [...starCounts]
              .sort((a, b) => b[0] - a[0])
              .map(([s, count]) => ({ stars: s, count })),
            unlisted: planned.filter((p) => p.priceVnd === null || p.unit === null).length,
          }
        : null,
      newProducers: [...newProducers.values()].map(producerSummary),
      matchedProducers: [...matched.values()].map(producerSummary),
      ignoredHeaders: sheet.ignoredHeaders,
    },
    rows: planned,
    newProducers,
    matched,
  };
}

const CHUNK = 500;

function slugBase(text: string, fallback: string): string {
  return slugify(text).slice(0, 80).replace(/-+$/, "") || fallback;
}

/**
 * Free slugs for many new rows at once: one query for the slugs already taken by the bases
 * ("htx-mat-ong", "htx-mat-ong-2"…), then "-2", "-3"… in memory, also apart from each other.
 */
async function freeSlugs(
  tx: Tx,
  column: typeof products.slug | typeof producers.slug,
  bases: readonly string[],
): Promise<string[]> {
  const distinct = [...new Set(bases)];
  const table = column === products.slug ? products : producers;
  const taken = distinct.length
    ? await tx
        .select({ slug: column })
        .from(table)
        .where(
          or(
            inArray(column, distinct),
            inArray(sql`regexp_replace(${column}, '-[0-9]+$', '')`, distinct),
          ),
        )
    : [];
  const used = new Set(taken.map((r) => r.slug));
  return bases.map((base) => {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!used.has(slug)) {
        used.add(slug);
        return slug;
      }
    }
  });
}

/**
 * Inserts rows in chunks with the slugs chosen above. A slug taken meanwhile by someone else's
 * onboarding (imports are locked, onboarding is not) is retried one row at a time.
 */
async function insertWithSlugs<V extends { slug: string }>(
  rows: readonly V[],
  insertMany: (chunk: V[]) => Promise<{ id: number; slug: string }[]>,
  insertOne: (row: Omit<V, "slug">) => Promise<{ id: number; slug: string }>,
): Promise<{ id: number; slug: string }[]> {
  const out: { id: number; slug: string }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = new Map((await insertMany(chunk)).map((r) => [r.slug, r]));
    for (const row of chunk) {
      const hit = inserted.get(row.slug);
      if (hit) out.push(hit);
      else {
        const { slug: _taken, ...rest } = row;
        out.push(await insertOne(rest));
      }
    }
  }
  return out;
}

/** "htx-mat-ong", then "-2", "-3"… the first one free (producers.slug is unique). */
async function insertProducerWithFreeSlug(
  tx: Tx,
  values: Omit<typeof producers.$inferInsert, "slug">,
): Promise<{ id: number; slug: string }> {
  const base = slugBase(values.name, "chu-the");
  for (let n = 1; n < 100_000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const [row] = await tx
      .insert(producers)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: producers.slug })
      .returning({ id: producers.id, slug: producers.slug });
    if (row) return row;
  }
  throw new Error(`No free producer slug for ${base}`);
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export type ImportOutcome =
  | { kind: "report"; report: ImportReport }
  | {
      kind: "imported";
      report: ImportReport;
      productIds: number[];
      certificateIds: number[];
      producerIds: number[];
    };

const noRows = (issues: ImportIssue[]): ImportReport => ({
  issues,
  warnings: [],
  summary: null,
  newProducers: [],
  matchedProducers: [],
  ignoredHeaders: [],
});

/**
 * Plans the import and, when asked to commit and the plan is clean, writes all of it in one
 * transaction. The planning runs inside that same transaction, after the lock, so what is
 * written is what was checked a moment before, not what a dry run saw earlier. Rows are
 * written in chunks (a decision may list 2,000 products); every record gets its audit entry.
 */
export async function importDecision(
  db: Db,
  user: SessionUser,
  input: {
    decision: ImportDecision;
    bytes: Uint8Array;
    fileName: string;
    today: string;
    commit: boolean;
  },
): Promise<ImportOutcome> {
  const sheet = await readSheet(input.bytes);
  if (!sheet.ok) return { kind: "report", report: noRows(sheet.issues) };
  if (!input.commit) {
    const plan = await planImport(db, user, input.decision, sheet, input.today);
    return { kind: "report", report: plan.report };
  }
  return db.transaction(async (tx) => {
    // One import at a time: two annexes naming the same new producer must not both create it.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ocop.decision-import'))`);
    const plan = await planImport(tx, user, input.decision, sheet, input.today);
    if (plan.report.issues.length) return { kind: "report" as const, report: plan.report };
    const d = input.decision;
    const audits: AuditEntry[] = [];

    // Producers: those on record are reused, the new ones created once each.
    const producerIds = new Map<string, number>();
    for (const [key, m] of plan.matched) producerIds.set(key, m.id);
    const newProducers = [...plan.newProducers.values()];
    const producerValues = newProducers.map((p) => ({
      name: p.name,
      legalForm: p.legalForm,
      provinceCode: p.provinceCode,
      communeCode: p.communeCode,
      addressPrinted: p.addressPrinted,
      storyVi: `${p.name}, chủ thể OCOP tại ${p.communeName}, ${p.provinceName}.`,
      storyEn: `${p.name}, an OCOP producer in ${p.communeName}, ${p.provinceName}.`,
    }));
    const producerSlugs = await freeSlugs(
      tx,
      producers.slug,
      producerValues.map((v) => slugBase(v.name, "chu-the")),
    );
    const createdProducers = await insertWithSlugs(
      producerValues.map((v, i) => ({ ...v, slug: producerSlugs[i] ?? "" })),
      (chunk) =>
        tx
          .insert(producers)
          .values(chunk)
          .onConflictDoNothing({ target: producers.slug })
          .returning({ id: producers.id, slug: producers.slug }),
      (row) => insertProducerWithFreeSlug(tx, row),
    );
    createdProducers.forEach((row, i) => {
      const p = newProducers[i];
      const values = producerValues[i];
      if (!p || !values) return;
      producerIds.set(p.key, row.id);
      audits.push({
        action: "producer.create",
        entityType: "producer",
        entityId: row.id,
        provinceCode: p.provinceCode,
        communeCode: p.communeCode,
        after: { ...values, slug: row.slug, status: "active", decisionNumber: d.decisionNumber },
      });
    });

    // Products: new ones are created; existing ones stop being active before the new
    // certificates come in (one active certificate per product is a partial unique index).
    const superseded = plan.rows.flatMap((r) =>
      r.existingProduct?.supersedes ? [r.existingProduct.supersedes] : [],
    );
    // The plan found these active (the visibility rule's active-certificate join); the same
    // move for all of them, made by the official who imports.
    const supersede = moveTo(CERTIFICATE_LIFECYCLE, "active", "superseded", user.role);
    if (!supersede.ok) throw new Error(`decision import by a ${user.role}: ${supersede.error}`);
    for (let i = 0; i < superseded.length; i += CHUNK) {
      await tx
        .update(certificates)
        .set({ status: supersede.to })
        .where(
          and(
            inArray(certificates.id, superseded.slice(i, i + CHUNK)),
            eq(certificates.status, supersede.from),
          ),
        );
    }
    const newRows = plan.rows.filter((r) => !r.existingProduct);
    const productValues = newRows.map((r) => {
      const producerId = producerIds.get(r.producerKey);
      if (producerId === undefined) throw new Error(`No producer for row ${r.row}`);
      return {
        producerId,
        nameVi: r.productName,
        productSetId: r.setId,
        descriptionVi: `Sản phẩm OCOP ${r.stars} sao, công nhận theo Quyết định số ${d.decisionNumber} ngày ${vnDate(d.decisionDate)}.`,
        descriptionEn: `A ${r.stars}-star OCOP product, recognised by decision ${d.decisionNumber} of ${d.decisionDate}.`,
        unitVi: r.unit ?? "",
        priceVnd: r.priceVnd ?? 0,
        stock: 0,
        // Without a price or a unit the producer completes the listing first.
        listingStatus: initialState(
          PRODUCT_LISTING_LIFECYCLE,
          r.priceVnd !== null && r.unit !== null ? "listed" : "unlisted",
        ),
      };
    });
    const productSlugs = await freeSlugs(
      tx,
      products.slug,
      productValues.map((v) => slugBase(v.nameVi, "san-pham")),
    );
    const createdProducts = await insertWithSlugs(
      productValues.map((v, i) => ({ ...v, slug: productSlugs[i] ?? "" })),
      (chunk) =>
        tx
          .insert(products)
          .values(chunk)
          .onConflictDoNothing({ target: products.slug })
          .returning({ id: products.id, slug: products.slug }),
      (row) => insertProductWithFreeSlug(tx, row),
    );
    const productIdOfRow = new Map<number, number>();
    createdProducts.forEach((row, i) => {
      const r = newRows[i];
      const values = productValues[i];
      if (!r || !values) return;
      productIdOfRow.set(r.row, row.id);
      audits.push({
        action: "product.create",
        entityType: "product",
        entityId: row.id,
        provinceCode: r.provinceCode,
        communeCode: r.communeCode,
        after: { ...values, slug: row.slug, row: r.row },
      });
    });

    // Certificates, one per row, in the file's order.
    const certificateValues = plan.rows.map((r) => {
      const productId = r.existingProduct?.id ?? productIdOfRow.get(r.row);
      if (productId === undefined) throw new Error(`No product for row ${r.row}`);
      return {
        productId,
        status: initialState(CERTIFICATE_LIFECYCLE, "active"),
        stars: r.stars,
        score: r.score,
        proposedForFive: r.proposedForFive,
        decisionNumber: d.decisionNumber,
        decisionDate: d.decisionDate,
        issuingLevel: d.issuingLevel,
        issuingBody: d.issuingBody,
        legalBasisCode: d.legalBasisCode,
        addressPrinted: r.addressPrinted,
      };
    });
    const createdCertificates: { id: number; productId: number; validUntil: string }[] = [];
    for (let i = 0; i < certificateValues.length; i += CHUNK) {
      createdCertificates.push(
        ...(await tx
          .insert(certificates)
          .values(certificateValues.slice(i, i + CHUNK))
          .returning({
            id: certificates.id,
            productId: certificates.productId,
            validUntil: certificates.validUntil,
          })),
      );
    }
    // One certificate per product in this file, so the product id names the row.
    const certificateOf = new Map(createdCertificates.map((c) => [c.productId, c]));
    for (const [i, r] of plan.rows.entries()) {
      const values = certificateValues[i];
      const created = values ? certificateOf.get(values.productId) : undefined;
      if (!values || !created) throw new Error(`certificate of row ${r.row} not inserted`);
      const place = { provinceCode: r.provinceCode, communeCode: r.communeCode };
      if (r.existingProduct?.supersedes) {
        await tx
          .update(certificates)
          .set({ supersededById: created.id })
          .where(eq(certificates.id, r.existingProduct.supersedes));
        audits.push({
          action: "certificate.supersede",
          entityType: "certificate",
          entityId: r.existingProduct.supersedes,
          ...place,
          before: { status: supersede.from, supersededById: null },
          after: { status: supersede.to, supersededById: created.id },
        });
      }
      audits.push({
        action: "certificate.create",
        entityType: "certificate",
        entityId: created.id,
        ...place,
        after: { ...values, validUntil: created.validUntil, row: r.row },
      });
    }

    const productIds = certificateValues.map((c) => c.productId);
    const certificateIds = plan.rows.map((_, i) => {
      const values = certificateValues[i];
      return (values && certificateOf.get(values.productId)?.id) ?? 0;
    });
    const provinces = new Set(plan.rows.map((r) => r.provinceCode));
    const communes = new Set(plan.rows.map((r) => r.communeCode));
    audits.push({
      action: "decision.import",
      entityType: "decision",
      entityId: d.decisionNumber,
      provinceCode: provinces.size === 1 ? [...provinces][0] : null,
      communeCode: communes.size === 1 ? [...communes][0] : null,
      after: {
        ...d,
        fileName: input.fileName,
        summary: plan.report.summary,
        producerIds: createdProducers.map((p) => p.id),
        matchedProducerIds: [...plan.matched.values()].map((m) => m.id),
        productIds,
        certificateIds,
      },
    });
    await recordAudits(tx, user, audits);
    return {
      kind: "imported" as const,
      report: plan.report,
      productIds,
      certificateIds,
      producerIds: createdProducers.map((p) => p.id),
    };
  });
}

/** The template's header row, in the reader's language (both are recognised on import). */
export function templateHeader(lang: "vi" | "en"): string[] {
  return IMPORT_COLUMNS.map((c) => (lang === "en" ? c.en : c.vi));
}
