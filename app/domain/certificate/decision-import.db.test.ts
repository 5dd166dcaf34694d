/**
 * Importing a recognition decision's annex on a real database: a file with bad rows gets a
 * full report and writes nothing; a clean file goes in whole, the same from CSV or XLSX;
 * producers on record are matched, not duplicated; rows outside the official's unit are
 * refused; the import re-checks everything instead of trusting the dry run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedReferenceData } from "../../../db/reference/index";
import { auditLog, certificates, producers, products, type Role } from "../../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProducer,
  makeProduct,
  makeUser,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, addMonths, todayInVietnam } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import { getProductPage } from "../catalog/catalog.server";
import { importDecisionSchema } from "./schemas";
import { loadDecisionContext } from "./commands.server";
import { importDecision, type ImportIssue } from "./decision-import.server";

let t: TestDatabase;
const today = todayInVietnam();
const FIXTURES = path.resolve(import.meta.dirname, "../../../tests/fixtures/import");
let phuTho: SessionUser;
let haNoi: SessionUser;
let admin: SessionUser;
let existingProducerId = 0;

async function user(o: { role: Role; officialPlaceCode?: string }): Promise<SessionUser> {
  const u = await makeUser(t.db, o);
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    producerId: u.producerId,
    officialPlaceCode: u.officialPlaceCode,
    officialLegacyPlaceId: u.officialLegacyPlaceId,
  };
}

const places = [
  ["25", "Tỉnh Phú Thọ", "08848", "Xã Sông Lô"],
  ["25", "Tỉnh Phú Thọ", "08866", "Xã Hải Lựu"],
  ["01", "Thành phố Hà Nội", "00004", "Phường Ba Đình"],
  ["01", "Thành phố Hà Nội", "10273", "Xã Phú Xuyên"],
  ["19", "Tỉnh Thái Nguyên", "05773", "Xã Phú Xuyên"],
] as const;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  for (const [provinceCode, provinceName, communeCode, communeName] of places) {
    await ensurePlace(t.db, { provinceCode, provinceName, communeCode, communeName });
  }
  phuTho = await user({ role: "official", officialPlaceCode: "25" });
  haNoi = await user({ role: "official", officialPlaceCode: "01" });
  admin = await user({ role: "administrator" });
  // On record before any import: a producer the files name (spelled differently), with a
  // product whose certificate is valid, and one whose certificate has run out.
  const existing = await makeProducer(t.db, {
    name: "HTX Thử nghiệm Sông Lô",
    provinceCode: "25",
    communeCode: "08848",
  });
  existingProducerId = existing.id;
  const certified = await makeProduct(t.db, {
    producerId: existing.id,
    nameVi: "Mật ong bạc hà đã có",
  });
  await makeCertificate(t.db, {
    productId: certified.id,
    stars: 4,
    decisionDate: addMonths(today, -3),
  });
});
afterAll(async () => {
  await t.cleanup();
});

async function decision(o: Record<string, string> = {}) {
  const r = importDecisionSchema(await loadDecisionContext(t.db, today)).safeParse({
    decisionNumber: "2345/QĐ-UBND",
    decisionDate: addDays(today, -10),
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    legalBasisCode: "",
    ...o,
  });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(FIXTURES, name)));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The same table as an XLSX workbook, made with exceljs the way a spreadsheet would save it. */
async function asXlsx(csv: Uint8Array, o: { titleRows?: string[] } = {}): Promise<Uint8Array> {
  const text = new TextDecoder().decode(csv).replace(/^\uFEFF/, "");
  const delimiter = text.split("\n")[0]?.includes(";") ? ";" : ",";
  const rows = parseCsv(text, { delimiter, relax_column_count: true }) as string[][];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  for (const title of o.titleRows ?? []) sheet.addRow([title]);
  rows.forEach((row, i) => {
    // Numbers as numbers, as Excel keeps them: codes lose their leading zero.
    sheet.addRow(i === 0 ? row : row.map((c) => (/^[0-9]+$/.test(c) ? Number(c) : c)));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function rowCounts() {
  const n = async (
    table: typeof producers | typeof products | typeof certificates | typeof auditLog,
  ) => (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    producers: await n(producers),
    products: await n(products),
    certificates: await n(certificates),
    audit: await n(auditLog),
  };
}

const brief = (issues: ImportIssue[]) => issues.map((i) => [i.row, i.field, i.key]);

describe("a file with bad rows", () => {
  it("gets a report of every problem by row and column, and nothing is written, dry run or not", async () => {
    const before = await rowCounts();
    const bytes = await fixture("bad.csv");
    for (const commit of [false, true]) {
      const outcome = await importDecision(t.db, phuTho, {
        decision: await decision(),
        bytes,
        fileName: "bad.csv",
        today,
        commit,
      });
      expect(outcome.kind).toBe("report");
      expect(outcome.report.summary).toBeNull();
      expect(brief(outcome.report.issues)).toEqual([
        [3, "commune", "acert.import.issue.communeUnknown"],
        [4, "commune", "acert.import.issue.communeOutOfScope"],
        [5, "stars", "acert.import.issue.starsDisagree"],
        [6, "productName", "acert.import.issue.duplicateInFile"],
        [7, "productName", "acert.import.issue.alreadyCertified"],
        [8, "setCode", "acert.import.issue.setUnknown"],
        [8, "legalForm", "acert.import.issue.legalFormUnknown"],
        [9, "stars", "acert.import.issue.notCertified"],
        [10, "price", "acert.import.issue.price"],
      ]);
      const byRow = new Map(outcome.report.issues.map((i) => [`${i.row}:${i.field}`, i.params]));
      expect(byRow.get("5:stars")).toEqual({ score: 85, stars: 5, expected: 4 });
      expect(byRow.get("6:productName")).toEqual({ row: 2 });
      expect(byRow.get("3:commune")).toEqual({ value: "Xã Không Có", province: "Tỉnh Phú Thọ" });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("reports problems with the file itself before any row", async () => {
    const issuesOf = async (bytes: Uint8Array) =>
      brief(
        (
          await importDecision(t.db, phuTho, {
            decision: await decision(),
            bytes,
            fileName: "x",
            today,
            commit: false,
          })
        ).report.issues,
      );
    expect(await issuesOf(utf8(""))).toEqual([[null, "file", "acert.import.file.empty"]]);
    expect(await issuesOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toEqual([
      [null, "file", "acert.import.file.oldExcel"],
    ]);
    // "Tên sản phẩm" in Windows-1258 is not UTF-8.
    expect(
      await issuesOf(new Uint8Array([0x54, 0xea, 0x6e, 0x20, 0x73, 0xe3, 0x6e, 0x0a])),
    ).toEqual([[null, "file", "acert.import.file.notUtf8"]]);
    expect(await issuesOf(utf8("a,b,c\n1,2,3\n"))).toEqual([
      [null, "file", "acert.import.file.noHeader"],
    ]);
    expect(
      await issuesOf(utf8("Tên sản phẩm,Tên chủ thể,Tỉnh,Xã,Điểm\nA,B,25,08848,80\n")),
    ).toEqual([
      [1, "setCode", "acert.import.file.missingColumn"],
      [1, "legalForm", "acert.import.file.missingColumn"],
      [1, "address", "acert.import.file.missingColumn"],
    ]);
    const header = "Tên sản phẩm;Mã bộ sản phẩm;Tên chủ thể;Loại hình;Tỉnh;Xã;Địa chỉ;Điểm\n";
    const many =
      header +
      Array.from({ length: 2001 }, (_, i) => `SP ${i};che;HTX A;HTX;25;08848;Thôn 1, xã A;80`).join(
        "\n",
      );
    expect(await issuesOf(utf8(many))).toEqual([[null, "file", "acert.import.file.tooManyRows"]]);
  });
});

describe("a clean file", () => {
  let before: Awaited<ReturnType<typeof rowCounts>>;
  beforeEach(async () => {
    before = await rowCounts();
  });

  it("dry run: a summary with the producers matched and to be created, nothing written", async () => {
    const outcome = await importDecision(t.db, phuTho, {
      decision: await decision(),
      bytes: await fixture("clean.csv"),
      fileName: "clean.csv",
      today,
      commit: false,
    });
    expect(outcome.report.issues).toEqual([]);
    expect(outcome.report.summary).toEqual({
      rows: 4,
      newProducts: 4,
      recertifiedProducts: 0,
      newProducers: 2,
      matchedProducers: 1,
      byStars: [
        { stars: 4, count: 3 },
        { stars: 3, count: 1 },
      ],
      unlisted: 1,
    });
    expect(outcome.report.matchedProducers).toEqual([
      { name: "HTX Thử nghiệm Sông Lô", communeName: "Xã Sông Lô", rows: [4] },
    ]);
    expect(outcome.report.newProducers.map((p) => [p.name, p.rows])).toEqual([
      ["HTX Ong mật Sông Lô", [2, 5]],
      ["HTX Chè Hải Lựu", [3]],
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses every row outside the official's unit", async () => {
    const outcome = await importDecision(t.db, haNoi, {
      decision: await decision({ issuingBody: "UBND thành phố Hà Nội" }),
      bytes: await fixture("clean.csv"),
      fileName: "clean.csv",
      today,
      commit: true,
    });
    expect(outcome.kind).toBe("report");
    expect(brief(outcome.report.issues)).toEqual(
      [2, 3, 4, 5].map((row) => [row, "commune", "acert.import.issue.communeOutOfScope"]),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("the import re-checks the file: what changed since the dry run stops it whole", async () => {
    const bytes = utf8(
      "Tên sản phẩm,Mã bộ sản phẩm,Tên chủ thể,Loại hình,Tỉnh,Xã,Địa chỉ,Hạng sao,Giá,Đơn vị\n" +
        "Măng khô Sông Lô,thuc-pham-tho-so-che,HTX Thử nghiệm Sông Lô,HTX,25,08848,Thôn 1 xã Sông Lô,3,50000,Gói\n" +
        "Gạo nếp Sông Lô,thuc-pham-tho-so-che,HTX Gạo Sông Lô,HTX,25,08848,Thôn 9 xã Sông Lô,3,40000,Túi 2 kg\n",
    );
    const input = { decision: await decision(), bytes, fileName: "x.csv", today };
    const dry = await importDecision(t.db, phuTho, { ...input, commit: false });
    expect(dry.report.issues).toEqual([]);
    // Meanwhile someone certifies "Măng khô Sông Lô" by hand.
    const p = await makeProduct(t.db, {
      producerId: existingProducerId,
      nameVi: "Măng khô Sông Lô",
    });
    await makeCertificate(t.db, { productId: p.id, stars: 3, decisionDate: addDays(today, -5) });
    const afterManual = await rowCounts();
    const outcome = await importDecision(t.db, phuTho, { ...input, commit: true });
    expect(outcome.kind).toBe("report");
    expect(brief(outcome.report.issues)).toEqual([
      [2, "productName", "acert.import.issue.alreadyCertified"],
    ]);
    expect(await rowCounts()).toEqual(afterManual);
  });

  it("import: every row in, one transaction, producers matched, an audit entry per record", async () => {
    const outcome = await importDecision(t.db, phuTho, {
      decision: await decision(),
      bytes: await fixture("clean.csv"),
      fileName: "clean.csv",
      today,
      commit: true,
    });
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    expect(outcome.productIds).toHaveLength(4);
    expect(outcome.producerIds).toHaveLength(2);
    const after = await rowCounts();
    expect(after.products - before.products).toBe(4);
    expect(after.producers - before.producers).toBe(2);
    expect(after.certificates - before.certificates).toBe(4);
    // 2 producers + 4 products + 4 certificates + the import itself.
    expect(after.audit - before.audit).toBe(11);

    const rows = await t.db
      .select({
        nameVi: products.nameVi,
        listingStatus: products.listingStatus,
        priceVnd: products.priceVnd,
        stock: products.stock,
        unitVi: products.unitVi,
        producerId: products.producerId,
        slug: products.slug,
        stars: certificates.stars,
        score: certificates.score,
        status: certificates.status,
        decisionNumber: certificates.decisionNumber,
        addressPrinted: certificates.addressPrinted,
      })
      .from(products)
      .innerJoin(certificates, eq(certificates.productId, products.id))
      .where(inArray(products.id, outcome.productIds))
      .orderBy(products.id);
    expect(
      rows.map((r) => [r.nameVi, r.listingStatus, r.priceVnd, r.stock, r.stars, r.score]),
    ).toEqual([
      ["Mật ong hoa nhãn Sông Lô", "listed", 150_000, 0, 4, 78],
      ["Chè xanh Hải Lựu", "listed", 85_000, 0, 3, null],
      ["Rượu men lá Sông Lô", "unlisted", 0, 0, 4, 72],
      ["Mật ong rừng Sông Lô", "listed", 210_000, 0, 4, 81],
    ]);
    expect(rows.every((r) => r.status === "active" && r.decisionNumber === "2345/QĐ-UBND")).toBe(
      true,
    );
    expect(rows[2]?.producerId).toBe(existingProducerId);
    expect(rows[0]?.producerId).toBe(rows[3]?.producerId);
    expect(rows[0]?.addressPrinted).toBe("Thôn Đồng Giếng, xã Sông Lô, tỉnh Phú Thọ");

    const page = await getProductPage(t.db, rows[0]?.slug ?? "", today);
    expect(page.kind).toBe("visible");
    const unlisted = await getProductPage(t.db, rows[2]?.slug ?? "", today);
    expect(unlisted.kind).toBe("gone");

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "decision.import"));
    expect(entry).toMatchObject({
      entityType: "decision",
      entityId: "2345/QĐ-UBND",
      provinceCode: "25",
      actorUserId: phuTho.id,
    });
    expect(entry?.after).toMatchObject({ fileName: "clean.csv", productIds: outcome.productIds });

    // Imported again, the same file finds every product certified and writes nothing.
    const again = await importDecision(t.db, phuTho, {
      decision: await decision(),
      bytes: await fixture("clean.csv"),
      fileName: "clean.csv",
      today,
      commit: true,
    });
    expect(again.kind).toBe("report");
    expect(again.report.issues.map((i) => i.key)).toEqual(
      Array(4).fill("acert.import.issue.alreadyCertified"),
    );
  });

  it("reads the same table from XLSX (numbers for codes, a title above the header) with the same result", async () => {
    // Different names from the CSV import above, so nothing is already certified.
    const csv = new TextDecoder()
      .decode(await fixture("clean.csv"))
      .replace("Mật ong hoa nhãn Sông Lô", "Mật ong hoa vải Sông Lô")
      .replace("Chè xanh Hải Lựu", "Chè đinh Hải Lựu")
      .replace("Rượu men lá Sông Lô", "Rượu ngô Sông Lô")
      .replace("Mật ong rừng Sông Lô", "Mật ong bạc hà Sông Lô");
    const bytes = await asXlsx(utf8(csv), { titleRows: ["PHỤ LỤC: DANH SÁCH SẢN PHẨM OCOP"] });
    const dry = await importDecision(t.db, phuTho, {
      decision: await decision({ decisionNumber: "2346/QĐ-UBND" }),
      bytes,
      fileName: "phu-luc.xlsx",
      today,
      commit: false,
    });
    expect(dry.report.issues).toEqual([]);
    expect(dry.report.summary).toMatchObject({ rows: 4, newProducts: 4, unlisted: 1 });
    // The producers created by the CSV import are matched now; row numbers follow the sheet.
    expect(dry.report.summary?.newProducers).toBe(0);
    expect(dry.report.matchedProducers.map((p) => [p.name, p.rows])).toEqual([
      ["HTX Ong mật Sông Lô", [3, 6]],
      ["HTX Chè Hải Lựu", [4]],
      ["HTX Thử nghiệm Sông Lô", [5]],
    ]);
    const outcome = await importDecision(t.db, phuTho, {
      decision: await decision({ decisionNumber: "2346/QĐ-UBND" }),
      bytes,
      fileName: "phu-luc.xlsx",
      today,
      commit: true,
    });
    expect(outcome.kind).toBe("imported");
    const after = await rowCounts();
    expect(after.products - before.products).toBe(4);
    expect(after.producers - before.producers).toBe(0);

    const badXlsx = await asXlsx(await fixture("bad.csv"));
    const bad = await importDecision(t.db, phuTho, {
      decision: await decision(),
      bytes: badXlsx,
      fileName: "bad.xlsx",
      today,
      commit: true,
    });
    expect(bad.report.issues.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8, 8, 9, 10]);
  });

  it("resolves a commune name within its province: names repeat across provinces", async () => {
    const bytes = utf8(
      "Product name,Product set code,Producer name,Legal form,Province,Commune,Printed address,Stars,Price,Unit\n" +
        "Nón lá Phú Xuyên,thu-cong-trang-tri,Hộ kinh doanh Nón Phú Xuyên,Hộ kinh doanh,Hà Nội,Phu Xuyen,Thôn Phú Xuyên,4,80000,Chiếc\n" +
        "Chè Phú Xuyên,che,HTX Chè Phú Xuyên,HTX,Thái Nguyên,xa phu xuyen,Xóm 1,4,90000,Gói 200 g\n",
    );
    const outcome = await importDecision(t.db, admin, {
      decision: await decision({ issuingBody: "UBND các tỉnh" }),
      bytes,
      fileName: "phu-xuyen.csv",
      today,
      commit: true,
    });
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    const made = await t.db
      .select({ communeCode: producers.communeCode, provinceCode: producers.provinceCode })
      .from(producers)
      .where(inArray(producers.id, outcome.producerIds))
      .orderBy(producers.id);
    expect(made).toEqual([
      { communeCode: "10273", provinceCode: "01" },
      { communeCode: "05773", provinceCode: "19" },
    ]);
  });

  it("gives every new product and producer a free slug, also apart from each other", async () => {
    await makeProduct(t.db, { slug: "nuoc-mam-thu", nameVi: "Nước mắm thử" });
    const bytes = utf8(
      "Tên sản phẩm,Mã bộ sản phẩm,Tên chủ thể,Loại hình,Tỉnh,Xã,Địa chỉ,Hạng sao,Giá,Đơn vị\n" +
        "Nước mắm thử,gia-vi,HTX Thử slug,HTX,25,08848,Thôn 1 xã Sông Lô,3,50000,Chai\n" +
        "Nước mắm thử,gia-vi,HTX Thử slug,HTX,25,08866,Thôn 2 xã Hải Lựu,3,50000,Chai\n",
    );
    const outcome = await importDecision(t.db, phuTho, {
      decision: await decision({ decisionNumber: "2347/QĐ-UBND" }),
      bytes,
      fileName: "slug.csv",
      today,
      commit: true,
    });
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    const made = await t.db
      .select({ slug: products.slug })
      .from(products)
      .where(inArray(products.id, outcome.productIds))
      .orderBy(products.id);
    expect(made.map((p) => p.slug)).toEqual(["nuoc-mam-thu-2", "nuoc-mam-thu-3"]);
    const makers = await t.db
      .select({ slug: producers.slug })
      .from(producers)
      .where(inArray(producers.id, outcome.producerIds))
      .orderBy(producers.id);
    expect(makers.map((p) => p.slug)).toEqual(["htx-thu-slug", "htx-thu-slug-2"]);
  });

  it("applies the decision's issuer rules to each row's stars", async () => {
    const bytes = utf8(
      "Tên sản phẩm,Mã bộ sản phẩm,Tên chủ thể,Loại hình,Tỉnh,Xã,Địa chỉ,Điểm\n" +
        "Trà hoa vàng thượng hạng,che,HTX Trà vàng,HTX,25,08848,Thôn 1 xã Sông Lô,93\n",
    );
    const outcome = await importDecision(t.db, phuTho, {
      decision: await decision(),
      bytes,
      fileName: "x.csv",
      today,
      commit: false,
    });
    expect(brief(outcome.report.issues)).toEqual([[2, "stars", "acert.error.fiveStarsMinistry"]]);
  });
});

describe("the rules of the decision's basis (issue 12)", () => {
  it("imports a provincial 93 under 1489/QĐ-TTg as 4★, proposed for 5★", async () => {
    const bytes = utf8(
      "Tên sản phẩm,Mã bộ sản phẩm,Tên chủ thể,Loại hình,Tỉnh,Xã,Địa chỉ,Điểm\n" +
        "Trà hoa vàng đặc biệt,che,HTX Trà vàng tiềm năng,HTX,25,08848,Thôn 1 xã Sông Lô,93\n",
    );
    const outcome = await importDecision(t.db, phuTho, {
      // 02/03/2026: 1489/QĐ-TTg in force, 26/2026/QĐ-TTg not yet signed.
      decision: await decision({ decisionNumber: "2399/QĐ-UBND", decisionDate: "2026-03-02" }),
      bytes,
      fileName: "potential.csv",
      today,
      commit: true,
    });
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    const [made] = await t.db
      .select({
        stars: certificates.stars,
        score: certificates.score,
        proposed: certificates.proposedForFive,
        basis: certificates.legalBasisCode,
      })
      .from(certificates)
      .where(inArray(certificates.productId, outcome.productIds));
    expect(made).toEqual({ stars: 4, score: 93, proposed: true, basis: "2025" });
  });

  it("refuses an import decision without a number", async () => {
    const r = importDecisionSchema(await loadDecisionContext(t.db, today)).safeParse({
      decisionNumber: "",
      decisionDate: "2026-03-02",
      issuingBody: "UBND tỉnh Phú Thọ",
      issuingLevel: "province",
      legalBasisCode: "",
    });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["decisionNumber", "acert.error.decisionNumber"],
    ]);
  });
});
