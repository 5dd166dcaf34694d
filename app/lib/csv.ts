/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
 * Vietnamese correctly), CRLF line ends, RFC 4180 quoting, and text cells that start like a
 * formula (=, +, -, @, tab, carriage return) prefixed with an apostrophe so a buyer's name
 * such as "=HYPERLINK(…)" is shown as text and never run (CSV injection).
 */
export type CsvCell = string | number | null | undefined;

export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
