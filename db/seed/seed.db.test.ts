import { and, count, countDistinct, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../app/lib/dates";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
} from "../../app/domain/catalog/visibility.server";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import {
  certificateEntries,
  certificates,
  legacyPlaces,
  places,
  producers,
  productGroups,
  products,
  productSets,
} from "../schema";
import { HIDDEN_DEMO_SLUGS, seedDemo, seedIfEmpty, VISIBLE_DEMO_SLUGS } from ".";
import { seedScale } from "./scale";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { logIn } from "../../app/domain/account/accounts.server";
import { inScope, type ScopeUser } from "../../app/domain/policy/scope.server";

// A fixed day keeps the assertions about dates exact; the seed is relative to it.
const TODAY = "2026-11-23";

let database: TestDatabase;
let summary: Awaited<ReturnType<typeof seedDemo>> | null = null;

async function publicSlugs(slugs: readonly string[]): Promise<string[]> {
  const rows = await database.db
    .select({ slug: products.slug })
    .from(products)
    .innerJoin(producers, producerJoin)
    .leftJoin(certificates, activeCertificateJoin)
    .where(and(inArray(products.slug, [...slugs]), publicProductCondition(TODAY)));
  return rows.map((r) => r.slug).sort();
}

describe("demo seed", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    summary = await seedIfEmpty(database.db, { today: TODAY });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it("seeds once: a second seedIfEmpty leaves the data alone", async () => {
    const [before] = await database.db.select({ n: count() }).from(products);
    expect(await seedIfEmpty(database.db, { today: TODAY })).toBeNull();
    const [after] = await database.db.select({ n: count() }).from(products);
    expect(after?.n).toBe(before?.n);
  });

  it("has enough producers, provinces and products", async () => {
    const [p] = await database.db
      .select({ n: count(), provinces: countDistinct(producers.provinceCode) })
      .from(producers);
    expect(p?.n).toBeGreaterThanOrEqual(40);
    expect(p?.provinces).toBeGreaterThanOrEqual(10);
    const [q] = await database.db.select({ n: count() }).from(products);
    expect(q?.n).toBeGreaterThanOrEqual(150);
    expect(summary).toEqual({ producers: p?.n, products: q?.n });
  });

  it("uses all six product groups of the 2023 scheme", async () => {
    const rows = await database.db
      .selectDistinct({ code: productGroups.code })
      .from(products)
      .innerJoin(productSets, eq(productSets.id, products.productSetId))
      .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
      .where(eq(productGroups.legalBasisCode, "2023"));
    expect(rows.map((r) => r.code).sort()).toEqual(
      ["du-lich", "do-uong", "sinh-vat-canh", "thao-duoc", "thu-cong-my-nghe", "thuc-pham"].sort(),
    );
  });

  it("issues certificates under at least three legal bases", async () => {
    const rows = await database.db
      .selectDistinct({ code: certificates.legalBasisCode })
      .from(certificates);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it("follows the corrected rules: 1489 after 06/07/2025, none under 26/2026 before 22/05/2026, a few 4★ potential 5★", async () => {
    const rows = await database.db
      .select({
        basis: certificates.legalBasisCode,
        date: certificates.decisionDate,
        stars: certificates.stars,
        score: certificates.score,
        level: certificates.issuingLevel,
        number: certificates.decisionNumber,
        proposed: certificates.proposedForFive,
      })
      .from(certificates);
    expect(rows.filter((r) => r.basis === "2025" && r.date < "2025-07-06")).toEqual([]);
    expect(rows.filter((r) => r.basis === "2026" && r.date < "2026-05-22")).toEqual([]);
    expect(rows.filter((r) => r.number?.includes("BB-HĐĐG"))).toEqual([]);
    expect(rows.filter((r) => r.stars < 3 && r.number !== null)).toEqual([]);
    const proposed = rows.filter((r) => r.proposed);
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    for (const r of proposed) {
      expect(r).toMatchObject({ stars: 4, level: "province" });
      expect(r.score ?? 0).toBeGreaterThanOrEqual(90);
      expect(["2023", "2025"]).toContain(r.basis);
    }
  });

  it("hides every HIDDEN_DEMO_SLUGS product and shows every VISIBLE_DEMO_SLUGS product", async () => {
    const hidden = HIDDEN_DEMO_SLUGS.map((h) => h.slug);
    const visible = VISIBLE_DEMO_SLUGS.map((v) => v.slug);
    const existing = await database.db
      .select({ slug: products.slug })
      .from(products)
      .where(inArray(products.slug, [...hidden, ...visible]));
    expect(existing).toHaveLength(hidden.length + visible.length);
    expect(await publicSlugs(hidden)).toEqual([]);
    expect(await publicSlugs(visible)).toEqual([...visible].sort());
  });

  it("places the Sông Lô guava grower in Phú Thọ, with a 3★ from the former Sông Lô district", async () => {
    const [row] = await database.db
      .select({
        provinceCode: producers.provinceCode,
        level: certificates.issuingLevel,
        body: certificates.issuingBody,
        legacy: certificates.legacyPlaceId,
        decisionDate: certificates.decisionDate,
        address: certificates.addressPrinted,
      })
      .from(products)
      .innerJoin(producers, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .where(eq(products.slug, "oi-le-song-lo"));
    expect(row?.provinceCode).toBe("25");
    expect((row?.decisionDate ?? "9999-12-31") < "2025-07-01").toBe(true);
    expect(row).toMatchObject({ level: "district", body: "UBND huyện Sông Lô" });
    expect(row?.address).toContain("tỉnh Vĩnh Phúc");
    const [district] = await database.db
      .select({ name: legacyPlaces.name })
      .from(legacyPlaces)
      .where(eq(legacyPlaces.id, row?.legacy ?? ""));
    expect(district?.name).toBe("Huyện Sông Lô");
  });

  it("names a former unit on every certificate issued before July 2025", async () => {
    const [missing] = await database.db
      .select({ n: count() })
      .from(certificates)
      .where(
        and(
          lt(certificates.decisionDate, "2025-07-01"),
          sql`${certificates.legacyPlaceId} is null`,
        ),
      );
    expect(missing?.n).toBe(0);
  });

  it("gives 5★ to the ministry under the name it had on the decision date", async () => {
    const rows = await database.db
      .select({
        date: certificates.decisionDate,
        body: certificates.issuingBody,
        level: certificates.issuingLevel,
      })
      .from(certificates)
      .where(eq(certificates.stars, 5));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.level).toBe("ministry");
      expect(r.body).toBe(
        r.date < "2025-03-01"
          ? "Bộ Nông nghiệp và Phát triển nông thôn"
          : "Bộ Nông nghiệp và Môi trường",
      );
    }
  });

  it("has products expiring within 30 days and renewals, one of them regraded 4★ → 3★", async () => {
    const [soon] = await database.db
      .select({ n: count() })
      .from(certificates)
      .where(
        and(
          eq(certificates.status, "active"),
          sql`${certificates.validUntil} between ${TODAY} and ${addDays(TODAY, 30)}`,
        ),
      );
    expect(soon?.n).toBeGreaterThanOrEqual(3);
    const renewals = await database.db
      .select({ oldStars: certificates.stars, newStars: sql<number>`successor.stars` })
      .from(certificates)
      .innerJoin(sql`certificates as successor`, sql`successor.id = ${certificates.supersededById}`)
      .where(and(eq(certificates.status, "superseded"), isNotNull(certificates.supersededById)));
    expect(renewals.length).toBeGreaterThanOrEqual(3);
    expect(renewals.some((r) => r.oldStars === 4 && Number(r.newStars) === 3)).toBe(true);
  });

  it("has one demo account per role, scoped to Phú Thọ and the Sông Lô cooperative", async () => {
    const signedIn = [];
    for (const account of DEMO_ACCOUNTS) {
      const r = await logIn(database.db, {
        email: account.email,
        password: DEMO_PASSWORD,
        ip: null,
      });
      if (!r.ok) throw new Error(`${account.email} cannot log in`);
      signedIn.push(r.user);
    }
    expect(new Set(signedIn.map((u) => u.role))).toEqual(
      new Set(["administrator", "official", "producer_member", "customer"]),
    );
    const [songLo] = await database.db
      .select({ id: producers.id })
      .from(producers)
      .where(eq(producers.slug, "htx-cay-trong-song-lo-xanh"));
    const member = signedIn.find((u) => u.role === "producer_member");
    expect(member?.producerId).toBe(songLo?.id);
    const province = signedIn.find((u) => u.officialPlaceCode === "25");
    const commune = signedIn.find((u) => u.officialPlaceCode === "08848");
    if (!province || !commune) throw new Error("demo officials missing");
    // Whether a record placed in the unit is in the official's scope (scope.server.ts).
    const covers = async (user: ScopeUser, code: string) =>
      (
        await database.db
          .select({ code: places.code })
          .from(places)
          .where(and(eq(places.code, code), inScope(user, places.provinceCode, places.code)))
      ).length === 1;
    expect(await covers(province, "08848")).toBe(true);
    expect(await covers(commune, "08848")).toBe(true);
    expect(await covers(commune, "25")).toBe(false);
  });

  it("records the revoked honey's revocation as a decision, and one renewal awaiting the province", async () => {
    const entries = await database.db
      .select({
        slug: products.slug,
        kind: certificateEntries.kind,
        status: certificateEntries.status,
        direct: certificateEntries.direct,
        number: certificateEntries.revokeDecisionNumber,
        ground: certificateEntries.revokeGroundCode,
        body: certificateEntries.revokeIssuingBody,
        certificateStatus: certificates.status,
      })
      .from(certificateEntries)
      .innerJoin(products, eq(products.id, certificateEntries.productId))
      .leftJoin(certificates, eq(certificates.id, certificateEntries.certificateId))
      .orderBy(certificateEntries.id);
    expect(entries).toEqual([
      {
        slug: "mat-ong-hoa-dieu-bu-dang",
        kind: "revocation",
        status: "confirmed",
        direct: true,
        number: "318/QĐ-UBND",
        ground: "khong-duy-tri-chat-luong",
        body: expect.stringMatching(/^UBND /),
        certificateStatus: "revoked",
      },
      {
        slug: "tra-la-oi-song-lo",
        kind: "decision",
        status: "prepared",
        direct: false,
        number: null,
        ground: null,
        body: null,
        certificateStatus: null,
      },
    ]);
  });

  it("books the Sông Lô cooperative's card orders: the older month paid out, the last one due", async () => {
    const { producerStatements } = await import("../../app/domain/settlement/statements.server");
    const [producer] = await database.db
      .select({ id: producers.id })
      .from(producers)
      .where(eq(producers.slug, "htx-cay-trong-song-lo-xanh"));
    const statements = await producerStatements(database.db, producer!.id);
    expect(statements.map((s) => s.state)).toEqual(["paid", "due"]);
    expect(statements[0]!.closingVnd).toBe(0);
    expect(statements[1]!.owedVnd).toBe(statements[1]!.netVnd);
    expect(statements[1]!.netVnd).toBe(statements[1]!.salesVnd - statements[1]!.feesVnd);
  });

  it("a scale run adds exactly the products asked for, some of them not public", async () => {
    const [before] = await database.db.select({ n: count() }).from(products);
    const scaled = await seedScale(database.db, { products: 500, today: TODAY, chunkSize: 200 });
    const [after] = await database.db.select({ n: count() }).from(products);
    expect(scaled.products).toBe(500);
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(500);
    const [certs] = await database.db
      .select({ n: count() })
      .from(certificates)
      .innerJoin(products, eq(products.id, certificates.productId))
      .where(sql`${products.id} > (select max(id) - 500 from products)`);
    expect(certs?.n).toBe(500);
    const [visible] = await database.db
      .select({ n: count() })
      .from(products)
      .innerJoin(producers, producerJoin)
      .leftJoin(certificates, activeCertificateJoin)
      .where(publicProductCondition(TODAY));
    expect(visible?.n).toBeLessThan(after?.n ?? 0);
    // A second run does not collide with the first one's slugs.
    expect((await seedScale(database.db, { products: 20, today: TODAY })).products).toBe(20);
  });
});
