/**
 * Fairs and showrooms on a real database: organiser scope, catalogue curation with its audit
 * trail, the visibility rule at read time, and what the public pages list.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, certificates, promotionEntries, promotions } from "../../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProducer,
  makeProduct,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, addMonths } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import type { FairInput, PromotionInput, ShowroomInput } from "./schemas";
import {
  addEntry,
  createPromotion,
  getPromotionForOfficial,
  getPublicPromotion,
  listPromotionsForOfficial,
  listPublicFairs,
  listPublicShowrooms,
  moveEntry,
  organiserOptions,
  promotionsOfProduct,
  promotionInScope,
  publishedPromotionPages,
  removeEntry,
  searchPickerProducts,
  setPublication,
  updateEntry,
  updatePromotion,
} from "./promotion.server";

const TODAY = "2026-03-10";
/** The decision date whose certificate is valid until `TODAY + days`. */
const validFor = (days: number) => addMonths(addDays(TODAY, days), -36);

let t: TestDatabase;
let province: SessionUser;
let commune: SessionUser;
let otherProvince: SessionUser;
let admin: SessionUser;
let customer: SessionUser;
const p: Record<string, { id: number; slug: string }> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "07900",
    communeName: "Phường Việt Trì",
  });
  await ensurePlace(t.db, {
    provinceCode: "79",
    provinceName: "Thành phố Hồ Chí Minh",
    communeCode: "26734",
    communeName: "Phường Sài Gòn",
  });
  province = await makeUser(t.db, { role: "official", officialPlaceCode: "25" });
  commune = await makeUser(t.db, { role: "official", officialPlaceCode: "08848" });
  otherProvince = await makeUser(t.db, { role: "official", officialPlaceCode: "79" });
  admin = await makeUser(t.db, { role: "administrator" });
  customer = await makeUser(t.db, { role: "customer" });

  const songLo = await makeProducer(t.db, {
    name: "HTX Ổi Sông Lô thử nghiệm",
    provinceCode: "25",
    communeCode: "08848",
  });
  const saigon = await makeProducer(t.db, { provinceCode: "79", communeCode: "26734" });
  const visible = async (key: string, producerId: number, nameVi: string, days = 900) => {
    const { product } = await makeVisibleProduct(t.db, {
      producerId,
      nameVi,
      stars: 4,
      decisionDate: validFor(days),
    });
    p[key] = product;
  };
  await visible("guava", songLo.id, "Ổi lê Sông Lô");
  await visible("tea", songLo.id, "Trà lá ổi");
  await visible("juice", songLo.id, "Nước ép ổi", 5); // valid only five more days
  await visible("honey", saigon.id, "Mật ong hoa cà phê");
  const twoStar = await makeProduct(t.db, { producerId: songLo.id, nameVi: "Mật ong hai sao" });
  await makeCertificate(t.db, { productId: twoStar.id, stars: 2, score: 40 });
  p.twoStar = twoStar;
  const unlisted = await makeVisibleProduct(t.db, {
    producerId: songLo.id,
    nameVi: "Mật ong ngừng bán",
    listingStatus: "unlisted",
  });
  p.unlisted = unlisted.product;
});
afterAll(async () => {
  await t.cleanup();
});

function fairInput(o: Partial<FairInput> = {}): PromotionInput {
  return {
    kind: "fair",
    nameVi: "Hội chợ OCOP Đất Tổ",
    nameEn: "Đất Tổ OCOP Fair",
    venue: "Quảng trường Hùng Vương",
    provinceCode: "25",
    startsOn: addDays(TODAY, 2),
    endsOn: addDays(TODAY, 8),
    descriptionVi: "Hội chợ sản phẩm OCOP của tỉnh.",
    descriptionEn: null,
    coverImage: null,
    organiserPlaceCode: "25",
    ...o,
  };
}

function showroomInput(o: Partial<ShowroomInput> = {}): PromotionInput {
  return {
    kind: "showroom",
    nameVi: "Điểm bán OCOP trạm dừng nghỉ",
    nameEn: null,
    provinceCode: "25",
    communeCode: "07900",
    address: "Trạm dừng nghỉ km 54",
    locationType: "highway_rest_stop",
    openingHours: "6:00–22:00",
    contactPhone: "0912345678",
    contactEmail: null,
    descriptionVi: "Quầy sản phẩm OCOP cho khách đi đường.",
    descriptionEn: null,
    coverImage: null,
    organiserPlaceCode: "25",
    ...o,
  };
}

async function created(result: Awaited<ReturnType<typeof createPromotion>>) {
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result;
}

async function auditCount(entityType: string, entityId?: number): Promise<number> {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(
      entityId === undefined
        ? eq(auditLog.entityType, entityType)
        : and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))),
    );
  return row?.n ?? 0;
}

async function lastAudit(entityType: string, entityId: number) {
  const rows = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(auditLog.id);
  return rows.at(-1);
}

describe("organiser scope", () => {
  it("offers an official their own unit and the units under it", async () => {
    const forProvince = (await organiserOptions(t.db, province)).map((o) => o.code);
    expect(forProvince[0]).toBe("25");
    expect(forProvince.sort()).toEqual(["07900", "08848", "25"]);
    expect((await organiserOptions(t.db, commune)).map((o) => o.code)).toEqual(["08848"]);
    expect((await organiserOptions(t.db, admin)).every((o) => o.level === "province")).toBe(true);
    expect(await organiserOptions(t.db, customer)).toEqual([]);
  });

  it("refuses an organiser outside the official's unit and writes nothing", async () => {
    const [before] = await t.db.select({ n: count() }).from(promotions);
    const auditsBefore = await auditCount("fair");
    const up = await createPromotion(t.db, commune, fairInput({ organiserPlaceCode: "25" }));
    expect(up).toEqual({
      ok: false,
      fieldErrors: { organiserPlaceCode: "promo.admin.error.organiserOutOfScope" },
    });
    const sideways = await createPromotion(t.db, province, fairInput({ organiserPlaceCode: "79" }));
    expect(sideways.ok).toBe(false);
    const unknown = await createPromotion(
      t.db,
      admin,
      fairInput({ provinceCode: "99", organiserPlaceCode: "98" }),
    );
    expect(unknown).toEqual({
      ok: false,
      fieldErrors: {
        provinceCode: "promo.admin.error.province",
        organiserPlaceCode: "promo.admin.error.organiser",
      },
    });
    const [after] = await t.db.select({ n: count() }).from(promotions);
    expect(after?.n).toBe(before?.n);
    expect(await auditCount("fair")).toBe(auditsBefore);
  });

  it("lists and opens only the fairs whose organiser is in scope (others are not found)", async () => {
    const byProvince = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ tỉnh" })),
    );
    const byCommune = await created(
      await createPromotion(
        t.db,
        commune,
        fairInput({ nameVi: "Phiên chợ xã", organiserPlaceCode: "08848" }),
      ),
    );
    const elsewhere = await created(
      await createPromotion(
        t.db,
        admin,
        fairInput({ nameVi: "Hội chợ phương Nam", provinceCode: "79", organiserPlaceCode: "79" }),
      ),
    );
    const ids = async (u: SessionUser) =>
      (await listPromotionsForOfficial(t.db, u, "fair")).map((f) => f.id);
    expect(await ids(province)).toEqual(expect.arrayContaining([byProvince.id, byCommune.id]));
    expect(await ids(province)).not.toContain(elsewhere.id);
    expect(await ids(commune)).toEqual([byCommune.id]);
    expect(await ids(otherProvince)).toEqual([elsewhere.id]);
    expect(await ids(customer)).toEqual([]);
    expect(await ids(admin)).toEqual(
      expect.arrayContaining([byProvince.id, byCommune.id, elsewhere.id]),
    );

    expect(await getPromotionForOfficial(t.db, commune, "fair", byProvince.id, TODAY)).toBeNull();
    expect(
      await getPromotionForOfficial(t.db, otherProvince, "fair", byCommune.id, TODAY),
    ).toBeNull();
    expect(
      (await getPromotionForOfficial(t.db, province, "fair", byCommune.id, TODAY))?.nameVi,
    ).toBe("Phiên chợ xã");
    expect(await promotionInScope(t.db, commune, "fair", byProvince.id)).toBe(false);
    expect(await promotionInScope(t.db, commune, "fair", byCommune.id)).toBe(true);

    // Writes out of scope are not found and change nothing.
    expect(
      await updatePromotion(t.db, commune, byProvince.id, fairInput({ nameVi: "Đổi tên" })),
    ).toEqual({
      ok: false,
      notFound: true,
    });
    expect(await setPublication(t.db, otherProvince, "fair", byProvince.id, "published")).toEqual({
      ok: false,
      notFound: true,
    });
    expect(await addEntry(t.db, commune, "fair", byProvince.id, p.guava!.id, TODAY)).toEqual({
      ok: false,
      notFound: true,
    });
    const [row] = await t.db.select().from(promotions).where(eq(promotions.id, byProvince.id));
    expect(row?.nameVi).toBe("Hội chợ tỉnh");
    expect(row?.status).toBe("draft");
  });
});

describe("fairs", () => {
  it("creates a draft with a readable, unique slug and an audit entry in the organiser's province", async () => {
    const first = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ Hùng Vương" })),
    );
    const second = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ Hùng Vương" })),
    );
    expect(first.slug).toBe("hoi-cho-hung-vuong");
    expect(second.slug).toBe("hoi-cho-hung-vuong-2");
    const [row] = await t.db.select().from(promotions).where(eq(promotions.id, first.id));
    expect(row?.status).toBe("draft");
    const audit = await lastAudit("fair", first.id);
    expect(audit).toMatchObject({
      action: "fair.create",
      actorUserId: province.id,
      provinceCode: "25",
      communeCode: null,
    });
    const byCommune = await created(
      await createPromotion(
        t.db,
        commune,
        fairInput({ nameVi: "Chợ phiên Sông Lô", organiserPlaceCode: "08848" }),
      ),
    );
    expect(await lastAudit("fair", byCommune.id)).toMatchObject({
      provinceCode: "25",
      communeCode: "08848",
    });
  });

  it("records only what an edit changed; an edit that changes nothing writes nothing", async () => {
    const fair = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ sửa" })),
    );
    const edited = await updatePromotion(
      t.db,
      province,
      fair.id,
      fairInput({ nameVi: "Hội chợ sửa", venue: "Công viên Văn Lang" }),
    );
    expect(edited).toEqual({ ok: true });
    const audit = await lastAudit("fair", fair.id);
    expect(audit?.action).toBe("fair.update");
    expect(audit?.before).toEqual({ venue: "Quảng trường Hùng Vương" });
    expect(audit?.after).toEqual({ venue: "Công viên Văn Lang" });
    const n = await auditCount("fair", fair.id);
    await updatePromotion(
      t.db,
      province,
      fair.id,
      fairInput({ nameVi: "Hội chợ sửa", venue: "Công viên Văn Lang" }),
    );
    expect(await auditCount("fair", fair.id)).toBe(n);
  });

  it("curates a catalogue: only public products, booth codes, featured, order, removal — each audited", async () => {
    const fair = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ danh mục" })),
    );
    const audits = () => auditCount("fair", fair.id);
    const start = await audits();

    for (const hidden of [p.twoStar!, p.unlisted!]) {
      expect(await addEntry(t.db, province, "fair", fair.id, hidden.id, TODAY)).toEqual({
        ok: false,
        fieldErrors: { productId: "promo.admin.error.productNotVisible" },
      });
    }
    expect(await addEntry(t.db, province, "fair", fair.id, 2_000_000_000, TODAY)).toMatchObject({
      ok: false,
    });
    expect(await audits()).toBe(start);

    for (const key of ["guava", "tea", "juice", "honey"]) {
      expect(await addEntry(t.db, province, "fair", fair.id, p[key]!.id, TODAY)).toEqual({
        ok: true,
      });
    }
    expect(await addEntry(t.db, province, "fair", fair.id, p.tea!.id, TODAY)).toEqual({
      ok: false,
      fieldErrors: { productId: "promo.admin.error.alreadyAdded" },
    });
    expect(await audits()).toBe(start + 4);

    expect(
      await updateEntry(t.db, province, "fair", fair.id, {
        productId: p.honey!.id,
        code: "B-07",
        featured: true,
      }),
    ).toEqual({ ok: true });
    const entryAudit = await lastAudit("fair", fair.id);
    expect(entryAudit?.action).toBe("fair.product.update");
    expect(entryAudit?.before).toEqual({ productId: p.honey!.id, code: null, featured: false });
    expect(entryAudit?.after).toEqual({ productId: p.honey!.id, code: "B-07", featured: true });

    expect(await moveEntry(t.db, province, "fair", fair.id, p.juice!.id, "up")).toEqual({
      ok: true,
    });
    expect(await moveEntry(t.db, province, "fair", fair.id, p.guava!.id, "up")).toEqual({
      ok: true,
    }); // already first
    expect(await removeEntry(t.db, province, "fair", fair.id, p.tea!.id)).toEqual({ ok: true });
    expect(await removeEntry(t.db, province, "fair", fair.id, p.tea!.id)).toEqual({
      ok: false,
      fieldErrors: { productId: "promo.admin.error.entryMissing" },
    });

    const view = await getPromotionForOfficial(t.db, province, "fair", fair.id, TODAY);
    expect(view?.entries.map((e) => e.slug)).toEqual([p.guava!.slug, p.juice!.slug, p.honey!.slug]);
    const positions = view?.entries.map((e) => e.position) ?? [];
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const honey = view?.entries.find((e) => e.productId === p.honey!.id);
    expect(honey).toMatchObject({ code: "B-07", featured: true, visible: true });
    // The juice's certificate runs out five days from now, before the fair's eighth day.
    expect(view?.entries.map((e) => e.expiryWarning)).toEqual([false, true, false]);
    expect(await audits()).toBe(start + 4 + 1 + 1 + 1);
    const removal = await lastAudit("fair", fair.id);
    expect(removal).toMatchObject({ action: "fair.product.remove", provinceCode: "25" });
  });

  it("publishes: the public sees only visible products, featured first, and a lapsed product drops out", async () => {
    const fair = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ công bố" })),
    );
    for (const key of ["guava", "tea", "honey"])
      await addEntry(t.db, province, "fair", fair.id, p[key]!.id, TODAY);
    await updateEntry(t.db, province, "fair", fair.id, {
      productId: p.honey!.id,
      code: "C1",
      featured: true,
    });

    expect(await getPublicPromotion(t.db, "fair", fair.slug, TODAY)).toBeNull();
    expect(await setPublication(t.db, province, "fair", fair.id, "published")).toEqual({
      ok: true,
    });
    expect((await lastAudit("fair", fair.id))?.action).toBe("fair.publish");
    const shown = await getPublicPromotion(t.db, "fair", fair.slug, TODAY);
    expect(shown?.kind === "fair" && shown.phase).toBe("upcoming");
    expect(shown?.entries.map((e) => [e.slug, e.code, e.featured])).toEqual([
      [p.honey!.slug, "C1", true],
      [p.guava!.slug, null, false],
      [p.tea!.slug, null, false],
    ]);

    // The tea's certificate is revoked: gone from the public page, flagged for the curator.
    await t.db
      .update(certificates)
      .set({ status: "revoked", revokedReason: "Vi phạm", revokedAt: new Date() })
      .where(eq(certificates.productId, p.tea!.id));
    expect(
      (await getPublicPromotion(t.db, "fair", fair.slug, TODAY))?.entries.map((e) => e.slug),
    ).toEqual([p.honey!.slug, p.guava!.slug]);
    const curated = await getPromotionForOfficial(t.db, province, "fair", fair.id, TODAY);
    expect(curated?.entries.find((e) => e.productId === p.tea!.id)?.visible).toBe(false);
    await t.db
      .update(certificates)
      .set({ status: "active", revokedReason: null, revokedAt: null })
      .where(eq(certificates.productId, p.tea!.id));

    expect(await setPublication(t.db, province, "fair", fair.id, "draft")).toEqual({ ok: true });
    expect((await lastAudit("fair", fair.id))?.action).toBe("fair.unpublish");
    expect(await getPublicPromotion(t.db, "fair", fair.slug, TODAY)).toBeNull();
  });

  it("lists published fairs: running and coming ones soonest first, then past ones latest first", async () => {
    const make = async (nameVi: string, from: number, to: number, publish = true) => {
      const fair = await created(
        await createPromotion(
          t.db,
          admin,
          fairInput({ nameVi, startsOn: addDays(TODAY, from), endsOn: addDays(TODAY, to) }),
        ),
      );
      await addEntry(t.db, admin, "fair", fair.id, p.guava!.id, TODAY);
      await addEntry(t.db, admin, "fair", fair.id, p.twoStar!.id, TODAY); // refused
      if (publish) await setPublication(t.db, admin, "fair", fair.id, "published");
      return fair.slug;
    };
    const later = await make("Lịch A sau", 30, 32);
    const now = await make("Lịch A đang", -1, 1);
    const lastDay = await make("Lịch A hôm nay", -3, 0);
    const longAgo = await make("Lịch A lâu rồi", -90, -88);
    const recent = await make("Lịch A vừa xong", -10, -8);
    const draft = await make("Lịch A nháp", 5, 6, false);

    const list = await listPublicFairs(t.db, TODAY);
    const current = list.current.map((f) => f.slug).filter((s) => s.startsWith("lich-a"));
    expect(current).toEqual([lastDay, now, later]);
    expect(list.past.map((f) => f.slug).filter((s) => s.startsWith("lich-a"))).toEqual([
      recent,
      longAgo,
    ]);
    expect([...list.current, ...list.past].map((f) => f.slug)).not.toContain(draft);
    const nowItem = list.current.find((f) => f.slug === now);
    expect(nowItem).toMatchObject({ phase: "ongoing", products: 1, provinceName: "Tỉnh Phú Thọ" });
    expect(list.current.find((f) => f.slug === later)?.phase).toBe("upcoming");

    const pages = await publishedPromotionPages(t.db);
    expect(pages.filter((r) => r.kind === "fair").map((r) => r.slug)).toEqual(
      expect.arrayContaining([later, now, lastDay, longAgo, recent]),
    );
    expect(pages.map((r) => r.slug)).not.toContain(draft);
  });
});

describe("showrooms", () => {
  it("checks the commune against the province and the organiser against the scope", async () => {
    const [before] = await t.db.select({ n: count() }).from(promotions);
    expect(await createPromotion(t.db, province, showroomInput({ communeCode: "26734" }))).toEqual({
      ok: false,
      fieldErrors: { communeCode: "promo.admin.error.commune" },
    });
    expect(
      await createPromotion(t.db, commune, showroomInput({ organiserPlaceCode: "25" })),
    ).toEqual({
      ok: false,
      fieldErrors: { organiserPlaceCode: "promo.admin.error.organiserOutOfScope" },
    });
    const [after] = await t.db.select({ n: count() }).from(promotions);
    expect(after?.n).toBe(before?.n);
  });

  it("runs the same curation, lists by province and type, and flags certificates expiring within 30 days", async () => {
    const rest = await createPromotion(t.db, province, showroomInput());
    if (!rest.ok) throw new Error("not created");
    const village = await createPromotion(
      t.db,
      otherProvince,
      showroomInput({
        nameVi: "Điểm bán làng nghề",
        provinceCode: "79",
        communeCode: "26734",
        locationType: "craft_village",
        organiserPlaceCode: "79",
      }),
    );
    if (!village.ok) throw new Error("not created");
    expect(rest.slug).toBe("diem-ban-ocop-tram-dung-nghi");
    expect((await listPromotionsForOfficial(t.db, province, "showroom")).map((s) => s.id)).toEqual([
      rest.id,
    ]);
    expect(await getPublicPromotion(t.db, "showroom", rest.slug, TODAY)).toBeNull();

    for (const key of ["juice", "guava"])
      await addEntry(t.db, province, "showroom", rest.id, p[key]!.id, TODAY);
    expect(
      await updateEntry(t.db, province, "showroom", rest.id, {
        productId: p.guava!.id,
        code: "Kệ 2",
        featured: false,
      }),
    ).toEqual({ ok: true });
    expect(
      await updatePromotion(t.db, commune, rest.id, showroomInput({ address: "Khác" })),
    ).toEqual({
      ok: false,
      notFound: true,
    });
    expect(
      await updatePromotion(t.db, province, rest.id, showroomInput({ openingHours: "24/7" })),
    ).toEqual({
      ok: true,
    });
    expect((await lastAudit("showroom", rest.id))?.after).toEqual({ openingHours: "24/7" });

    await setPublication(t.db, province, "showroom", rest.id, "published");
    await setPublication(t.db, otherProvince, "showroom", village.id, "published");
    const shown = await getPublicPromotion(t.db, "showroom", rest.slug, TODAY);
    expect(shown?.entries.map((e) => [e.slug, e.code])).toEqual([
      [p.juice!.slug, null],
      [p.guava!.slug, "Kệ 2"],
    ]);
    expect(shown).toMatchObject({ communeName: "Phường Việt Trì", provinceName: "Tỉnh Phú Thọ" });
    // The juice's certificate runs out in five days: within the showroom's 30-day warning.
    const curated = await getPromotionForOfficial(t.db, province, "showroom", rest.id, TODAY);
    expect(curated?.entries.map((e) => e.expiryWarning)).toEqual([true, false]);

    const all = await listPublicShowrooms(t.db, TODAY, {});
    expect(all.items.map((s) => s.slug)).toEqual(expect.arrayContaining([rest.slug, village.slug]));
    // By name without "Tỉnh"/"Thành phố": Hồ Chí Minh before Phú Thọ.
    expect(all.provinces.map((x) => x.code)).toEqual(["79", "25"]);
    expect(all.types).toEqual([
      { type: "highway_rest_stop", count: 1 },
      { type: "craft_village", count: 1 },
    ]);
    expect(
      (await listPublicShowrooms(t.db, TODAY, { province: "79" })).items.map((s) => s.slug),
    ).toEqual([village.slug]);
    expect(
      (await listPublicShowrooms(t.db, TODAY, { type: "highway_rest_stop" })).items.map(
        (s) => s.slug,
      ),
    ).toEqual([rest.slug]);
    expect(all.items.find((s) => s.slug === rest.slug)?.products).toBe(2);
  });
});

describe("product picker", () => {
  it("finds public products by name typed without diacritics, name matches first", async () => {
    const fair = await created(
      await createPromotion(t.db, province, fairInput({ nameVi: "Hội chợ tìm" })),
    );
    await addEntry(t.db, province, "fair", fair.id, p.guava!.id, TODAY);
    const found = await searchPickerProducts(t.db, TODAY, "oi", fair.id);
    expect(found.map((f) => f.slug)).toEqual(
      expect.arrayContaining([p.guava!.slug, p.tea!.slug, p.juice!.slug]),
    );
    expect(found.find((f) => f.id === p.guava!.id)?.inCatalogue).toBe(true);
    expect(found.find((f) => f.id === p.tea!.id)?.inCatalogue).toBe(false);

    const honey = await searchPickerProducts(t.db, TODAY, "mat ong", fair.id);
    // Neither the 2★ result nor the unlisted product, only the public honey.
    expect(honey.map((f) => f.slug)).toEqual([p.honey!.slug]);
    expect(await searchPickerProducts(t.db, TODAY, "  ", fair.id)).toEqual([]);
    // A certificate that ran out yesterday is not offered.
    expect(
      (await searchPickerProducts(t.db, addDays(TODAY, 6), "nuoc ep oi", fair.id)).length,
    ).toBe(0);
    const [entries] = await t.db
      .select({ n: count() })
      .from(promotionEntries)
      .where(eq(promotionEntries.promotionId, fair.id));
    expect(entries?.n).toBe(1);
  });
});

describe("the product page's mention", () => {
  it("names the running and coming fairs and the showrooms that hold the product, with codes", async () => {
    const product = (
      await makeVisibleProduct(t.db, {
        nameVi: "Bánh chưng mời khách",
        decisionDate: validFor(900),
      })
    ).product;
    const make = async (nameVi: string, from: number, to: number, publish: boolean) => {
      const fair = await created(
        await createPromotion(
          t.db,
          admin,
          fairInput({ nameVi, startsOn: addDays(TODAY, from), endsOn: addDays(TODAY, to) }),
        ),
      );
      await addEntry(t.db, admin, "fair", fair.id, product.id, TODAY);
      await updateEntry(t.db, admin, "fair", fair.id, {
        productId: product.id,
        code: "Z9",
        featured: false,
      });
      if (publish) await setPublication(t.db, admin, "fair", fair.id, "published");
      return fair.slug;
    };
    const coming = await make("Nhắc tên sắp tới", 3, 5, true);
    await make("Nhắc tên đã qua", -9, -2, false);
    await make("Nhắc tên đã xong", -9, -1, true);
    await make("Nhắc tên nháp", 1, 2, false);
    const shop = await createPromotion(
      t.db,
      province,
      showroomInput({ nameVi: "Điểm bán nhắc tên" }),
    );
    if (!shop.ok) throw new Error("not created");
    await addEntry(t.db, province, "showroom", shop.id, product.id, TODAY);
    await setPublication(t.db, province, "showroom", shop.id, "published");

    expect(await promotionsOfProduct(t.db, product.id, TODAY)).toEqual([
      {
        kind: "fair",
        slug: coming,
        nameVi: "Nhắc tên sắp tới",
        nameEn: "Đất Tổ OCOP Fair",
        startsOn: addDays(TODAY, 3),
        endsOn: addDays(TODAY, 5),
        code: "Z9",
      },
      {
        kind: "showroom",
        slug: shop.slug,
        nameVi: "Điểm bán nhắc tên",
        nameEn: null,
        startsOn: null,
        endsOn: null,
        code: null,
      },
    ]);
    expect(await promotionsOfProduct(t.db, p.honey!.id, addDays(TODAY, 400))).toEqual([]);
  });
});
