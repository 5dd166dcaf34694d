/**
 * The certified-product pages of the official workspace through their loaders and actions,
 * with real Request objects: onboarding, revoking and 1–2★ results as the storefront and its
 * search then show them; bad input, cross-site posts and other units' products; the decision
 * import from upload to dry run to import; the expiring list and its CSV; the template.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate, type MessageKey } from "../../app/i18n";
import { addDays, addMonths, todayInVietnam } from "../../app/lib/dates";
import { loader as expiringCsvLoader } from "../../app/routes/admin.certificates.expiring[.]csv";
import { loader as expiringLoader } from "../../app/routes/admin.certificates.expiring";
import { action as importAction, loader as importLoader } from "../../app/routes/admin.import";
import { loader as templateLoader } from "../../app/routes/admin.import.template[.]csv";
import {
  action as productAction,
  loader as productLoader,
} from "../../app/routes/admin.products.$id";
import { loader as listLoader } from "../../app/routes/admin.products._index";
import { action as newAction, loader as newLoader } from "../../app/routes/admin.products.new";
import { loader as storeProductLoader } from "../../app/routes/products.$slug";
import { loader as catalogueLoader } from "../../app/routes/products._index";
import { seedReferenceData } from "../../db/reference";
import {
  auditLog,
  certificates,
  producers,
  productGroups,
  products,
  productSets,
} from "../../db/schema";
import { createSearchService } from "../../search/service";
import {
  ensurePlace,
  makeCertificate,
  makeProduct,
  makeProducer,
  makeSignedInUser,
} from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  get as getRequest,
  ORIGIN,
  post as postRequest,
  run,
  sessionCookie,
} from "../support/route-call";

let t: TestDatabase;
let stashDir = "";
const today = todayInVietnam();
const cookies: Record<string, string> = {};
let setId = 0;
let phuThoProducer = 0;
let haNoiProducer = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  globalThis.__ocopSearch = Promise.resolve(createSearchService(t.db));
  stashDir = await mkdtemp(path.join(os.tmpdir(), "ocop-import-stash-"));
  globalThis.__ocopImportStashDir = stashDir;
  await seedReferenceData(t.db);
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08866",
    communeName: "Xã Hải Lựu",
  });
  await ensurePlace(t.db);
  const [set] = await t.db
    .select({ id: productSets.id })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(
      and(eq(productSets.code, "thuc-pham-tho-so-che"), eq(productGroups.legalBasisCode, "2023")),
    );
  setId = set?.id ?? 0;
  phuThoProducer = (
    await makeProducer(t.db, {
      name: "HTX Thử nghiệm Sông Lô",
      provinceCode: "25",
      communeCode: "08848",
    })
  ).id;
  haNoiProducer = (await makeProducer(t.db)).id;
  const people = {
    phuTho: { role: "official" as const, officialPlaceCode: "25" },
    songLo: { role: "official" as const, officialPlaceCode: "08848" },
    haNoi: { role: "official" as const, officialPlaceCode: "01" },
    customer: { role: "customer" as const },
    admin: { role: "administrator" as const },
  };
  for (const [name, o] of Object.entries(people)) {
    cookies[name] = await sessionCookie((await makeSignedInUser(t.db, o)).token);
  }
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  globalThis.__ocopSearch = undefined;
  globalThis.__ocopImportStashDir = undefined;
  await rm(stashDir, { recursive: true, force: true });
  await t.cleanup();
});

/** Requests as one of the people above, by name. */
function get(pathAndQuery: string, who?: string): Request {
  return getRequest(pathAndQuery, who ? (cookies[who] ?? "") : undefined);
}

function post(
  pathAndQuery: string,
  who: string,
  fields: Record<string, string> | FormData,
  origin = ORIGIN,
): Request {
  return postRequest(pathAndQuery, fields, { cookie: cookies[who] ?? "", origin });
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

const unique = (what: string) => `${what} ${Math.random().toString(36).slice(2, 8)}`;

function onboardForm(o: Record<string, string> = {}): Record<string, string> {
  return {
    producerId: String(phuThoProducer),
    nameVi: unique("Mật ong hoa nhãn"),
    nameEn: "",
    productSetId: String(setId),
    descriptionVi: "Mật ong nguyên chất từ vườn nhãn ven sông Lô.",
    descriptionEn: "",
    unitVi: "Chai 500 ml",
    unitEn: "",
    priceVnd: "150.000",
    stock: "10",
    addressPrinted: "",
    score: "78",
    stars: "",
    decisionNumber: "1234/QĐ-UBND",
    decisionDate: addMonths(today, -1),
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    legalBasisCode: "",
    ...o,
  };
}

/** What the storefront shows of a product: found by search, and its page's status. */
async function storefront(nameVi: string, slug: string) {
  const found = await run(() =>
    catalogueLoader(args(get(`/products?q=${encodeURIComponent(nameVi)}`))),
  );
  const items = (found.body.catalog as { items: { slug: string }[] }).items;
  const page = await run(() => storeProductLoader(args(get(`/products/${slug}`), { slug })));
  return { inSearch: items.some((i) => i.slug === slug), page: page.status };
}

async function productByName(nameVi: string) {
  const [row] = await t.db.select().from(products).where(eq(products.nameVi, nameVi));
  if (!row) throw new Error(`no product ${nameVi}`);
  return row;
}

describe("onboarding and revoking through the pages", () => {
  it("a 4★ product appears in the storefront and its search; revoked, it is gone (410)", async () => {
    const form = onboardForm();
    const created = await run(() => newAction(args(post("/admin/products/new", "phuTho", form))));
    expect(created.status).toBe(303);
    const product = await productByName(form.nameVi ?? "");
    expect(created.headers.get("Location")).toBe(`/admin/products/${product.id}?saved=created`);
    expect(await storefront(product.nameVi, product.slug)).toEqual({ inSearch: true, page: 200 });

    const detail = await run(() =>
      productLoader(
        args(get(`/admin/products/${product.id}`, "phuTho"), { id: String(product.id) }),
      ),
    );
    expect(detail.status).toBe(200);
    const d = detail.body.detail as {
      visible: boolean;
      active: { stars: number; validUntil: string };
    };
    expect(d.visible).toBe(true);
    expect(d.active).toMatchObject({
      stars: 4,
      validUntil: addMonths(form.decisionDate ?? "", 36),
    });

    const revoked = await run(() =>
      productAction(
        args(
          post(`/admin/products/${product.id}`, "phuTho", {
            intent: "revoke",
            decisionNumber: "318/QĐ-UBND",
            decisionDate: today,
            issuingBody: "UBND tỉnh Phú Thọ",
            issuingLevel: "province",
            groundCode: "vi-pham-an-toan-thuc-pham",
            note: "Vi phạm chất lượng khi hậu kiểm",
          }),
          { id: String(product.id) },
        ),
      ),
    );
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get("Location")).toBe(`/admin/products/${product.id}?saved=revoked`);
    expect(await storefront(product.nameVi, product.slug)).toEqual({ inSearch: false, page: 410 });
  });

  it("a 2★ result is recorded but never reaches the storefront or its search", async () => {
    // An evaluation result, not a decision: it carries no document number (1489 and 26/2026).
    const form = onboardForm({
      nameVi: unique("Trà túi lọc"),
      score: "",
      stars: "2",
      decisionNumber: "",
    });
    const created = await run(() => newAction(args(post("/admin/products/new", "phuTho", form))));
    expect(created.status).toBe(303);
    const product = await productByName(form.nameVi ?? "");
    expect(await storefront(product.nameVi, product.slug)).toEqual({ inSearch: false, page: 404 });
    const list = await run(() =>
      listLoader(
        args(get(`/admin/products?stars=2&q=${encodeURIComponent(product.nameVi)}`, "phuTho")),
      ),
    );
    expect((list.body.list as { items: { id: number }[] }).items.map((i) => i.id)).toEqual([
      product.id,
    ]);
  });

  it("renews from the product page: the new decision supersedes the old one", async () => {
    const form = onboardForm({ decisionDate: addMonths(today, -34) });
    await run(() => newAction(args(post("/admin/products/new", "phuTho", form))));
    const product = await productByName(form.nameVi ?? "");
    const renewed = await run(() =>
      productAction(
        args(
          post(`/admin/products/${product.id}`, "phuTho", {
            intent: "decision",
            score: "",
            stars: "4",
            decisionNumber: "3001/QĐ-UBND",
            decisionDate: today,
            issuingBody: "UBND tỉnh Phú Thọ",
            issuingLevel: "province",
            legalBasisCode: "",
          }),
          { id: String(product.id) },
        ),
      ),
    );
    expect(renewed.headers.get("Location")).toBe(`/admin/products/${product.id}?saved=renew`);
    const rows = await t.db
      .select({ status: certificates.status, decisionNumber: certificates.decisionNumber })
      .from(certificates)
      .where(eq(certificates.productId, product.id))
      .orderBy(certificates.id);
    expect(rows).toEqual([
      { status: "superseded", decisionNumber: "1234/QĐ-UBND" },
      { status: "active", decisionNumber: "3001/QĐ-UBND" },
    ]);
  });
});

describe("bad input, other sites, other units", () => {
  it("answers 400 with a message per field in both languages, and writes nothing", async () => {
    const before = await rowCounts();
    const out = await run(() =>
      newAction(
        args(
          post(
            "/admin/products/new",
            "phuTho",
            onboardForm({
              nameVi: "",
              priceVnd: "12,5",
              score: "95",
              decisionNumber: "QĐ 12",
              decisionDate: addDays(today, 1),
            }),
          ),
        ),
      ),
    );
    expect(out.status).toBe(400);
    const errors = out.body.errors as Record<string, MessageKey>;
    expect(errors).toEqual({
      nameVi: "acert.error.nameVi",
      priceVnd: "acert.error.price",
      decisionNumber: "acert.error.decisionNumber",
      decisionDate: "acert.error.decisionDateFuture",
    });
    for (const key of Object.values(errors)) {
      expect(translate("vi", key)).not.toBe(key);
      expect(translate("en", key)).not.toBe(translate("vi", key));
    }
    expect(out.body.values).toMatchObject({ priceVnd: "12,5", score: "95" });
    // With the other fields right, the 5★ score meets the issuer rule.
    const issuer = await run(() =>
      newAction(args(post("/admin/products/new", "phuTho", onboardForm({ score: "95" })))),
    );
    expect(issuer.body.errors).toEqual({ issuingLevel: "acert.error.fiveStarsMinistry" });
    expect(await rowCounts()).toEqual(before);
    const mine = await makeProduct(t.db, { producerId: phuThoProducer });
    await makeCertificate(t.db, { productId: mine.id });
    const before2 = await rowCounts();
    const revoke = await run(() =>
      productAction(
        args(
          post(`/admin/products/${mine.id}`, "phuTho", {
            intent: "revoke",
            decisionNumber: " ",
            decisionDate: "",
            issuingBody: "UBND tỉnh Phú Thọ",
            issuingLevel: "province",
            groundCode: "vi-pham-an-toan-thuc-pham",
          }),
          { id: String(mine.id) },
        ),
      ),
    );
    expect(revoke.status).toBe(400);
    expect(revoke.body.errors).toEqual({
      decisionNumber: "revoke.error.decisionNumber",
      decisionDate: "revoke.error.decisionDate",
    });
    expect(await rowCounts()).toEqual(before2);
    const [still] = await t.db
      .select({ status: certificates.status })
      .from(certificates)
      .where(eq(certificates.productId, mine.id));
    expect(still?.status).toBe("active");
  });

  it("refuses a post from another site with 403", async () => {
    const before = await rowCounts();
    const out = await run(() =>
      newAction(args(post("/admin/products/new", "phuTho", onboardForm(), "https://evil.example"))),
    );
    expect(out.status).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it("answers 404 for another unit's product or producer, 403 to a customer, /login to nobody", async () => {
    const theirs = await makeProduct(t.db, { producerId: haNoiProducer });
    const id = String(theirs.id);
    expect(
      (await run(() => productLoader(args(get(`/admin/products/${id}`, "phuTho"), { id })))).status,
    ).toBe(404);
    expect(
      (await run(() => productLoader(args(get(`/admin/products/${id}`, "admin"), { id })))).status,
    ).toBe(200);
    expect(
      (await run(() => productLoader(args(get(`/admin/products/${id}`, "customer"), { id }))))
        .status,
    ).toBe(403);
    const anonymous = await run(() => productLoader(args(get(`/admin/products/${id}`), { id })));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const revoke = await run(() =>
      productAction(
        args(
          post(`/admin/products/${id}`, "phuTho", { intent: "revoke", reason: "Không được phép" }),
          { id },
        ),
      ),
    );
    expect(revoke.status).toBe(404);
    expect(
      (
        await run(() =>
          newLoader(args(get(`/admin/products/new?producer=${haNoiProducer}`, "phuTho"))),
        )
      ).status,
    ).toBe(404);
    const picker = await run(() =>
      newLoader(args(get(`/admin/products/new?producer=${phuThoProducer}`, "songLo"))),
    );
    expect(picker.status).toBe(200);
    expect(picker.body.preselected).toBe(phuThoProducer);
    const offered = (picker.body.producers as { options: { id: number }[] }).options.map(
      (o) => o.id,
    );
    expect(offered).toContain(phuThoProducer);
    expect(offered).not.toContain(haNoiProducer);
    // A producer of another unit named in the form is refused like a bad field.
    const before = await rowCounts();
    const out = await run(() =>
      newAction(
        args(
          post("/admin/products/new", "phuTho", onboardForm({ producerId: String(haNoiProducer) })),
        ),
      ),
    );
    expect(out.status).toBe(400);
    expect(out.body.errors).toEqual({ producerId: "acert.error.producer" });
    expect(await rowCounts()).toEqual(before);
  });
});

function upload(
  fields: Record<string, string>,
  file?: { name: string; body: string | Uint8Array },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) {
    const part = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    form.set("file", new File([part], file.name, { type: "text/csv" }));
  }
  return form;
}

const DECISION = {
  decisionNumber: "2345/QĐ-UBND",
  decisionDate: addDays(today, -7),
  issuingBody: "UBND tỉnh Phú Thọ",
  issuingLevel: "province",
  legalBasisCode: "",
};

describe("importing a recognition decision", () => {
  const fixture = (name: string) =>
    readFile(path.resolve(import.meta.dirname, "../fixtures/import", name));

  it("a file with bad rows: the report, status 422, nothing written, no import offered", async () => {
    const before = await rowCounts();
    const out = await run(async () =>
      importAction(
        args(
          post(
            "/admin/import",
            "phuTho",
            upload(DECISION, { name: "bad.csv", body: await fixture("bad.csv") }),
          ),
        ),
      ),
    );
    expect(out.status).toBe(422);
    const report = out.body.report as {
      issues: { row: number; field: string }[];
      summary: unknown;
    };
    expect(report.summary).toBeNull();
    expect(report.issues.map((i) => i.row)).toEqual([3, 4, 5, 6, 8, 8, 9, 10]);
    expect(out.body.token).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it("a clean file: dry run keeps it, the import re-checks it and writes every row", async () => {
    const before = await rowCounts();
    const dry = await run(async () =>
      importAction(
        args(
          post(
            "/admin/import",
            "phuTho",
            upload(DECISION, { name: "clean.csv", body: await fixture("clean.csv") }),
          ),
        ),
      ),
    );
    expect(dry.status).toBe(200);
    expect(dry.body.report).toMatchObject({
      issues: [],
      summary: { rows: 4, newProducers: 2, matchedProducers: 1 },
    });
    const token = String(dry.body.token);
    expect(token).toMatch(/^[a-f0-9]{32}$/);
    expect(await rowCounts()).toEqual(before);

    // Another official cannot use this user's stashed file.
    const stolen = await run(() =>
      importAction(args(post("/admin/import", "admin", { ...DECISION, intent: "import", token }))),
    );
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors).toEqual({ file: "acert.import.stashExpired" });
    expect(await rowCounts()).toEqual(before);

    const done = await run(() =>
      importAction(args(post("/admin/import", "phuTho", { ...DECISION, intent: "import", token }))),
    );
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe(
      `/admin/products?${new URLSearchParams({ decision: "2345/QĐ-UBND", imported: "4" })}`,
    );
    const after = await rowCounts();
    expect(after.products - before.products).toBe(4);
    expect(after.producers - before.producers).toBe(2);
    const list = await run(() =>
      listLoader(
        args(get(`/admin/products?decision=${encodeURIComponent("2345/QĐ-UBND")}`, "phuTho")),
      ),
    );
    expect((list.body.list as { total: number }).total).toBe(4);
    const honey = await productByName("Mật ong hoa nhãn Sông Lô");
    expect(await storefront(honey.nameVi, honey.slug)).toEqual({ inSearch: true, page: 200 });

    // The stash is gone once imported: the same token cannot import twice.
    const twice = await run(() =>
      importAction(args(post("/admin/import", "phuTho", { ...DECISION, intent: "import", token }))),
    );
    expect(twice.status).toBe(400);
    expect(await rowCounts()).toEqual(after);
  });

  it("refuses a missing file, a bad decision and an oversized upload, writing nothing", async () => {
    const before = await rowCounts();
    const empty = await run(() => importAction(args(post("/admin/import", "phuTho", upload({})))));
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toMatchObject({
      decisionNumber: "acert.error.decisionNumber",
      decisionDate: "acert.error.decisionDate",
      issuingBody: "acert.error.issuingBody",
      issuingLevel: "acert.error.issuingLevel",
      file: "acert.import.fileRequired",
    });
    const big = new Uint8Array(5 * 1024 * 1024 + 10).fill(0x41);
    const tooLarge = await run(() =>
      importAction(
        args(post("/admin/import", "phuTho", upload(DECISION, { name: "big.csv", body: big }))),
      ),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors).toEqual({ file: "acert.import.file.tooLarge" });
    expect(await rowCounts()).toEqual(before);
    expect((await run(() => importLoader(args(get("/admin/import", "songLo"))))).status).toBe(200);
    // A commune official checks a file; the province imports it (1489): refused, nothing written.
    const clean = await fixture("clean.csv");
    const communeImport = await run(() =>
      importAction(
        args(
          post(
            "/admin/import",
            "songLo",
            upload({ ...DECISION, intent: "import" }, { name: "clean.csv", body: clean }),
          ),
        ),
      ),
    );
    expect(communeImport.status).toBe(403);
    expect(communeImport.body.errors).toEqual({ form: "entries.import.provinceOnly" });
    expect(await rowCounts()).toEqual(before);
    expect((await run(() => importLoader(args(get("/admin/import", "customer"))))).status).toBe(
      403,
    );
  });

  it("the template names every column, in the reader's language", async () => {
    const vi = await run(() =>
      templateLoader(args(get("/admin/import/template.csv?lang=vi", "phuTho"))),
    );
    expect(vi.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(vi.text).toBe(
      "\uFEFFTên sản phẩm,Mã bộ sản phẩm,Tên chủ thể,Loại hình chủ thể,Tỉnh/thành phố,Xã/phường,Địa chỉ in trên giấy chứng nhận,Điểm,Hạng sao,Giá bán (đồng),Đơn vị tính\r\n",
    );
    const en = await run(() =>
      templateLoader(args(get("/admin/import/template.csv?lang=en", "phuTho"))),
    );
    expect(en.text).toContain("Product name,Product set code,Producer name");
  });
});

describe("certificates expiring within 30 days", () => {
  it("lists the unit's certificates by unit, and downloads them as CSV", async () => {
    const mine = await makeProduct(t.db, { producerId: phuThoProducer, nameVi: unique("Chè búp") });
    await makeCertificate(t.db, {
      productId: mine.id,
      stars: 3,
      decisionDate: addMonths(addDays(today, 6), -36),
    });
    const theirs = await makeProduct(t.db, {
      producerId: haNoiProducer,
      nameVi: unique("Chè búp"),
    });
    await makeCertificate(t.db, {
      productId: theirs.id,
      stars: 3,
      decisionDate: addMonths(addDays(today, 6), -36),
    });

    const page = await run(() =>
      expiringLoader(args(get("/admin/certificates/expiring", "phuTho"))),
    );
    const list = page.body.list as { items: { productId: number }[]; units: { code: string }[] };
    expect(list.items.map((i) => i.productId)).toEqual([mine.id]);
    expect(list.units.map((u) => u.code)).toEqual(["08848"]);

    const csv = await run(() =>
      expiringCsvLoader(args(get("/admin/certificates/expiring.csv", "phuTho"))),
    );
    expect(csv.headers.get("Content-Disposition")).toMatch(/attachment; filename=".+\.csv"/);
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(mine.nameVi);
    expect(lines[1]).toContain(",6");
    expect(csv.text).not.toContain(theirs.nameVi);

    const everywhere = await run(() =>
      expiringLoader(args(get("/admin/certificates/expiring?unit=01", "admin"))),
    );
    expect(
      (everywhere.body.list as { items: { productId: number }[] }).items.map((i) => i.productId),
    ).toEqual([theirs.id]);
  });
});
