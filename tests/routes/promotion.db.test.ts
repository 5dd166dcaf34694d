/**
 * The fair and showroom pages, public and in the official workspace, called as Remix would
 * call them: who may do what (anonymous → log in, wrong role → 403, out of scope → 404), bad
 * input → a message and nothing written, the POST → redirect flow of curation, and a printed
 * catalogue whose QR codes decode to the products' addresses.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConfig } from "../../app/infra/config.server";
import { addDays, addMonths, todayInVietnam } from "../../app/lib/dates";
import { action as fairAction, loader as fairAdminLoader } from "../../app/routes/admin.fairs.$id";
import { loader as fairsAdminLoader } from "../../app/routes/admin.fairs._index";
import { action as newFairAction, loader as newFairLoader } from "../../app/routes/admin.fairs.new";
import {
  action as showroomAction,
  loader as showroomAdminLoader,
} from "../../app/routes/admin.showrooms.$id";
import { loader as showroomsAdminLoader } from "../../app/routes/admin.showrooms._index";
import {
  action as newShowroomAction,
  loader as newShowroomLoader,
} from "../../app/routes/admin.showrooms.new";
import { loader as fairPageLoader } from "../../app/routes/fairs.$slug";
import { loader as fairPrintLoader } from "../../app/routes/fairs.$slug_.print";
import { loader as fairsLoader } from "../../app/routes/fairs._index";
import { loader as showroomPageLoader } from "../../app/routes/showrooms.$slug";
import { loader as showroomPrintLoader } from "../../app/routes/showrooms.$slug_.print";
import { loader as showroomsLoader } from "../../app/routes/showrooms._index";
import { loader as sitemapLoader } from "../../app/routes/sitemap[.]xml";
import { auditLog, promotionEntries, promotions } from "../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProduct,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { decodeQrSvg } from "../support/qr-decode";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  get as getRequest,
  ORIGIN,
  post as postRequest,
  run,
  sessionCookie,
} from "../support/route-call";

const today = todayInVietnam();

let t: TestDatabase;
const cookie: Record<string, string> = {};
const product: Record<string, { id: number; slug: string }> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(t.db, {
    provinceCode: "79",
    provinceName: "Thành phố Hồ Chí Minh",
    communeCode: "26734",
    communeName: "Phường Sài Gòn",
  });
  const producer = await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" });
  const decided = addMonths(addDays(today, 400), -36);
  for (const [key, nameVi] of [
    ["guava", "Ổi lê Sông Lô route"],
    ["tea", "Trà lá ổi route"],
  ] as const) {
    product[key] = (
      await makeVisibleProduct(t.db, { producerId: producer.id, nameVi, decisionDate: decided })
    ).product;
  }
  const twoStar = await makeProduct(t.db, { producerId: producer.id, nameVi: "Ổi hai sao" });
  await makeCertificate(t.db, { productId: twoStar.id, stars: 2, score: 35 });
  product.twoStar = twoStar;

  const personas = {
    customer: { role: "customer" as const },
    province: { role: "official" as const, officialPlaceCode: "25" },
    commune: { role: "official" as const, officialPlaceCode: "08848" },
    other: { role: "official" as const, officialPlaceCode: "79" },
    admin: { role: "administrator" as const },
  };
  for (const [name, o] of Object.entries(personas)) {
    const { token } = await makeSignedInUser(t.db, o);
    cookie[name] = await sessionCookie(token);
  }
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

/** Requests as one of the personas above, by name (anonymous without one). */
const get = (path: string, who?: string) => getRequest(path, who ? cookie[who] : undefined);
const post = (path: string, fields: Record<string, string>, who?: string, origin = ORIGIN) =>
  postRequest(path, fields, { cookie: who ? cookie[who] : undefined, origin });

const fairForm = (o: Record<string, string> = {}) => ({
  intent: "create",
  nameVi: "Hội chợ OCOP thử tuyến",
  nameEn: "",
  venue: "Quảng trường Hùng Vương",
  provinceCode: "25",
  startsOn: today,
  endsOn: addDays(today, 3),
  descriptionVi: "Hội chợ thử các trang của hệ thống.",
  descriptionEn: "",
  coverImage: "",
  organiserPlaceCode: "25",
  ...o,
});

async function tableCounts() {
  const n = async (table: typeof promotions | typeof promotionEntries | typeof auditLog) =>
    (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const ofKind = async (kind: "fair" | "showroom") =>
    (await t.db.select({ n: count() }).from(promotions).where(eq(promotions.kind, kind)))[0]?.n ??
    0;
  return {
    fairs: await ofKind("fair"),
    showrooms: await ofKind("showroom"),
    audit: await n(auditLog),
    entries: await n(promotionEntries),
  };
}

async function createFairAs(who: string, o: Record<string, string> = {}): Promise<number> {
  const r = await run(() => newFairAction(args(post("/admin/fairs/new", fairForm(o), who))));
  expect(r.status).toBe(303);
  const id = /\/admin\/fairs\/(\d+)\?done=created$/.exec(r.location ?? "")?.[1];
  if (!id) throw new Error(`no fair id in ${r.location}`);
  return Number(id);
}

describe("who may open the workspace pages", () => {
  it("sends visitors to log in, refuses other roles with 403, and hides other units' fairs with 404", async () => {
    const id = await createFairAs("province");
    const path = `/admin/fairs/${id}`;
    const params = { id: String(id) };

    expect((await run(() => fairsAdminLoader(args(get("/admin/fairs"))))).location).toMatch(
      /^\/login\?/,
    );
    expect((await run(() => fairsAdminLoader(args(get("/admin/fairs", "customer"))))).status).toBe(
      403,
    );
    expect((await run(() => fairAdminLoader(args(get(path, "other"), params)))).status).toBe(404);
    expect((await run(() => fairAdminLoader(args(get(path, "commune"), params)))).status).toBe(404);
    expect((await run(() => fairAdminLoader(args(get(path, "province"), params)))).status).toBe(
      200,
    );
    expect((await run(() => fairAdminLoader(args(get(path, "admin"), params)))).status).toBe(200);
    expect(
      (await run(() => fairAdminLoader(args(get("/admin/fairs/abc", "admin"), { id: "abc" }))))
        .status,
    ).toBe(404);

    const list = await run(() => fairsAdminLoader(args(get("/admin/fairs", "other"))));
    expect((list.body.items as unknown[]).length).toBe(0);

    // Actions: out of scope is 404 before the form is even read; no role is 403; cross-site is 403.
    const before = await tableCounts();
    expect(
      (await run(() => fairAction(args(post(path, { intent: "publish" }, "other"), params))))
        .status,
    ).toBe(404);
    expect((await run(() => fairAction(args(post(path, {}, "other"), params)))).status).toBe(404);
    expect(
      (await run(() => fairAction(args(post(path, { intent: "publish" }, "customer"), params))))
        .status,
    ).toBe(403);
    expect(
      (await run(() => fairAction(args(post(path, { intent: "publish" }), params)))).location,
    ).toMatch(/^\/login/);
    expect(
      (
        await run(() =>
          fairAction(
            args(post(path, { intent: "publish" }, "province", "https://evil.example"), params),
          ),
        )
      ).status,
    ).toBe(403);
    expect(
      (await run(() => newFairAction(args(post("/admin/fairs/new", fairForm(), "customer")))))
        .status,
    ).toBe(403);
    expect(await tableCounts()).toEqual(before);
    const [row] = await t.db
      .select({ status: promotions.status })
      .from(promotions)
      .where(eq(promotions.id, id));
    expect(row?.status).toBe("draft");
  });
});

describe("fair forms", () => {
  it("answers bad input with a message per field and writes nothing", async () => {
    const before = await tableCounts();
    const bad = await run(() =>
      newFairAction(
        args(
          post(
            "/admin/fairs/new",
            fairForm({
              nameVi: "x",
              startsOn: "2026-02-30",
              endsOn: "not a date",
              coverImage: "javascript:alert(1)",
              organiserPlaceCode: "",
            }),
            "province",
          ),
        ),
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({
      nameVi: "promo.admin.error.nameVi",
      startsOn: "promo.admin.error.startsOn",
      endsOn: "promo.admin.error.endsOn",
      coverImage: "promo.admin.error.coverImage",
      organiserPlaceCode: "promo.admin.error.organiser",
    });
    expect((bad.body.values as Record<string, string>).nameVi).toBe("x");

    const backwards = await run(() =>
      newFairAction(
        args(post("/admin/fairs/new", fairForm({ endsOn: addDays(today, -1) }), "province")),
      ),
    );
    expect(backwards.body.errors).toEqual({ endsOn: "promo.admin.error.endsBefore" });
    const outOfScope = await run(() =>
      newFairAction(
        args(post("/admin/fairs/new", fairForm({ organiserPlaceCode: "25" }), "commune")),
      ),
    );
    expect(outOfScope.body.errors).toEqual({
      organiserPlaceCode: "promo.admin.error.organiserOutOfScope",
    });
    expect(await tableCounts()).toEqual(before);

    const form = await run(() => newFairLoader(args(get("/admin/fairs/new", "commune"))));
    expect(form.body.organisers).toEqual([{ code: "08848", name: "Xã Sông Lô", level: "commune" }]);
  });
});

describe("curating and publishing a fair", () => {
  it("adds through the picker, sets a booth and featured, publishes, prints with working QR codes, unpublishes", async () => {
    const id = await createFairAs("province", { nameVi: "Hội chợ ổi Sông Lô" });
    const path = `/admin/fairs/${id}`;
    const params = { id: String(id) };

    // The picker is a GET: search typed without diacritics finds public products only.
    const picker = await run(() => fairAdminLoader(args(get(`${path}?q=oi`, "province"), params)));
    const results = picker.body.results as { id: number; inCatalogue: boolean }[];
    expect(results.map((r) => r.id).sort()).toEqual([product.guava!.id, product.tea!.id].sort());

    const added = await run(() =>
      fairAction(
        args(
          post(path, { intent: "add", productId: String(product.guava!.id), q: "oi" }, "province"),
          params,
        ),
      ),
    );
    expect(added.location).toBe(`${path}?done=added&q=oi#picker`);
    await run(() =>
      fairAction(
        args(post(path, { intent: "add", productId: String(product.tea!.id) }, "province"), params),
      ),
    );

    // A forged product id (a 2★ result) is refused on the server; nothing is written.
    const before = await tableCounts();
    const forged = await run(() =>
      fairAction(
        args(
          post(path, { intent: "add", productId: String(product.twoStar!.id) }, "province"),
          params,
        ),
      ),
    );
    expect(forged.status).toBe(422);
    expect(forged.body).toMatchObject({
      productId: null,
      errors: {},
      message: "promo.admin.error.productNotVisible",
    });
    const badCode = await run(() =>
      fairAction(
        args(
          post(
            path,
            { intent: "entry", productId: String(product.tea!.id), code: "<b>A1</b>" },
            "province",
          ),
          params,
        ),
      ),
    );
    expect(badCode.status).toBe(400);
    expect(badCode.body).toMatchObject({
      productId: product.tea!.id,
      errors: { code: "promo.admin.error.code" },
      values: { code: "<b>A1</b>" },
    });
    const badId = await run(() =>
      fairAction(args(post(path, { intent: "up", productId: "x" }, "province"), params)),
    );
    expect(badId.status).toBe(400);
    const unknownIntent = await run(() =>
      fairAction(args(post(path, { intent: "drop" }, "province"), params)),
    );
    expect(unknownIntent.status).toBe(400);
    const badDetails = await run(() =>
      fairAction(
        args(post(path, { ...fairForm({ venue: "" }), intent: "details" }, "province"), params),
      ),
    );
    expect(badDetails.status).toBe(400);
    expect(badDetails.body.errors).toEqual({ venue: "promo.admin.error.venue" });
    expect(await tableCounts()).toEqual(before);

    const booth = await run(() =>
      fairAction(
        args(
          post(
            path,
            { intent: "entry", productId: String(product.tea!.id), code: "A-12", featured: "on" },
            "province",
          ),
          params,
        ),
      ),
    );
    expect(booth.location).toBe(`${path}?done=entrySaved#entry-${product.tea!.id}`);
    const moved = await run(() =>
      fairAction(
        args(
          post(path, { intent: "down", productId: String(product.guava!.id) }, "province"),
          params,
        ),
      ),
    );
    expect(moved.status).toBe(303);

    const slug =
      (
        await t.db.select({ slug: promotions.slug }).from(promotions).where(eq(promotions.id, id))
      )[0]?.slug ?? "";
    expect(slug).toBe("hoi-cho-oi-song-lo");
    expect((await run(() => fairPageLoader(args(get(`/fairs/${slug}`), { slug })))).status).toBe(
      404,
    );
    expect(
      (await run(() => fairPrintLoader(args(get(`/fairs/${slug}/print`), { slug })))).status,
    ).toBe(404);

    const published = await run(() =>
      fairAction(args(post(path, { intent: "publish" }, "province"), params)),
    );
    expect(published.location).toBe(`${path}?done=published`);
    const flash = await run(() =>
      fairAdminLoader(args(get(`${path}?done=published`, "province"), params)),
    );
    expect(flash.body.flash).toBe("promo.admin.published");

    const list = await run(() => fairsLoader(args(get("/fairs"))));
    const current = (list.body.fairs as { current: { slug: string }[] }).current;
    expect(current.map((f) => f.slug)).toContain(slug);

    const page = await run(() => fairPageLoader(args(get(`/fairs/${slug}`), { slug })));
    const entries = (page.body.promotion as { entries: { slug: string; code: string | null }[] })
      .entries;
    expect(entries.map((e) => [e.slug, e.code])).toEqual([
      [product.tea!.slug, "A-12"],
      [product.guava!.slug, null],
    ]);

    const print = await run(() => fairPrintLoader(args(get(`/fairs/${slug}/print`), { slug })));
    const printed = print.body.entries as { slug: string; url: string; qrSvg: string }[];
    expect(printed).toHaveLength(2);
    for (const e of printed) {
      const expected = `${getConfig().siteUrl}/products/${e.slug}`;
      expect(e.url).toBe(expected);
      expect(await decodeQrSvg(e.qrSvg)).toBe(expected);
    }

    const sitemap = await (await sitemapLoader()).text();
    expect(sitemap).toContain(`/fairs/${slug}</loc>`);
    expect(sitemap).toContain(`/fairs</loc>`);

    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "fair.create",
        "fair.product.add",
        "fair.product.update",
        "fair.product.move",
        "fair.publish",
      ]),
    );

    const unpublished = await run(() =>
      fairAction(args(post(path, { intent: "unpublish" }, "province"), params)),
    );
    expect(unpublished.location).toBe(`${path}?done=unpublished`);
    expect((await run(() => fairPageLoader(args(get(`/fairs/${slug}`), { slug })))).status).toBe(
      404,
    );
    expect(
      (await run(() => fairPrintLoader(args(get(`/fairs/${slug}/print`), { slug })))).status,
    ).toBe(404);
    expect(
      (await run(() => fairPageLoader(args(get("/fairs/Bad_Slug"), { slug: "Bad_Slug" })))).status,
    ).toBe(404);

    const removed = await run(() =>
      fairAction(
        args(
          post(path, { intent: "remove", productId: String(product.guava!.id) }, "province"),
          params,
        ),
      ),
    );
    expect(removed.location).toBe(`${path}?done=removed#catalogue`);
  });
});

describe("showrooms", () => {
  it("creates one through province → commune without JavaScript, curates, publishes and filters", async () => {
    const base = {
      intent: "create",
      nameVi: "Điểm bán OCOP trạm dừng nghỉ thử",
      nameEn: "",
      provinceCode: "25",
      communeCode: "",
      address: "Trạm dừng nghỉ km 54",
      locationType: "highway_rest_stop",
      openingHours: "6:00–22:00",
      contactPhone: "",
      contactEmail: "",
      descriptionVi: "Quầy sản phẩm OCOP cho khách đi đường.",
      descriptionEn: "",
      coverImage: "",
      organiserPlaceCode: "25",
    };
    const loaded = await run(() =>
      newShowroomLoader(args(get("/admin/showrooms/new", "province"))),
    );
    expect((loaded.body.communes as { code: string }[]).map((c) => c.code)).toEqual(["08848"]);
    const communes = await run(() =>
      newShowroomAction(
        args(
          post(
            "/admin/showrooms/new",
            { ...base, intent: "province", provinceCode: "79" },
            "province",
          ),
        ),
      ),
    );
    expect(communes.status).toBe(200);
    expect((communes.body.communes as { code: string }[]).map((c) => c.code)).toEqual(["26734"]);

    const before = await tableCounts();
    const bad = await run(() =>
      newShowroomAction(
        args(
          post(
            "/admin/showrooms/new",
            {
              ...base,
              locationType: "castle",
              contactPhone: "12345",
              contactEmail: "not-an-email",
            },
            "province",
          ),
        ),
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({
      communeCode: "promo.admin.error.commune",
      locationType: "promo.admin.error.locationType",
      contactPhone: "promo.admin.error.phone",
      contactEmail: "promo.admin.error.email",
    });
    const wrongCommune = await run(() =>
      newShowroomAction(
        args(post("/admin/showrooms/new", { ...base, communeCode: "26734" }, "province")),
      ),
    );
    expect(wrongCommune.body.errors).toEqual({ communeCode: "promo.admin.error.commune" });
    expect(await tableCounts()).toEqual(before);

    const made = await run(() =>
      newShowroomAction(
        args(
          post(
            "/admin/showrooms/new",
            { ...base, communeCode: "08848", contactPhone: "+84 912 345 678" },
            "province",
          ),
        ),
      ),
    );
    expect(made.status).toBe(303);
    const id = Number(/\/admin\/showrooms\/(\d+)/.exec(made.location ?? "")?.[1]);
    const path = `/admin/showrooms/${id}`;
    const params = { id: String(id) };
    const [row] = await t.db.select().from(promotions).where(eq(promotions.id, id));
    expect(row?.contactPhone).toBe("0912345678");

    expect((await run(() => showroomAdminLoader(args(get(path, "other"), params)))).status).toBe(
      404,
    );
    expect(
      (await run(() => showroomAction(args(post(path, { intent: "publish" }, "other"), params))))
        .status,
    ).toBe(404);
    const mine = await run(() => showroomsAdminLoader(args(get("/admin/showrooms", "commune"))));
    expect((mine.body.items as unknown[]).length).toBe(0); // organised by the province

    await run(() =>
      showroomAction(
        args(
          post(path, { intent: "add", productId: String(product.guava!.id) }, "province"),
          params,
        ),
      ),
    );
    await run(() =>
      showroomAction(
        args(
          post(
            path,
            { intent: "entry", productId: String(product.guava!.id), code: "Kệ 3" },
            "province",
          ),
          params,
        ),
      ),
    );
    const edit = await run(() =>
      showroomAction(
        args(
          post(
            path,
            { ...base, communeCode: "08848", intent: "details", openingHours: "24/7" },
            "province",
          ),
          params,
        ),
      ),
    );
    expect(edit.location).toBe(`${path}?done=saved#details`);
    await run(() => showroomAction(args(post(path, { intent: "publish" }, "province"), params)));

    const slug = row?.slug ?? "";
    const page = await run(() => showroomPageLoader(args(get(`/showrooms/${slug}`), { slug })));
    const s = page.body.promotion as {
      openingHours: string;
      entries: { slug: string; code: string }[];
    };
    expect(s.openingHours).toBe("24/7");
    expect(s.entries.map((e) => [e.slug, e.code])).toEqual([[product.guava!.slug, "Kệ 3"]]);
    const print = await run(() =>
      showroomPrintLoader(args(get(`/showrooms/${slug}/print`), { slug })),
    );
    const [entry] = print.body.entries as { url: string; qrSvg: string }[];
    expect(await decodeQrSvg(entry?.qrSvg ?? "")).toBe(
      `${getConfig().siteUrl}/products/${product.guava!.slug}`,
    );

    const filtered = await run(() =>
      showroomsLoader(args(get("/showrooms?province=25&type=highway_rest_stop"))),
    );
    expect((filtered.body.list as { items: { slug: string }[] }).items.map((i) => i.slug)).toEqual([
      slug,
    ]);
    const none = await run(() =>
      showroomsLoader(args(get("/showrooms?type=post_office&province=xx"))),
    );
    expect(none.body.filters).toEqual({ province: null, type: "post_office" });
    expect((none.body.list as { items: unknown[] }).items).toEqual([]);
  });
});
