/**
 * A checksum of every table in the public schema: row count and an md5 of all rows' text,
 * in a stable order. Two snapshots differ exactly where something was inserted, updated or
 * deleted, whatever the table.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/client";

export type TableChecksums = Record<string, { rows: number; md5: string }>;

export async function tableChecksums(db: Db): Promise<TableChecksums> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE'
         order by table_name`,
  );
  if (tables.length === 0) return {};
  const parts = tables.map(
    ({ name }) =>
      `select '${name.replace(/'/g, "''")}' as name, count(*)::int as rows,
              md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5
         from public."${name.replace(/"/g, '""')}" t`,
  );
  const rows = await queryRows<{ name: string; rows: number; md5: string }>(
    db,
    sql.raw(parts.join("\nunion all\n")),
  );
  return Object.fromEntries(rows.map((r) => [r.name, { rows: Number(r.rows), md5: r.md5 }]));
}

/** The tables whose checksum differs between two snapshots. */
export function changedTables(before: TableChecksums, after: TableChecksums): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((n) => before[n]?.md5 !== after[n]?.md5 || before[n]?.rows !== after[n]?.rows)
    .sort();
}
