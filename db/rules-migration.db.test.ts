/**
 * Migration 0011 (rules) on a database as it was before: the legal bases get their corrected
 * dates and the new texts, certificates attributed to a basis that did not exist yet on their
 * decision date are re-labelled with the basis in force then, 1–2★ results under 1489 and
 * 26/2026 lose their minutes numbers, and every row is kept.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { ensurePlace, makeProducer } from "../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-db";

let t: TestDatabase;
let folder: string;

async function migrationsBefore0011(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ocop-migrations-"));
  await cp(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  journal.entries = journal.entries.filter((e) => e.idx < 11);
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}

/** The certificates before the migration: [decision date, basis, stars, number]. */
const BEFORE: [string, string, number, string][] = [
  ["2021-04-10", "2019", 3, "101/QĐ-UBND"],
  ["2025-07-03", "2025", 4, "102/QĐ-UBND"],
  ["2025-09-01", "2025", 2, "12/BB-HĐĐG"],
  ["2026-03-15", "2026", 4, "103/QĐ-UBND"],
  ["2026-04-20", "2026", 1, "13/BB-HĐĐG"],
  ["2026-06-10", "2026", 3, "104/QĐ-UBND"],
];

beforeAll(async () => {
  folder = await migrationsBefore0011();
  t = await createTestDatabase({ migrationsFolder: folder });
  await t.db.execute(sql`insert into legal_bases (code, name_vi, name_en, effective_from) values
    ('2019', 'Quyết định 1048/QĐ-TTg', 'Decision 1048', '2019-08-21'),
    ('2023', 'Quyết định 148/QĐ-TTg', 'Decision 148', '2023-02-24'),
    ('2025', 'Quy định OCOP sửa đổi năm 2025', 'OCOP rules as amended in 2025', '2025-07-01'),
    ('2026', 'Quy định OCOP năm 2026', 'OCOP rules of 2026', '2026-01-01')`);
  await ensurePlace(t.db);
  const producer = await makeProducer(t.db);
  // Raw SQL: the factories write today's columns, which this schema does not have yet.
  await t.db.execute(sql`insert into product_groups (legal_basis_code, code, name_vi, name_en)
    values ('2023', 'thuc-pham', 'Thực phẩm', 'Food')`);
  await t.db.execute(sql`insert into product_sets (group_id, code, name_vi, name_en)
    select id, 'che', 'Chè', 'Tea' from product_groups where code = 'thuc-pham'`);
  for (const [i, [date, basis, stars, number]] of BEFORE.entries()) {
    await t.db.execute(sql`insert into products
      (producer_id, slug, name_vi, product_set_id, description_vi, unit_vi, price_vnd)
      select ${producer.id}, ${`che-thu-${i}`}, ${`Chè thử ${i}`}, id, 'Chè thử nghiệm.', 'Gói', 50000
      from product_sets where code = 'che'`);
    await t.db.execute(sql`insert into certificates
      (product_id, stars, decision_number, decision_date, issuing_level, issuing_body, legal_basis_code)
      select id, ${stars}, ${number}, ${date}, 'province', 'UBND tỉnh Thử', ${basis}
      from products where slug = ${`che-thu-${i}`}`);
  }
  await migrateDatabase(t, migrationsFolder);
});

afterAll(async () => {
  await t?.cleanup();
  await rm(folder, { recursive: true, force: true });
});

describe("migration 0011 (rules)", () => {
  it("corrects the bases' dates and adds the new texts", async () => {
    const rows = await queryRows<{ code: string; effective_from: string; text_kind: string }>(
      t.db,
      sql`select code, effective_from::text, text_kind from legal_bases order by code`,
    );
    expect(rows.map((r) => [r.code, r.effective_from, r.text_kind])).toEqual([
      ["2018", "2018-05-07", "programme"],
      ["2019", "2019-08-21", "criteria"],
      ["2020", "2020-06-08", "amendment"],
      ["2022", "2022-08-01", "programme"],
      ["2023", "2023-02-24", "criteria"],
      ["2025", "2025-07-06", "amendment"],
      ["2026", "2026-05-22", "criteria"],
    ]);
  });

  it("re-labels certificates dated before their basis, keeps every row, drops minutes numbers", async () => {
    const rows = await queryRows<{ d: string; basis: string; stars: number; number: string | null }>(
      t.db,
      sql`select decision_date::text as d, legal_basis_code as basis, stars, decision_number as number
          from certificates order by decision_date`,
    );
    expect(rows.map((r) => [r.d, r.basis, r.stars, r.number])).toEqual([
      // Labelled 1048 and in force then: kept as it is.
      ["2021-04-10", "2019", 3, "101/QĐ-UBND"],
      // 1489 was signed on 06/07/2025: a decision of 03/07/2025 was under 148.
      ["2025-07-03", "2023", 4, "102/QĐ-UBND"],
      ["2025-09-01", "2025", 2, null],
      // 26/2026 was signed on 22/05/2026: earlier 2026 decisions were under 1489.
      ["2026-03-15", "2025", 4, "103/QĐ-UBND"],
      ["2026-04-20", "2025", 1, null],
      ["2026-06-10", "2026", 3, "104/QĐ-UBND"],
    ]);
  });
});
