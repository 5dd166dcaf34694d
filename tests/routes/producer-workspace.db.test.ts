/**
 * The producer workspace's loaders and actions on a test database, called with real Request
 * objects: who may come in, another producer's records answer 404, each bad field gets its
 * message with nothing written and no audit entry, a good edit reaches the storefront at
 * once, photos are uploaded, served and removed, order parts are confirmed, shipped and
 * cancelled, and the CSV export is the producer's own, escaped and in the reader's language.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { MAX_PHOTOS } from "../../app/domain/product/listing.server";
import { todayInVietnam } from "../../app/lib/dates";
import { PHOTO_MAX_BYTES } from "../../app/infra/photos.server";
import { createLocalStorage } from "../../app/infra/storage.server";
import { loader as mediaLoader } from "../../app/routes/media.$";
import { loader as orderPageLoader } from "../../app/routes/orders.$number";
import { loader as layoutLoader } from "../../app/routes/producer";
import { loader as overviewLoader } from "../../app/routes/producer._index";
import { action as partAction, loader as partLoader } from "../../app/routes/producer.orders.$id";
import { loader as ordersLoader } from "../../app/routes/producer.orders._index";
import { loader as csvLoader } from "../../app/routes/producer.orders[.]csv";
import {
  action as productAction,
  loader as productLoader,
} from "../../app/routes/producer.products.$id";
import { loader as productsLoader } from "../../app/routes/producer.products._index";
import { loader as storefrontProductLoader } from "../../app/routes/products.$slug";
import { auditLog, cardPayments, orderParts, products } from "../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  dataOf,
  get,
  locationOf,
  ORIGIN,
  post as postRequest,
  sessionCookie,
  settle,
  statusOf,
} from "../support/route-call";

const HN = { provinceCode: "01", communeCode: "00004" };
const today = todayInVietnam();

let t: TestDatabase;
let mediaRoot: string;

type Persona = { cookie: string; userId: number };
let producerA: { id: number; slug: string; name: string };
let producerB: { id: number; slug: string };
let memberA: Persona;
let customer: Persona;
let official: Persona;
let admin: Persona;

async function signIn(o: Parameters<typeof makeSignedInUser>[1]): Promise<Persona> {
  const { user, token } = await makeSignedInUser(t.db, o);
  return { cookie: await sessionCookie(token), userId: user.id };
}

beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  mediaRoot = await mkdtemp(path.join(os.tmpdir(), "ocop-media-"));
  globalThis.__ocopStorage = createLocalStorage(mediaRoot);
  await ensurePlace(t.db, HN);
  const a = await makeProducer(t.db, { ...HN, name: "HTX Mật ong Thử nghiệm" });
  const b = await makeProducer(t.db, HN);
  producerA = { id: a.id, slug: a.slug, name: a.name };
  producerB = { id: b.id, slug: b.slug };
  memberA = await signIn({ role: "producer_member", producerId: a.id });
  customer = await signIn({ role: "customer" });
  official = await signIn({ role: "official", officialPlaceCode: HN.provinceCode });
  admin = await signIn({ role: "administrator" });
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  globalThis.__ocopStorage = undefined;
  await t.cleanup();
  await rm(mediaRoot, { recursive: true, force: true });
});

const post = (url: string, fields: Record<string, string>, cookie?: string, origin = ORIGIN) =>
  postRequest(url, fields, { cookie, origin });

function upload(url: string, file: Uint8Array, cookie: string, name = "anh.png") {
  const form = new FormData();
  form.append("intent", "upload");
  form.append("photo", new File([Buffer.from(file)], name, { type: "image/png" }));
  return postRequest(url, form, { cookie });
}

async function auditCount(): Promise<number> {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}

async function productRow(id: number) {
  const [row] = await t.db.select().from(products).where(eq(products.id, id));
  if (!row) throw new Error("no product");
  return row;
}

async function orderFor(productId: number, payment: "cod" | "card" = "cod", name = "Lê Thị Hoa") {
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  const r = await addToCart(t.db, { cartId, productId, quantity: 2, today });
  if (!r.ok) throw new Error(r.error);
  const placed = await placeOrder(t.db, {
    cartId,
    payment,
    buyer: {
      name,
      phone: "0912345678",
      email: "hoa@example.com",
      provinceCode: HN.provinceCode,
      communeCode: HN.communeCode,
      street: "Số 5, phố Huế",
    },
  });
  if (!placed.ok) throw new Error(placed.error);
  const [part] = await t.db
    .select({ id: orderParts.id })
    .from(orderParts)
    .where(eq(orderParts.orderId, placed.orderId));
  if (!part) throw new Error("no part");
  return { ...placed, partId: part.id };
}

const png = (width: number, height = width) =>
  sharp({ create: { width, height, channels: 3, background: "#4a7c3a" } })
    .png()
    .toBuffer();

describe("who may use the workspace", () => {
  it("sends anonymous readers to log in and refuses customers, officials and administrators", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id });
    const o = await orderFor(product.id);
    const loaders: [
      string,
      (a: ReturnType<typeof args>) => Promise<unknown>,
      Record<string, string>,
    ][] = [
      ["/producer", layoutLoader, {}],
      ["/producer", overviewLoader, {}],
      ["/producer/products", productsLoader, {}],
      [`/producer/products/${product.id}`, productLoader, { id: String(product.id) }],
      ["/producer/orders", ordersLoader, {}],
      [`/producer/orders/${o.partId}`, partLoader, { id: String(o.partId) }],
      ["/producer/orders.csv", csvLoader, {}],
    ];
    for (const [url, loader, params] of loaders) {
      const anonymous = await settle(() => loader(args(get(url), params)));
      expect(statusOf(anonymous), url).toBe(303);
      expect(locationOf(anonymous), url).toMatch(/^\/login\?redirectTo=/);
      for (const who of [customer, official, admin]) {
        expect(statusOf(await settle(() => loader(args(get(url, who.cookie), params)))), url).toBe(
          403,
        );
      }
      expect(
        statusOf(await settle(() => loader(args(get(url, memberA.cookie), params)))),
        url,
      ).toBe(200);
    }
    // Actions too, before anything is read or written.
    const before = await auditCount();
    for (const who of [customer, official, admin]) {
      const edit = await settle(() =>
        productAction(
          args(post(`/producer/products/${product.id}`, { intent: "save" }, who.cookie), {
            id: String(product.id),
          }),
        ),
      );
      expect(statusOf(edit)).toBe(403);
      const move = await settle(() =>
        partAction(
          args(post(`/producer/orders/${o.partId}`, { intent: "confirm" }, who.cookie), {
            id: String(o.partId),
          }),
        ),
      );
      expect(statusOf(move)).toBe(403);
    }
    const anonymousMove = await settle(() =>
      partAction(
        args(post(`/producer/orders/${o.partId}`, { intent: "confirm" }), { id: String(o.partId) }),
      ),
    );
    expect(locationOf(anonymousMove)).toMatch(/^\/login/);
    expect(await auditCount()).toBe(before);
  });

  it("answers 404 for another producer's product or order part, reading or writing", async () => {
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producerB.id,
      priceVnd: 70_000,
    });
    const o = await orderFor(product.id);
    const before = await auditCount();
    const pid = { id: String(product.id) };
    const oid = { id: String(o.partId) };
    expect(statusOf(await settle(() => productLoader(args(get("/x", memberA.cookie), pid))))).toBe(
      404,
    );
    expect(statusOf(await settle(() => partLoader(args(get("/x", memberA.cookie), oid))))).toBe(
      404,
    );
    const edit = await settle(() =>
      productAction(
        args(
          post(
            `/producer/products/${product.id}`,
            {
              intent: "save",
              priceVnd: "1000",
              stock: "1",
              packedWeightGrams: "500",
              unitVi: "Hộp",
              descriptionVi: "Mô tả",
              listingStatus: "listed",
            },
            memberA.cookie,
          ),
          pid,
        ),
      ),
    );
    expect(statusOf(edit)).toBe(404);
    const picture = await png(600);
    const photo = await settle(() =>
      productAction(args(upload(`/producer/products/${product.id}`, picture, memberA.cookie), pid)),
    );
    expect(statusOf(photo)).toBe(404);
    for (const intent of ["confirm", "cancel"]) {
      const move = await settle(() =>
        partAction(
          args(
            post(
              `/producer/orders/${o.partId}`,
              { intent, reason: "Không bán nữa" },
              memberA.cookie,
            ),
            oid,
          ),
        ),
      );
      expect(statusOf(move)).toBe(404);
    }
    expect((await productRow(product.id)).priceVnd).toBe(70_000);
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.id, o.partId));
    expect(part?.status).toBe("placed");
    expect(await auditCount()).toBe(before);
    // Ids that are not ids are 404 too.
    expect(
      statusOf(
        await settle(() => productLoader(args(get("/x", memberA.cookie), { id: "1;drop" }))),
      ),
    ).toBe(404);
    // Nor does a list show another producer's records.
    const list = dataOf<{ products: { id: number }[] }>(
      await productsLoader(args(get("/producer/products", memberA.cookie))),
    );
    expect(list.products.map((p) => p.id)).not.toContain(product.id);
    const orders = dataOf<{ rows: { partId: number }[] }>(
      await ordersLoader(args(get("/producer/orders", memberA.cookie))),
    );
    expect(orders.rows.map((r) => r.partId)).not.toContain(o.partId);
  });

  it("refuses a cross-site post", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id });
    const r = await settle(() =>
      productAction(
        args(
          post(
            `/producer/products/${product.id}`,
            { intent: "save" },
            memberA.cookie,
            "https://evil.example",
          ),
          {
            id: String(product.id),
          },
        ),
      ),
    );
    expect(statusOf(r)).toBe(403);
  });
});

describe("editing a product", () => {
  const good = {
    intent: "save",
    priceVnd: "135.000",
    stock: "42",
    packedWeightGrams: "700",
    unitVi: "Hũ 500 g",
    unitEn: "500 g jar",
    descriptionVi: "Mật ong hoa bạc hà, thu hoạch tháng 11.",
    descriptionEn: "",
    listingStatus: "listed",
  };

  it("shows each field's problem, writes nothing and records no audit entry", async () => {
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producerA.id,
      priceVnd: 120_000,
      stock: 10,
    });
    const before = await productRow(product.id);
    const audits = await auditCount();
    const cases: [Record<string, string>, string, string][] = [
      [{ priceVnd: "12,5" }, "priceVnd", "pws.error.priceWhole"],
      [{ priceVnd: "500" }, "priceVnd", "pws.error.priceRange"],
      [{ priceVnd: "200000000" }, "priceVnd", "pws.error.priceRange"],
      [{ priceVnd: "" }, "priceVnd", "pws.error.priceWhole"],
      [{ stock: "-3" }, "stock", "pws.error.stockRange"],
      [{ stock: "100001" }, "stock", "pws.error.stockRange"],
      [{ stock: "nhiều" }, "stock", "pws.error.stockWhole"],
      [{ packedWeightGrams: "0" }, "packedWeightGrams", "pws.error.weightRange"],
      [{ packedWeightGrams: "0,7 kg" }, "packedWeightGrams", "pws.error.weightWhole"],
      [{ unitVi: " " }, "unitVi", "pws.error.unitViRequired"],
      [{ unitVi: "x".repeat(61) }, "unitVi", "pws.error.unitTooLong"],
      [{ unitEn: "y".repeat(61) }, "unitEn", "pws.error.unitTooLong"],
      [{ descriptionVi: "" }, "descriptionVi", "pws.error.descriptionViRequired"],
      [{ descriptionVi: "a".repeat(5001) }, "descriptionVi", "pws.error.descriptionTooLong"],
      [{ descriptionEn: "a".repeat(5001) }, "descriptionEn", "pws.error.descriptionTooLong"],
      [{ listingStatus: "sold" }, "listingStatus", "pws.error.listingStatus"],
    ];
    for (const [change, field, key] of cases) {
      const r = await productAction(
        args(post(`/producer/products/${product.id}`, { ...good, ...change }, memberA.cookie), {
          id: String(product.id),
        }),
      );
      expect(statusOf(r), JSON.stringify(change)).toBe(400);
      const d = dataOf<{ errors: Record<string, string>; values: Record<string, string> }>(r);
      expect(d.errors, JSON.stringify(change)).toEqual({ [field]: key });
      // What was typed comes back to the form.
      expect(d.values[field]).toBe(change[field]);
    }
    // An unknown intent is a bad request, not a crash.
    const odd = await settle(() =>
      productAction(
        args(post(`/producer/products/${product.id}`, { intent: "delete" }, memberA.cookie), {
          id: String(product.id),
        }),
      ),
    );
    expect(statusOf(odd)).toBe(400);
    expect(await productRow(product.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("saves, audits, and the storefront shows the new price and stock right away", async () => {
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producerA.id,
      priceVnd: 120_000,
      stock: 10,
    });
    const r = await productAction(
      args(post(`/producer/products/${product.id}`, good, memberA.cookie), {
        id: String(product.id),
      }),
    );
    expect(statusOf(r)).toBe(303);
    expect(locationOf(r)).toBe(`/producer/products/${product.id}?saved=1`);
    expect(await productRow(product.id)).toMatchObject({
      priceVnd: 135_000,
      stock: 42,
      packedWeightGrams: 700,
      unitVi: "Hũ 500 g",
      unitEn: "500 g jar",
      descriptionEn: null,
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "product"), eq(auditLog.entityId, String(product.id))));
    expect(entry).toMatchObject({
      action: "product.update",
      actorUserId: memberA.userId,
      before: {
        priceVnd: 120_000,
        stock: 10,
        unitVi: "Hộp 500 g",
        descriptionVi: "Mô tả sản phẩm.",
      },
      after: {
        priceVnd: 135_000,
        stock: 42,
        packedWeightGrams: 700,
        unitVi: "Hũ 500 g",
        descriptionVi: "Mật ong hoa bạc hà, thu hoạch tháng 11.",
      },
    });
    const page = dataOf<{ page: { product: { priceVnd: number; stock: number } } }>(
      await storefrontProductLoader(args(get(`/products/${product.slug}`), { slug: product.slug })),
    );
    expect(page.page.product).toMatchObject({ priceVnd: 135_000, stock: 42 });

    // Saving the same values again is "nothing changed", with no new audit entry.
    const audits = await auditCount();
    const again = await productAction(
      args(post(`/producer/products/${product.id}`, good, memberA.cookie), {
        id: String(product.id),
      }),
    );
    expect(locationOf(again)).toBe(`/producer/products/${product.id}?saved=0`);
    expect(await auditCount()).toBe(audits);

    // Unlisting hides it from the storefront at once.
    await productAction(
      args(
        post(
          `/producer/products/${product.id}`,
          { ...good, listingStatus: "unlisted" },
          memberA.cookie,
        ),
        {
          id: String(product.id),
        },
      ),
    );
    const gone = await settle(() =>
      storefrontProductLoader(args(get(`/products/${product.slug}`), { slug: product.slug })),
    );
    expect([404, 410]).toContain(statusOf(gone));
  });

  it("shows the certificate and place read-only and offers no field for them", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id, stars: 4 });
    const d = dataOf<{
      product: { certificate: { stars: number } | null; nameVi: string };
      certificateStatus: string;
      producer: { place: string };
    }>(await productLoader(args(get("/x", memberA.cookie), { id: String(product.id) })));
    expect(d.product.certificate?.stars).toBe(4);
    expect(d.certificateStatus).toBe("valid");
    expect(d.producer.place).toContain("Ba Đình");
    // A form that slips in stars, a name or a producer changes none of them.
    await productAction(
      args(
        post(
          `/producer/products/${product.id}`,
          { ...good, stars: "5", nameVi: "Tên khác", producerId: String(producerB.id) },
          memberA.cookie,
        ),
        { id: String(product.id) },
      ),
    );
    const row = await productRow(product.id);
    expect(row.nameVi).toBe(product.nameVi);
    expect(row.producerId).toBe(producerA.id);
  });
});

describe("photos", () => {
  it("uploads a photo as two WebP sizes, serves it for a year, makes it the main one, removes it", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id });
    const url = `/producer/products/${product.id}`;
    const params = { id: String(product.id) };
    await t.db
      .update(products)
      .set({ images: [{ src: "/art/honey/x.svg", altVi: "Mật ong", altEn: "Honey" }] })
      .where(eq(products.id, product.id));

    const r = await productAction(args(upload(url, await png(1600, 1200), memberA.cookie), params));
    expect(statusOf(r)).toBe(303);
    expect(locationOf(r)).toBe(`${url}?photo=added`);
    const images = (await productRow(product.id)).images;
    expect(images).toHaveLength(2);
    const added = images[1];
    expect(added?.src).toMatch(new RegExp(`^/media/products/${product.id}/[0-9a-f]+-1200\\.webp$`));
    expect(added?.thumbSrc).toMatch(/-480\.webp$/);
    expect(added?.altVi).toBe(product.nameVi);

    const key = added?.src.slice("/media/".length) ?? "";
    const served = await mediaLoader(args(get(added?.src ?? ""), { "*": key }));
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/webp");
    expect(served.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1200, 900]);
    const etag = served.headers.get("ETag") ?? "";
    const again = await mediaLoader(
      args(new Request(`${ORIGIN}${added?.src ?? ""}`, { headers: { "If-None-Match": etag } }), {
        "*": key,
      }),
    );
    expect(again.status).toBe(304);

    const first = await productAction(
      args(post(url, { intent: "first", src: added?.src ?? "" }, memberA.cookie), params),
    );
    expect(locationOf(first)).toBe(`${url}?photo=first`);
    expect((await productRow(product.id)).images[0]?.src).toBe(added?.src);
    // The storefront's card and page now show the photo first.
    const page = dataOf<{ page: { product: { images: { src: string }[] } } }>(
      await storefrontProductLoader(args(get(`/products/${product.slug}`), { slug: product.slug })),
    );
    expect(page.page.product.images[0]?.src).toBe(added?.src);

    const removed = await productAction(
      args(post(url, { intent: "remove", src: added?.src ?? "" }, memberA.cookie), params),
    );
    expect(locationOf(removed)).toBe(`${url}?photo=removed`);
    expect((await productRow(product.id)).images.map((i) => i.src)).toEqual(["/art/honey/x.svg"]);
    // Its files are gone too.
    expect((await mediaLoader(args(get(added?.src ?? ""), { "*": key }))).status).toBe(404);
    const actions = (
      await t.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "product"), eq(auditLog.entityId, String(product.id))))
    ).map((a) => a.action);
    expect(actions.sort()).toEqual([
      "product.photo.add",
      "product.photo.first",
      "product.photo.remove",
    ]);
  });

  it("refuses bad files with a clear message and writes nothing", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id });
    const url = `/producer/products/${product.id}`;
    const params = { id: String(product.id) };
    const audits = await auditCount();
    const gif = await sharp({
      create: { width: 600, height: 600, channels: 3, background: "#fff" },
    })
      .gif()
      .toBuffer();
    const oversized = new Uint8Array(PHOTO_MAX_BYTES + 1024);
    oversized.set(await png(600));
    const cases: [Uint8Array, string, string][] = [
      [gif, "anh.png", "pws.photo.error.unsupportedType"],
      [Buffer.from("MZ not really a picture"), "anh.jpg", "pws.photo.error.unsupportedType"],
      [await png(300, 800), "hep.png", "pws.photo.error.tooSmall"],
      [oversized, "lon.png", "pws.photo.error.tooLarge"],
      [new Uint8Array(), "", "pws.photo.error.missing"],
    ];
    for (const [bytes, name, key] of cases) {
      const r = await productAction(args(upload(url, bytes, memberA.cookie, name), params));
      expect(statusOf(r), key).toBe(422);
      expect(dataOf<{ errors: Record<string, string> }>(r).errors).toEqual({ photo: key });
    }
    expect((await productRow(product.id)).images).toEqual([]);
    expect(await auditCount()).toBe(audits);
  });

  it("keeps at most six photos", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id });
    const six = Array.from({ length: MAX_PHOTOS }, (_, i) => ({
      src: `/media/products/${product.id}/p${i}-1200.webp`,
      altVi: "Ảnh",
      altEn: "Photo",
    }));
    await t.db.update(products).set({ images: six }).where(eq(products.id, product.id));
    const r = await productAction(
      args(upload(`/producer/products/${product.id}`, await png(600), memberA.cookie), {
        id: String(product.id),
      }),
    );
    expect(statusOf(r)).toBe(422);
    expect(dataOf<{ errors: Record<string, string> }>(r).errors).toEqual({
      photo: "pws.photo.error.tooManyPhotos",
    });
    expect((await productRow(product.id)).images).toHaveLength(MAX_PHOTOS);
  });

  it("serves only the storage's own image keys", async () => {
    for (const key of [
      "../package.json",
      "products/1/../../x.webp",
      "products/1/a.txt",
      "a/.env",
    ]) {
      expect((await mediaLoader(args(get(`/media/${key}`), { "*": key }))).status, key).toBe(404);
    }
  });
});

describe("order parts", () => {
  it("confirms and ships with carrier and tracking number; the buyer's page shows it shipped", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id, stock: 20 });
    const o = await orderFor(product.id);
    const url = `/producer/orders/${o.partId}`;
    const params = { id: String(o.partId) };

    const view = dataOf<{ can: { confirm: boolean; ship: boolean; cancel: boolean } }>(
      await partLoader(args(get(url, memberA.cookie), params)),
    );
    expect(view.can).toMatchObject({ confirm: true, ship: false, cancel: true });

    const confirmed = await partAction(
      args(post(url, { intent: "confirm" }, memberA.cookie), params),
    );
    expect(locationOf(confirmed)).toBe(`${url}?done=confirmed`);

    const audits = await auditCount();
    for (const [fields, errors] of [
      [{}, { carrier: "pws.error.carrierRequired", trackingNumber: "pws.error.trackingRequired" }],
      [{ carrier: "ghn" }, { trackingNumber: "pws.error.trackingRequired" }],
      [{ carrier: "ghn", trackingNumber: "x" }, { trackingNumber: "pws.error.trackingInvalid" }],
      [{ carrier: "GHN", trackingNumber: "GHN123456" }, { carrier: "pws.error.carrierRequired" }],
      [
        { carrier: "other", trackingNumber: "GHN123456" },
        { carrierName: "pws.error.carrierNameRequired" },
      ],
      [{ carrier: "", trackingNumber: "GHN123456" }, { carrier: "pws.error.carrierRequired" }],
    ] as const) {
      const r = await partAction(
        args(post(url, { intent: "ship", ...fields }, memberA.cookie), params),
      );
      expect(statusOf(r)).toBe(400);
      expect(dataOf<{ errors: unknown }>(r).errors).toEqual(errors);
    }
    expect(await auditCount()).toBe(audits);

    const shipped = await partAction(
      args(
        post(
          url,
          { intent: "ship", carrier: "viettelpost", trackingNumber: "VTP 8812 3456" },
          memberA.cookie,
        ),
        params,
      ),
    );
    expect(locationOf(shipped)).toBe(`${url}?done=shipped`);
    const buyerPage = dataOf<{ order: { parts: { status: string }[] } }>(
      await orderPageLoader(
        args(get(`/orders/${o.number}?key=${o.accessKey}`), { number: o.number }),
      ),
    );
    expect(buyerPage.order.parts.map((p) => p.status)).toEqual(["shipped"]);
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.id, o.partId));
    expect(part).toMatchObject({ carrier: "viettelpost", trackingNumber: "VTP 8812 3456" });

    // A second "confirm" (an old tab) says why instead of failing.
    const stale = await partAction(args(post(url, { intent: "confirm" }, memberA.cookie), params));
    expect(statusOf(stale)).toBe(409);
    expect(dataOf<{ formError: string }>(stale).formError).toBe(
      "pws.orderError.transitionNotAllowed",
    );
  });

  it("cancels only with a reason, and the stock comes back", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id, stock: 20 });
    const o = await orderFor(product.id);
    expect((await productRow(product.id)).stock).toBe(18);
    const url = `/producer/orders/${o.partId}`;
    const params = { id: String(o.partId) };
    const audits = await auditCount();
    for (const [reason, key] of [
      ["", "pws.error.reasonRequired"],
      ["abc", "pws.error.reasonRequired"],
      ["x".repeat(501), "pws.error.reasonTooLong"],
    ]) {
      const r = await partAction(
        args(post(url, { intent: "cancel", reason: reason ?? "" }, memberA.cookie), params),
      );
      expect(statusOf(r)).toBe(400);
      expect(dataOf<{ errors: Record<string, string> }>(r).errors).toEqual({ reason: key });
    }
    expect(await auditCount()).toBe(audits);
    expect((await productRow(product.id)).stock).toBe(18);

    const r = await partAction(
      args(
        post(url, { intent: "cancel", reason: "Mưa lũ, không giao được" }, memberA.cookie),
        params,
      ),
    );
    expect(locationOf(r)).toBe(`${url}?done=cancelled`);
    expect((await productRow(product.id)).stock).toBe(20);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("says a card order must be paid before it is confirmed", async () => {
    const { product } = await makeVisibleProduct(t.db, { producerId: producerA.id, stock: 20 });
    const o = await orderFor(product.id, "card");
    const url = `/producer/orders/${o.partId}`;
    const params = { id: String(o.partId) };
    const view = dataOf<{ can: { confirm: boolean }; awaitingCardPayment: boolean }>(
      await partLoader(args(get(url, memberA.cookie), params)),
    );
    expect(view).toMatchObject({ can: { confirm: false }, awaitingCardPayment: true });
    const r = await partAction(args(post(url, { intent: "confirm" }, memberA.cookie), params));
    expect(statusOf(r)).toBe(409);
    expect(dataOf<{ formError: string }>(r).formError).toBe("pws.orderError.paymentNotCompleted");
    await t.db
      .update(cardPayments)
      .set({ status: "paid" })
      .where(eq(cardPayments.orderId, o.orderId));
    const ok = await partAction(args(post(url, { intent: "confirm" }, memberA.cookie), params));
    expect(statusOf(ok)).toBe(303);
  });
});

describe("CSV export", () => {
  it("is the producer's own items, one row each, with a BOM, escaped cells and the reader's language", async () => {
    const csvProducer = await makeProducer(t.db, HN);
    const member = await signIn({ role: "producer_member", producerId: csvProducer.id });
    const { product } = await makeVisibleProduct(t.db, {
      producerId: csvProducer.id,
      nameVi: "Cốm làng Vòng",
      nameEn: "Vòng village green rice",
      priceVnd: 90_000,
      stock: 50,
    });
    const other = await makeVisibleProduct(t.db, {
      producerId: producerB.id,
      nameVi: "Chè của B",
      stock: 9,
    });
    const o = await orderFor(product.id, "cod", '=HYPERLINK("http://evil","x")');
    await orderFor(other.product.id);

    const res = await csvLoader(args(get("/producer/orders.csv", member.cookie)));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="don-hang-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Mã đơn,Ngày đặt,Trạng thái,Người nhận,Điện thoại,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(o.number);
    expect(lines[1]).toContain("Cốm làng Vòng");
    expect(lines[1]).toContain('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(lines[1]).toContain(",90000,2,180000,");
    expect(lines[1]).toContain("Đã đặt");
    expect(lines[1]).toContain(",Thanh toán khi nhận hàng,");
    expect(text).not.toContain("Chè của B");

    const english = await csvLoader(
      args(
        new Request(`${ORIGIN}/producer/orders.csv?status=placed`, {
          headers: {
            Cookie: `${member.cookie}; lang=${Buffer.from(JSON.stringify("en")).toString("base64")}`,
          },
        }),
      ),
    );
    const en = Buffer.from(await english.arrayBuffer()).toString("utf8");
    expect(en).toContain("Order number,Placed at,Status,Recipient,Phone,");
    expect(en).toContain("Vòng village green rice");
    expect(en).toContain("Placed");
    expect(en).toContain(",Cash on delivery,");
    expect(english.headers.get("Content-Disposition")).toMatch(/filename="orders-/);

    const none = await csvLoader(args(get("/producer/orders.csv?status=shipped", member.cookie)));
    expect(
      Buffer.from(await none.arrayBuffer())
        .toString("utf8")
        .trimEnd()
        .split("\r\n"),
    ).toHaveLength(1);
  });
});
