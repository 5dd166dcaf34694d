/**
 * Migration 0009 folds fairs and showrooms into one table: a database as it was before (with
 * fairs, showrooms whose ids collide with the fairs', and both catalogues) keeps every record,
 * every entry, every slug, and every old workspace address (a showroom's by a redirect).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../app/domain/account/accounts.server";
import {
  createPromotion,
  getPromotionForOfficial,
  getPublicPromotion,
  showroomIdFromLegacy,
} from "../app/domain/promotion/promotion.server";
import { commitSession } from "../app/web/auth.server";
import { loader as showroomAdminLoader } from "../app/routes/admin.showrooms.$id";
import { loader as fairAdminLoader } from "../app/routes/admin.fairs.$id";
import { queryRows } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { promotionEntries, promotions } from "./schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-db";

const TODAY = "2026-03-10";
let t: TestDatabase;
let folder: string;
let admin: SessionUser;
let adminCookie: string;
const product: number[] = [];

/** The migrations up to, not including, 0009: the schema the old tables lived in. */
async function migrationsBefore0009(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ocop-migrations-"));
  await cp(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  journal.entries = journal.entries.filter((e) => e.idx < 9);
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  folder = await migrationsBefore0009();
  t = await createTestDatabase({ migrationsFolder: folder });
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  // The factories write (and read back) today's rows: the columns later migrations add to these
  // tables are lent for the fixtures and dropped again before migrating, as a real database
  // at 0008 would not have them.
  const LENT: [table: string, column: string, type: string][] = [
    ["producers", "free_shipping_from_vnd", "integer"],
    ["products", "packed_weight_grams", "integer not null default 500"],
    ["products", "alcohol_percent", "numeric(4, 1)"],
    ["legal_bases", "document_number", "text"],
    ["legal_bases", "signed_on", "date"],
    ["legal_bases", "text_kind", "text not null default 'criteria'"],
    ["legal_bases", "source", "text"],
    ["legal_bases", "source_kind", "text not null default 'secondary'"],
    ["product_sets", "subgroup_vi", "text"],
    ["product_sets", "subgroup_en", "text"],
    ["certificates", "achieved", "boolean not null default true"],
    ["certificates", "proposed_for_five", "boolean not null default false"],
  ];
  for (const [table, column, type] of LENT)
    await t.db.execute(sql.raw(`alter table ${table} add column ${column} ${type}`));
  const producer = await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" });
  for (const nameVi of ["Ổi lê di trú", "Trà ổi di trú", "Mật ong di trú"]) {
    const { product: made } = await makeVisibleProduct(t.db, { producerId: producer.id, nameVi });
    product.push(made.id);
  }
  for (const [table, column] of LENT)
    await t.db.execute(sql.raw(`alter table ${table} drop column ${column}`));
  const [a, b, c] = product;
  // The old tables, as 0007 made them; ids chosen so that fairs and showrooms collide.
  await t.db.execute(sql`
    insert into fairs (id, slug, name_vi, name_en, venue, province_code, starts_on, ends_on,
                       description_vi, description_en, cover_image, organiser_place_code, status,
                       created_at, updated_at)
    values (1, 'hoi-cho-dat-to', 'Hội chợ Đất Tổ', 'Đất Tổ Fair', 'Quảng trường Hùng Vương', '25',
            '2026-03-12', '2026-03-16', 'Hội chợ sản phẩm OCOP của tỉnh.', null,
            '/images/hoi-cho.jpg', '25', 'published', '2026-01-02T03:04:05Z', '2026-01-03T03:04:05Z'),
           (4, 'phien-cho-song-lo', 'Phiên chợ Sông Lô', null, 'Sân vận động xã', '25',
            '2026-04-01', '2026-04-01', 'Phiên chợ của xã Sông Lô.', null, null, '08848', 'draft',
            now(), now())`);
  await t.db.execute(sql`
    insert into showrooms (id, slug, name_vi, name_en, province_code, commune_code, address,
                           location_type, opening_hours, contact_phone, contact_email,
                           description_vi, description_en, cover_image, organiser_place_code,
                           status, created_at, updated_at)
    values (1, 'diem-ban-phu-ninh', 'Điểm bán Phù Ninh', 'Phù Ninh showroom', '25', '08848',
            'Trạm dừng nghỉ km 54', 'highway_rest_stop', '6:00–22:00', '0912345678',
            'diemban@example.vn', 'Quầy sản phẩm OCOP cho khách đi đường.', null, null, '25',
            'published', '2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z'),
           (2, 'diem-ban-lang-nghe', 'Điểm bán làng nghề', null, '25', '08848', 'Làng nghề',
            'craft_village', '8:00–17:00', null, null, 'Sản phẩm của làng nghề.', null, null,
            '08848', 'draft', now(), now())`);
  await t.db.execute(sql`
    insert into fair_products (fair_id, product_id, booth_code, featured, position, added_at)
    values (1, ${a}, 'A-12', true, 0, '2026-01-04T00:00:00Z'), (1, ${b}, null, false, 1, now()),
           (4, ${c}, 'B-01', false, 0, now())`);
  await t.db.execute(sql`
    insert into showroom_products (showroom_id, product_id, shelf_code, featured, position)
    values (1, ${b}, 'Kệ 3', false, 0), (1, ${c}, 'Kệ 1', true, 1), (2, ${a}, null, false, 0)`);

  await migrateDatabase(t, migrationsFolder);

  const signedIn = await makeSignedInUser(t.db, { role: "administrator" });
  admin = signedIn.user as SessionUser;
  adminCookie = (await commitSession(signedIn.token)).split(";")[0] ?? "";
  globalThis.__ocopDatabase = Promise.resolve(t);
});

afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t?.cleanup();
  await rm(folder, { recursive: true, force: true });
});

const showroomIdOf = async (legacyId: number) => {
  const id = await showroomIdFromLegacy(t.db, admin, legacyId);
  if (id === null) throw new Error(`showroom ${legacyId} not migrated`);
  return id;
};

describe("migration 0009: fairs and showrooms become promotions", () => {
  it("drops the four old tables", async () => {
    const rows = await queryRows<{ name: string | null }>(
      t.db,
      sql`select to_regclass(n)::text as name
            from unnest(array['fairs', 'showrooms', 'fair_products', 'showroom_products']) n`,
    );
    expect(rows.map((r) => r.name)).toEqual([null, null, null, null]);
  });

  it("copies every fair with its id, slug, detail and dates, and every showroom under a new id", async () => {
    const rows = await t.db.select().from(promotions).orderBy(asc(promotions.id));
    expect(rows.map((r) => [r.kind, r.slug, r.legacyId])).toEqual([
      ["fair", "hoi-cho-dat-to", null],
      ["fair", "phien-cho-song-lo", null],
      ["showroom", "diem-ban-phu-ninh", 1],
      ["showroom", "diem-ban-lang-nghe", 2],
    ]);
    expect(rows.slice(0, 2).map((r) => r.id)).toEqual([1, 4]);
    // Above every old id of either kind, so an old showroom id never names another showroom.
    expect(rows.slice(2).every((r) => r.id > 4)).toBe(true);
    expect(rows[0]).toMatchObject({
      nameVi: "Hội chợ Đất Tổ",
      nameEn: "Đất Tổ Fair",
      venue: "Quảng trường Hùng Vương",
      startsOn: "2026-03-12",
      endsOn: "2026-03-16",
      coverImage: "/images/hoi-cho.jpg",
      organiserPlaceCode: "25",
      status: "published",
      communeCode: null,
      address: null,
    });
    expect(rows[0]?.createdAt.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(rows[0]?.updatedAt.toISOString()).toBe("2026-01-03T03:04:05.000Z");
    expect(rows[1]).toMatchObject({ organiserPlaceCode: "08848", status: "draft" });
    expect(rows[2]).toMatchObject({
      nameEn: "Phù Ninh showroom",
      communeCode: "08848",
      address: "Trạm dừng nghỉ km 54",
      locationType: "highway_rest_stop",
      openingHours: "6:00–22:00",
      contactPhone: "0912345678",
      contactEmail: "diemban@example.vn",
      status: "published",
      venue: null,
      startsOn: null,
    });
    expect(rows[3]).toMatchObject({ locationType: "craft_village", status: "draft" });
  });

  it("copies every catalogue entry with its booth or shelf code, featured flag and position", async () => {
    const [a, b, c] = product;
    const [ninh, village] = [await showroomIdOf(1), await showroomIdOf(2)];
    const rows = await t.db
      .select({
        promotionId: promotionEntries.promotionId,
        productId: promotionEntries.productId,
        code: promotionEntries.spotCode,
        featured: promotionEntries.featured,
        position: promotionEntries.position,
      })
      .from(promotionEntries)
      .orderBy(asc(promotionEntries.promotionId), asc(promotionEntries.position));
    expect(rows).toEqual([
      { promotionId: 1, productId: a, code: "A-12", featured: true, position: 0 },
      { promotionId: 1, productId: b, code: null, featured: false, position: 1 },
      { promotionId: 4, productId: c, code: "B-01", featured: false, position: 0 },
      { promotionId: ninh, productId: b, code: "Kệ 3", featured: false, position: 0 },
      { promotionId: ninh, productId: c, code: "Kệ 1", featured: true, position: 1 },
      { promotionId: village, productId: a, code: null, featured: false, position: 0 },
    ]);
    const [added] = await t.db
      .select({ at: promotionEntries.addedAt })
      .from(promotionEntries)
      .where(eq(promotionEntries.spotCode, "A-12"));
    expect(added?.at.toISOString()).toBe("2026-01-04T00:00:00.000Z");
  });

  it("keeps every public slug: /fairs/:slug and /showrooms/:slug show the same catalogues", async () => {
    const fair = await getPublicPromotion(t.db, "fair", "hoi-cho-dat-to", TODAY);
    expect(fair?.entries.map((e) => e.code)).toEqual(["A-12", null]);
    const showroom = await getPublicPromotion(t.db, "showroom", "diem-ban-phu-ninh", TODAY);
    // Featured first, then the curator's order.
    expect(showroom?.entries.map((e) => e.code)).toEqual(["Kệ 1", "Kệ 3"]);
    expect(await getPublicPromotion(t.db, "fair", "phien-cho-song-lo", TODAY)).toBeNull();
    expect(await getPublicPromotion(t.db, "showroom", "hoi-cho-dat-to", TODAY)).toBeNull();
  });

  it("keeps the workspace addresses: a fair's id as it was, a showroom's old id redirecting", async () => {
    expect((await getPromotionForOfficial(t.db, admin, "fair", 4, TODAY))?.slug).toBe(
      "phien-cho-song-lo",
    );
    const request = (p: string) =>
      new Request(`http://localhost${p}`, { headers: { Cookie: adminCookie } });
    const fairPage = await fairAdminLoader({
      request: request("/admin/fairs/1"),
      params: { id: "1" },
      context: {},
    });
    expect(fairPage.data.promotion.slug).toBe("hoi-cho-dat-to");

    const ninh = await showroomIdOf(1);
    let thrown: unknown = null;
    try {
      await showroomAdminLoader({
        request: request("/admin/showrooms/1"),
        params: { id: "1" },
        context: {},
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Response);
    const redirect = thrown as Response;
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("Location")).toBe(`/admin/showrooms/${ninh}`);
    const page = await showroomAdminLoader({
      request: request(`/admin/showrooms/${ninh}`),
      params: { id: String(ninh) },
      context: {},
    });
    expect(page.data.promotion.slug).toBe("diem-ban-phu-ninh");
  });

  it("goes on numbering after the highest id, and a slug is unique within its kind only", async () => {
    const made = await createPromotion(t.db, admin, {
      kind: "showroom",
      nameVi: "Hội chợ Đất Tổ",
      nameEn: null,
      provinceCode: "25",
      communeCode: "08848",
      address: "Chợ trung tâm",
      locationType: "market",
      openingHours: "7:00–18:00",
      contactPhone: null,
      contactEmail: null,
      descriptionVi: "Một điểm bán mới sau khi chuyển dữ liệu.",
      descriptionEn: null,
      coverImage: null,
      organiserPlaceCode: "25",
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    expect(made.id).toBeGreaterThan(await showroomIdOf(2));
    // The fair has that slug; a showroom may have it too.
    expect(made.slug).toBe("hoi-cho-dat-to");
  });
});
