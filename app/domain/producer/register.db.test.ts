/**
 * Producers in the official workspace: scope in every list and lookup, onboarding with a
 * derived unique slug, edits that record only what changed, suspend/reactivate and the
 * storefront, each write with its audit entry and nothing written when refused.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, legacyPlaces, producers } from "../../../db/schema";
import { createEmbeddedEngine } from "../../../search/embedded";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import type { SessionUser } from "../account/accounts.server";
import type { ProducerInput } from "./schemas";
import {
  createProducer,
  getAdminProducer,
  getAdminProducerDetail,
  listAdminProducers,
  scopedPlaceOptions,
  setProducerStatus,
  updateProducer,
} from "./register.server";
import { listProductCards } from "../catalog/catalog.server";

const TODAY = "2026-03-15";
let t: TestDatabase;
const who: Record<string, SessionUser> = {};

async function sessionUser(o: Parameters<typeof makeUser>[1]): Promise<SessionUser> {
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

beforeAll(async () => {
  t = await createTestDatabase();
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(t.db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(t.db, { ...phuTho, communeCode: "08866", communeName: "Xã Hải Lựu" });
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  await t.db.insert(legacyPlaces).values([
    { id: "old-p:vinh-phuc", level: "province", name: "Tỉnh Vĩnh Phúc", currentProvinceCode: "25" },
    {
      id: "old-d:vinh-phuc:song-lo",
      level: "district",
      name: "Huyện Sông Lô",
      parentId: "old-p:vinh-phuc",
      currentProvinceCode: "25",
    },
    {
      id: "old-c:08848",
      level: "commune",
      name: "Xã Đồng Thịnh",
      parentId: "old-d:vinh-phuc:song-lo",
      currentProvinceCode: "25",
      currentCommuneCode: "08848",
    },
  ]);
  who.province = await sessionUser({ role: "official", officialPlaceCode: "25" });
  who.commune = await sessionUser({ role: "official", officialPlaceCode: "08848" });
  who.district = await sessionUser({
    role: "official",
    officialLegacyPlaceId: "old-d:vinh-phuc:song-lo",
  });
  who.admin = await sessionUser({ role: "administrator" });
  who.customer = await sessionUser({ role: "customer" });
});
afterAll(async () => {
  await t.cleanup();
});

function input(o: Partial<ProducerInput> = {}): ProducerInput {
  return {
    name: "Hợp tác xã Đồng Thịnh",
    legalForm: "cooperative",
    provinceCode: "25",
    communeCode: "08848",
    addressPrinted: "Thôn Đồng Giang, xã Sông Lô",
    storyVi: "Hợp tác xã trồng ổi và chè trên đất đồi Sông Lô từ năm 2015.",
    storyEn: null,
    representative: "Nguyễn Văn A",
    phone: "0912345678",
    email: "htx@example.com",
    website: "https://example.com/",
    ...o,
  };
}

async function counts() {
  const [p] = await t.db.select({ n: count() }).from(producers);
  const [a] = await t.db.select({ n: count() }).from(auditLog);
  return { producers: p?.n ?? 0, audit: a?.n ?? 0 };
}

async function auditFor(entityId: number) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "producer"), eq(auditLog.entityId, String(entityId))))
    .orderBy(auditLog.id);
}

describe("createProducer", () => {
  it("onboards a producer with a slug from its name and an audit entry in the same unit", async () => {
    const result = await createProducer(
      t.db,
      who.province!,
      input({ name: "HTX Mật ong Đồi Hồi" }),
    );
    if (!result.ok) throw new Error("not created");
    const [row] = await t.db.select().from(producers).where(eq(producers.id, result.id));
    expect(row).toMatchObject({
      slug: "htx-mat-ong-doi-hoi",
      name: "HTX Mật ong Đồi Hồi",
      provinceCode: "25",
      communeCode: "08848",
      status: "active",
      phone: "0912345678",
    });
    const [entry] = await auditFor(result.id);
    expect(entry).toMatchObject({
      action: "producer.create",
      actorUserId: who.province!.id,
      actorEmail: who.province!.email,
      actorRole: "official",
      provinceCode: "25",
      communeCode: "08848",
      before: null,
    });
    expect(entry?.after).toMatchObject({
      name: "HTX Mật ong Đồi Hồi",
      slug: "htx-mat-ong-doi-hoi",
    });
  });

  it("adds -2, -3… when the slug is taken", async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await createProducer(t.db, who.admin!, input({ name: "HTX Chè Tân Cương" }));
      if (!r.ok) throw new Error("not created");
      slugs.push((await getAdminProducer(t.db, who.admin!, r.id))!.slug);
    }
    expect(slugs).toEqual(["htx-che-tan-cuong", "htx-che-tan-cuong-2", "htx-che-tan-cuong-3"]);
  });

  it("refuses a commune outside the official's unit, or outside the chosen province, writing nothing", async () => {
    const cases: [SessionUser, Partial<ProducerInput>][] = [
      [who.province!, { provinceCode: "01", communeCode: "00004" }],
      [who.province!, { provinceCode: "25", communeCode: "00004" }],
      [who.commune!, { communeCode: "08866" }],
      [who.district!, { communeCode: "08866" }],
      [who.customer!, {}],
      [who.admin!, { provinceCode: "01", communeCode: "08848" }],
      [who.admin!, { communeCode: "99999" }],
    ];
    for (const [user, o] of cases) {
      const before = await counts();
      const r = await createProducer(t.db, user, input(o));
      expect(r).toEqual({
        ok: false,
        fieldErrors: { communeCode: "admin.error.communeOutOfScope" },
      });
      expect(await counts()).toEqual(before);
    }
  });

  it("lets a commune official and a former district's official onboard in their own commune", async () => {
    for (const user of [who.commune!, who.district!]) {
      const r = await createProducer(t.db, user, input({ name: `HTX ${user.id}` }));
      expect(r.ok).toBe(true);
    }
  });
});

describe("listAdminProducers and lookups", () => {
  let inSongLo = 0;
  let inHaiLuu = 0;
  let inHaNoi = 0;
  beforeAll(async () => {
    inSongLo = (
      await makeProducer(t.db, { name: "HTX Ổi Sông Lô", provinceCode: "25", communeCode: "08848" })
    ).id;
    inHaiLuu = (
      await makeProducer(t.db, {
        name: "Tổ hợp tác Đường phèn Hải Lựu",
        provinceCode: "25",
        communeCode: "08866",
        status: "suspended",
      })
    ).id;
    inHaNoi = (
      await makeProducer(t.db, {
        name: "HTX Gốm Bát Tràng",
        provinceCode: "01",
        communeCode: "00004",
      })
    ).id;
  });

  const ids = async (user: SessionUser, f: Parameters<typeof listAdminProducers>[2] = {}) =>
    (await listAdminProducers(t.db, user, { pageSize: 100, ...f })).items.map((p) => p.id);

  it("shows each official only their unit, the administrator everything, a customer nothing", async () => {
    const province = await ids(who.province!);
    expect(province).toEqual(expect.arrayContaining([inSongLo, inHaiLuu]));
    expect(province).not.toContain(inHaNoi);
    const commune = await ids(who.commune!);
    expect(commune).toContain(inSongLo);
    expect(commune).not.toContain(inHaiLuu);
    expect(await ids(who.district!)).toEqual(commune);
    expect(await ids(who.admin!)).toEqual(expect.arrayContaining([inSongLo, inHaiLuu, inHaNoi]));
    expect(await ids(who.customer!)).toEqual([]);
  });

  it("finds by name without diacritics, filters by commune and status, and pages", async () => {
    expect(await ids(who.province!, { q: "duong phen" })).toEqual([inHaiLuu]);
    expect(await ids(who.province!, { q: "ĐƯỜNG PHÈN" })).toEqual([inHaiLuu]);
    expect(await ids(who.province!, { q: "gom bat trang" })).toEqual([]);
    expect(await ids(who.admin!, { q: "gom bat trang" })).toEqual([inHaNoi]);
    expect(await ids(who.province!, { q: "%" })).toEqual([]);
    expect(await ids(who.province!, { communeCode: "08866" })).toEqual([inHaiLuu]);
    expect(await ids(who.province!, { status: "suspended" })).toEqual([inHaiLuu]);
    // A filter cannot widen the scope.
    expect(await ids(who.commune!, { communeCode: "08866" })).toEqual([]);
    expect(await ids(who.province!, { provinceCode: "01" })).toEqual([]);

    const all = await listAdminProducers(t.db, who.province!, { pageSize: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.pageCount).toBe(Math.ceil(all.total / 2));
    const second = await listAdminProducers(t.db, who.province!, { pageSize: 2, page: 2 });
    expect(second.items.map((p) => p.id)).not.toContain(all.items[0]!.id);
  });

  it("finds a producer only within scope", async () => {
    expect(await getAdminProducer(t.db, who.province!, inSongLo)).not.toBeNull();
    expect(await getAdminProducer(t.db, who.province!, inHaNoi)).toBeNull();
    expect(await getAdminProducer(t.db, who.commune!, inHaiLuu)).toBeNull();
    expect(await getAdminProducer(t.db, who.customer!, inSongLo)).toBeNull();
    expect(await getAdminProducerDetail(t.db, who.commune!, inHaiLuu, TODAY)).toBeNull();
    expect(await getAdminProducer(t.db, who.admin!, inHaNoi)).not.toBeNull();
  });

  it("offers the places of the user's scope for forms and filters", async () => {
    const admin = await scopedPlaceOptions(t.db, who.admin!, null);
    expect(admin.provinces.map((p) => p.code).sort()).toEqual(["01", "25"]);
    expect(admin.communes).toEqual([]);
    const province = await scopedPlaceOptions(t.db, who.province!, null);
    expect(province.provinces.map((p) => p.code)).toEqual(["25"]);
    expect(province.communes.map((c) => c.code).sort()).toEqual(["08848", "08866"]);
    const commune = await scopedPlaceOptions(t.db, who.commune!, "25");
    expect(commune.communes.map((c) => c.code)).toEqual(["08848"]);
    expect((await scopedPlaceOptions(t.db, who.province!, "01")).communes).toEqual([]);
    expect(await scopedPlaceOptions(t.db, who.customer!, null)).toEqual({
      provinces: [],
      communes: [],
    });
  });
});

describe("updateProducer", () => {
  it("records only the fields that changed, before and after", async () => {
    const created = await createProducer(t.db, who.province!, input({ name: "HTX Chè Long Cốc" }));
    if (!created.ok) throw new Error("not created");
    const r = await updateProducer(
      t.db,
      who.province!,
      created.id,
      input({ name: "HTX Chè Long Cốc", communeCode: "08866", phone: "0987654321" }),
    );
    expect(r).toEqual({ ok: true, id: created.id });
    const row = await getAdminProducer(t.db, who.admin!, created.id);
    expect(row).toMatchObject({
      communeCode: "08866",
      phone: "0987654321",
      slug: "htx-che-long-coc",
    });
    const entries = await auditFor(created.id);
    expect(entries.map((e) => e.action)).toEqual(["producer.create", "producer.update"]);
    expect(entries[1]).toMatchObject({
      before: { communeCode: "08848", phone: "0912345678" },
      after: { communeCode: "08866", phone: "0987654321" },
      communeCode: "08866",
    });
    // Saving the same values again changes nothing and records nothing.
    const before = await counts();
    await updateProducer(
      t.db,
      who.province!,
      created.id,
      input({ name: "HTX Chè Long Cốc", communeCode: "08866", phone: "0987654321" }),
    );
    expect(await counts()).toEqual(before);
  });

  it("answers not found out of scope, and refuses a move out of scope, writing nothing", async () => {
    const created = await createProducer(t.db, who.commune!, input({ name: "HTX Bưởi Sông Lô" }));
    if (!created.ok) throw new Error("not created");
    const before = await counts();
    const outsider = await sessionUser({ role: "official", officialPlaceCode: "01" });
    expect(await updateProducer(t.db, outsider, created.id, input())).toEqual({
      ok: false,
      notFound: true,
    });
    expect(await updateProducer(t.db, who.customer!, created.id, input())).toEqual({
      ok: false,
      notFound: true,
    });
    expect(
      await updateProducer(t.db, who.commune!, created.id, input({ communeCode: "08866" })),
    ).toEqual({ ok: false, fieldErrors: { communeCode: "admin.error.communeOutOfScope" } });
    expect(await counts()).toEqual(before);
    expect((await getAdminProducer(t.db, who.admin!, created.id))?.name).toBe("HTX Bưởi Sông Lô");
  });
});

describe("setProducerStatus", () => {
  it("hides a suspended producer's products from the storefront and search, and brings them back", async () => {
    const producer = await makeProducer(t.db, {
      name: "HTX Nem chua Thanh Sơn",
      provinceCode: "25",
      communeCode: "08848",
    });
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      nameVi: "Nem chua Thanh Sơn",
      decisionDate: "2025-06-01",
    });
    const engine = createEmbeddedEngine(t.db);
    const shown = async () => {
      const cards = await listProductCards(t.db, TODAY, {
        where: eq(producers.id, producer.id),
        limit: 10,
      });
      const found = await engine.search({
        text: "nem chua thanh son",
        filters: {},
        facets: [],
        sort: "relevance",
        page: 1,
        pageSize: 10,
        today: TODAY,
      });
      return {
        storefront: cards.some((c) => c.slug === product.slug),
        search: found.hits.some((h) => h.productId === product.id),
      };
    };
    expect(await shown()).toEqual({ storefront: true, search: true });

    expect(await setProducerStatus(t.db, who.province!, producer.id, "suspended")).toBe(true);
    expect(await shown()).toEqual({ storefront: false, search: false });
    expect(await setProducerStatus(t.db, who.commune!, producer.id, "active")).toBe(true);
    expect(await shown()).toEqual({ storefront: true, search: true });

    const entries = await auditFor(producer.id);
    expect(entries.map((e) => [e.action, e.before, e.after, e.actorUserId])).toEqual([
      ["producer.suspend", { status: "active" }, { status: "suspended" }, who.province!.id],
      ["producer.reactivate", { status: "suspended" }, { status: "active" }, who.commune!.id],
    ]);
  });

  it("refuses out of scope and does nothing twice", async () => {
    const producer = await makeProducer(t.db, { provinceCode: "25", communeCode: "08866" });
    const before = await counts();
    expect(await setProducerStatus(t.db, who.commune!, producer.id, "suspended")).toBe(false);
    expect(await setProducerStatus(t.db, who.customer!, producer.id, "suspended")).toBe(false);
    expect(await setProducerStatus(t.db, who.province!, producer.id, "active")).toBe(true);
    expect(await counts()).toEqual(before);
    expect((await getAdminProducer(t.db, who.admin!, producer.id))?.status).toBe("active");
  });
});
