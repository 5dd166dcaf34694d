/**
 * The producer workspace's domain on a real database: every query is the producer's own,
 * every change commits with its audit entry (and a refused one writes neither), stock comes
 * back on a cancel, and the storefront's data version moves with a price or stock edit.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, cardPayments, orderParts, products } from "../../../db/schema";
import { searchDataVersion } from "../../../search/facet-cache";
import {
  ensurePlace,
  makeCertificate,
  makeProducer,
  makeProduct,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart } from "../cart/cart.server";
import { placeOrder } from "../order/orders.server";
import type { ProductEdit } from "./listing-schema";
import {
  addProductPhoto,
  getProducerProduct,
  listProducerProducts,
  makeProductPhotoFirst,
  MAX_PHOTOS,
  removeProductPhoto,
  updateProducerProduct,
} from "./listing.server";
import {
  formatVietnamDateTime,
  getProducerOrderPart,
  listProducerOrderItemsForCsv,
  listProducerOrderParts,
  moveProducerOrderPart,
} from "../order/shipments.server";
import { getProducerOverview, type ProducerActor } from "../producer/overview.server";

let t: TestDatabase;
const today = todayInVietnam();
const HN = { provinceCode: "01", communeCode: "00004" };

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, HN);
});
afterAll(async () => {
  await t.cleanup();
});

async function producerWithMember() {
  const producer = await makeProducer(t.db, HN);
  const user = await makeUser(t.db, { role: "producer_member", producerId: producer.id });
  const actor: ProducerActor = {
    id: user.id,
    email: user.email,
    role: user.role,
    name: user.name,
    producerId: producer.id,
  };
  return { producer, actor };
}

async function auditFor(entityType: string, entityId: number) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id));
}

async function order(productId: number, quantity = 1, payment: "cod" | "card" = "cod") {
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  const added = await addToCart(t.db, { cartId, productId, quantity, today });
  if (!added.ok) throw new Error(added.error);
  const placed = await placeOrder(t.db, {
    cartId,
    payment,
    buyer: {
      name: "Lê Thị Hoa",
      phone: "0912345678",
      email: "hoa@example.com",
      provinceCode: HN.provinceCode,
      communeCode: HN.communeCode,
      street: "Số 5 phố Huế",
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

async function stockOf(productId: number) {
  const [row] = await t.db
    .select({ stock: products.stock })
    .from(products)
    .where(eq(products.id, productId));
  return row?.stock;
}

function editOf(p: typeof products.$inferSelect, change: Partial<ProductEdit> = {}): ProductEdit {
  return {
    priceVnd: p.priceVnd,
    stock: p.stock,
    packedWeightGrams: p.packedWeightGrams,
    alcoholPercent: p.alcoholPercent,
    unitVi: p.unitVi,
    unitEn: p.unitEn,
    descriptionVi: p.descriptionVi,
    descriptionEn: p.descriptionEn,
    listingStatus: p.listingStatus,
    ...change,
  };
}

describe("overview", () => {
  it("counts listed, unlisted, out of stock and visible products, certificates ending soon and parts to handle", async () => {
    const { producer } = await producerWithMember();
    const listed = await makeVisibleProduct(t.db, { producerId: producer.id, stock: 5 });
    await makeProduct(t.db, { producerId: producer.id, listingStatus: "unlisted" });
    const empty = await makeVisibleProduct(t.db, { producerId: producer.id, stock: 0 });
    // Valid until today + 10 days: decision date 36 months earlier.
    const soon = await makeProduct(t.db, { producerId: producer.id, nameVi: "Chè sắp hết hạn" });
    const soonUntil = addDays(today, 10);
    const [y, m, d] = soonUntil.split("-").map(Number) as [number, number, number];
    await makeCertificate(t.db, {
      productId: soon.id,
      decisionDate: `${y - 3}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    });
    const expired = await makeProduct(t.db, { producerId: producer.id, nameVi: "Chè hết hạn" });
    await makeCertificate(t.db, { productId: expired.id, decisionDate: "2020-01-01" });
    // Another producer's products and orders never count.
    const other = await makeProducer(t.db, HN);
    const theirs = await makeVisibleProduct(t.db, { producerId: other.id });
    await order(theirs.product.id);
    await order(listed.product.id);

    const o = await getProducerOverview(t.db, producer.id, today);
    expect(o.products).toEqual({ listed: 4, unlisted: 1, outOfStock: 1, visible: 3 });
    expect(o.expiring.map((c) => c.nameVi)).toEqual(["Chè sắp hết hạn"]);
    expect(o.expiring[0]?.validUntil).toBe(soonUntil);
    expect(o.expired.map((c) => c.nameVi)).toEqual(["Chè hết hạn"]);
    expect(o.orders).toEqual({ toConfirm: 1, toShip: 0 });
    expect(empty.product.stock).toBe(0);
  });
});

describe("products", () => {
  it("lists and opens only the producer's own products", async () => {
    const a = await producerWithMember();
    const b = await producerWithMember();
    const mine = await makeVisibleProduct(t.db, { producerId: a.producer.id, stars: 5 });
    const unlisted = await makeProduct(t.db, {
      producerId: a.producer.id,
      listingStatus: "unlisted",
    });
    const theirs = await makeVisibleProduct(t.db, { producerId: b.producer.id });

    const list = await listProducerProducts(t.db, a.producer.id, today);
    expect(list.map((p) => p.id).sort()).toEqual([mine.product.id, unlisted.id].sort());
    const shown = list.find((p) => p.id === mine.product.id);
    expect(shown).toMatchObject({ stars: 5, visible: true, listingStatus: "listed" });
    expect(list.find((p) => p.id === unlisted.id)).toMatchObject({ stars: null, visible: false });

    expect(await getProducerProduct(t.db, a.producer.id, theirs.product.id, today)).toBeNull();
    const detail = await getProducerProduct(t.db, a.producer.id, mine.product.id, today);
    expect(detail?.certificate).toMatchObject({ stars: 5, status: "active" });
  });

  it("saves a change with an audit entry holding only the changed fields", async () => {
    const { producer, actor } = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      priceVnd: 120_000,
      stock: 10,
    });
    const r = await updateProducerProduct(
      t.db,
      actor,
      product.id,
      editOf(product, { priceVnd: 135_000, stock: 7, descriptionEn: "Wild honey." }),
    );
    expect(r).toEqual({ ok: true, changed: ["priceVnd", "stock", "descriptionEn"] });
    const [row] = await t.db.select().from(products).where(eq(products.id, product.id));
    expect(row).toMatchObject({ priceVnd: 135_000, stock: 7, descriptionEn: "Wild honey." });

    const [entry] = await auditFor("product", product.id);
    expect(entry).toMatchObject({
      action: "product.update",
      actorUserId: actor.id,
      actorRole: "producer_member",
      provinceCode: HN.provinceCode,
      communeCode: HN.communeCode,
      before: { priceVnd: 120_000, stock: 10, descriptionEn: null },
      after: { priceVnd: 135_000, stock: 7, descriptionEn: "Wild honey." },
    });
  });

  it("writes nothing and no audit entry when nothing changed", async () => {
    const { producer, actor } = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id });
    const r = await updateProducerProduct(t.db, actor, product.id, editOf(product));
    expect(r).toEqual({ ok: true, changed: [] });
    expect(await auditFor("product", product.id)).toHaveLength(0);
  });

  it("does not touch another producer's product", async () => {
    const a = await producerWithMember();
    const b = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, {
      producerId: b.producer.id,
      priceVnd: 50_000,
    });
    const r = await updateProducerProduct(
      t.db,
      a.actor,
      product.id,
      editOf(product, { priceVnd: 1_000 }),
    );
    expect(r).toEqual({ ok: false, error: "notFound" });
    expect(
      (await t.db.select().from(products).where(eq(products.id, product.id)))[0]?.priceVnd,
    ).toBe(50_000);
    expect(await auditFor("product", product.id)).toHaveLength(0);
    expect(
      await addProductPhoto(t.db, a.actor, product.id, {
        src: "/media/x/a.webp",
        thumbSrc: "/media/x/b.webp",
      }),
    ).toEqual({ ok: false, error: "notFound" });
  });

  it("moves the storefront's data version (the page cache key) with a price edit and with a stock edit", async () => {
    const { producer, actor } = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id, stock: 10 });

    const v0 = await searchDataVersion(t.db);
    await updateProducerProduct(t.db, actor, product.id, editOf(product, { priceVnd: 99_000 }));
    const v1 = await searchDataVersion(t.db);
    expect(v1).not.toBe(v0);

    // Stock is not in the products_outbox trigger's columns: the workspace records it itself.
    await updateProducerProduct(
      t.db,
      actor,
      product.id,
      editOf(product, { priceVnd: 99_000, stock: 3 }),
    );
    const v2 = await searchDataVersion(t.db);
    expect(v2).not.toBe(v1);

    // A save that changes nothing leaves the version (and the cache) alone.
    await updateProducerProduct(
      t.db,
      actor,
      product.id,
      editOf(product, { priceVnd: 99_000, stock: 3 }),
    );
    expect(await searchDataVersion(t.db)).toBe(v2);
  });

  it("adds photos up to six, chooses the first and removes them, each with an audit entry", async () => {
    const { producer, actor } = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id });
    const photo = (n: number) => ({
      src: `/media/p/${n}-1200.webp`,
      thumbSrc: `/media/p/${n}-480.webp`,
    });
    for (let n = 1; n <= MAX_PHOTOS; n++) {
      expect(await addProductPhoto(t.db, actor, product.id, photo(n))).toMatchObject({ ok: true });
    }
    expect(await addProductPhoto(t.db, actor, product.id, photo(7))).toEqual({
      ok: false,
      error: "tooManyPhotos",
    });
    const images = async () =>
      (await t.db.select().from(products).where(eq(products.id, product.id)))[0]?.images ?? [];
    expect((await images()).map((i) => i.src)).toEqual([1, 2, 3, 4, 5, 6].map((n) => photo(n).src));
    expect((await images())[0]).toMatchObject({
      thumbSrc: photo(1).thumbSrc,
      altVi: product.nameVi,
    });

    expect(await makeProductPhotoFirst(t.db, actor, product.id, photo(4).src)).toMatchObject({
      ok: true,
    });
    expect((await images()).map((i) => i.src)[0]).toBe(photo(4).src);

    const removed = await removeProductPhoto(t.db, actor, product.id, photo(2).src);
    expect(removed).toMatchObject({ ok: true });
    expect(removed.ok && removed.removed?.map((i) => i.src)).toEqual([photo(2).src]);
    expect((await images()).map((i) => i.src)).not.toContain(photo(2).src);
    expect(await removeProductPhoto(t.db, actor, product.id, photo(2).src)).toEqual({
      ok: false,
      error: "photoNotFound",
    });

    const actions = (await auditFor("product", product.id)).map((e) => e.action);
    expect(actions.filter((a) => a === "product.photo.add")).toHaveLength(6);
    expect(actions).toContain("product.photo.first");
    expect(actions).toContain("product.photo.remove");
  });
});

describe("order parts", () => {
  it("lists only the producer's parts, newest first, filtered by status", async () => {
    const a = await producerWithMember();
    const b = await producerWithMember();
    const mine = await makeVisibleProduct(t.db, { producerId: a.producer.id, stock: 50 });
    const theirs = await makeVisibleProduct(t.db, { producerId: b.producer.id, stock: 50 });
    const first = await order(mine.product.id, 2);
    const second = await order(mine.product.id, 1);
    const other = await order(theirs.product.id);

    const all = await listProducerOrderParts(
      t.db,
      a.producer.id,
      { status: null, from: null, to: null },
      1,
    );
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.number)).toEqual([second.number, first.number]);
    expect(all.rows[1]).toMatchObject({ items: 2, status: "placed", paymentMethod: "cod" });

    await moveProducerOrderPart(t.db, a.actor, first.partId, "confirmed");
    const confirmed = await listProducerOrderParts(
      t.db,
      a.producer.id,
      { status: "confirmed", from: null, to: null },
      1,
    );
    expect(confirmed.rows.map((r) => r.number)).toEqual([first.number]);
    const none = await listProducerOrderParts(
      t.db,
      a.producer.id,
      { status: null, from: addDays(today, 1), to: null },
      1,
    );
    expect(none.total).toBe(0);

    expect(await getProducerOrderPart(t.db, a.producer.id, other.partId)).toBeNull();
    const detail = await getProducerOrderPart(t.db, a.producer.id, first.partId);
    expect(detail).toMatchObject({ buyerName: "Lê Thị Hoa", buyerPhone: "0912345678" });
    expect(detail?.items).toHaveLength(1);
    expect(detail?.events.map((e) => e.to)).toEqual(["placed", "confirmed"]);
    expect(JSON.stringify(detail)).not.toContain("hoa@example.com");
  });

  it("confirms, ships with carrier and tracking number, and audits each move", async () => {
    const { producer, actor } = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id, stock: 5 });
    const o = await order(product.id);
    expect(await moveProducerOrderPart(t.db, actor, o.partId, "confirmed")).toMatchObject({
      ok: true,
    });
    expect(
      await moveProducerOrderPart(t.db, actor, o.partId, "shipped", {
        carrier: "Viettel Post",
        trackingNumber: "VTP123456",
      }),
    ).toMatchObject({ ok: true, from: "confirmed", to: "shipped" });
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.id, o.partId));
    expect(part).toMatchObject({
      status: "shipped",
      carrier: "Viettel Post",
      trackingNumber: "VTP123456",
    });
    const entries = await auditFor("order_part", o.partId);
    expect(entries.map((e) => e.action)).toEqual(["orderPart.shipped", "orderPart.confirmed"]);
    expect(entries[0]).toMatchObject({
      before: { status: "confirmed" },
      after: { status: "shipped", carrier: "Viettel Post", trackingNumber: "VTP123456" },
      provinceCode: HN.provinceCode,
    });
  });

  it("cancels with a reason, returns the stock, and refuses what the table refuses without writing", async () => {
    const { producer, actor } = await producerWithMember();
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id, stock: 5 });
    const o = await order(product.id, 3);
    expect(await stockOf(product.id)).toBe(2);

    expect(await moveProducerOrderPart(t.db, actor, o.partId, "cancelled", {})).toEqual({
      ok: false,
      error: "reasonRequired",
    });
    expect(
      await moveProducerOrderPart(t.db, actor, o.partId, "shipped", { carrier: "GHN" }),
    ).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
    expect(await auditFor("order_part", o.partId)).toHaveLength(0);

    expect(
      await moveProducerOrderPart(t.db, actor, o.partId, "cancelled", { reason: "Hết hàng do lũ" }),
    ).toMatchObject({ ok: true });
    expect(await stockOf(product.id)).toBe(5);
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.id, o.partId));
    expect(part?.cancelReason).toBe("Hết hàng do lũ");
    expect((await auditFor("order_part", o.partId))[0]).toMatchObject({
      action: "orderPart.cancelled",
      after: { status: "cancelled", cancelReason: "Hết hàng do lũ" },
    });
    // Cancelling twice returns nothing twice.
    expect(
      await moveProducerOrderPart(t.db, actor, o.partId, "cancelled", { reason: "Lần nữa" }),
    ).toEqual({ ok: false, error: "transitionNotAllowed" });
    expect(await stockOf(product.id)).toBe(5);
  });

  it("refuses another producer's part and an unpaid card order's confirmation", async () => {
    const a = await producerWithMember();
    const b = await producerWithMember();
    const theirs = await makeVisibleProduct(t.db, { producerId: b.producer.id, stock: 5 });
    const o = await order(theirs.product.id);
    expect(await moveProducerOrderPart(t.db, a.actor, o.partId, "confirmed")).toEqual({
      ok: false,
      error: "notFound",
    });

    const card = await order(theirs.product.id, 1, "card");
    const refused = await moveProducerOrderPart(t.db, b.actor, card.partId, "confirmed");
    expect(refused).toEqual({ ok: false, error: "paymentNotCompleted" });
    expect(await auditFor("order_part", card.partId)).toHaveLength(0);
    await t.db
      .update(cardPayments)
      .set({ status: "paid" })
      .where(eq(cardPayments.orderId, card.orderId));
    expect(await moveProducerOrderPart(t.db, b.actor, card.partId, "confirmed")).toMatchObject({
      ok: true,
    });
  });

  it("gives the CSV one row per item of the producer's parts only", async () => {
    const a = await producerWithMember();
    const b = await producerWithMember();
    const p1 = await makeVisibleProduct(t.db, {
      producerId: a.producer.id,
      nameVi: "Miến dong",
      stock: 9,
    });
    const p2 = await makeVisibleProduct(t.db, {
      producerId: a.producer.id,
      nameVi: "Bánh đa",
      stock: 9,
    });
    const theirs = await makeVisibleProduct(t.db, { producerId: b.producer.id, stock: 9 });
    const { cartId } = await ensureCart(t.db, { guestToken: null });
    for (const productId of [p1.product.id, p2.product.id, theirs.product.id]) {
      const r = await addToCart(t.db, { cartId, productId, quantity: 2, today });
      if (!r.ok) throw new Error(r.error);
    }
    const placed = await placeOrder(t.db, {
      cartId,
      payment: "cod",
      buyer: {
        name: '=HYPERLINK("x")',
        phone: "0912345678",
        email: "x@example.com",
        provinceCode: HN.provinceCode,
        communeCode: HN.communeCode,
        street: "Số 1, phố Huế",
      },
    });
    if (!placed.ok) throw new Error(placed.error);
    const { items, truncated } = await listProducerOrderItemsForCsv(t.db, a.producer.id, {
      status: null,
      from: null,
      to: null,
    });
    expect(truncated).toBe(false);
    expect(items.map((i) => i.nameVi).sort()).toEqual(["Bánh đa", "Miến dong"]);
    expect(items.every((i) => i.number === placed.number && i.quantity === 2)).toBe(true);
    const filtered = await listProducerOrderItemsForCsv(t.db, a.producer.id, {
      status: "shipped",
      from: null,
      to: null,
    });
    expect(filtered.items).toHaveLength(0);
    // Sanity: the database holds three items for that order, one of them not ours.
    const [{ n } = { n: 0 }] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(orderParts)
      .where(eq(orderParts.orderId, placed.orderId));
    expect(n).toBe(2);
  });
});

describe("formatVietnamDateTime", () => {
  it("prints the moment as read in Vietnam, date first", () => {
    // 17:05 UTC is 00:05 the next day in Vietnam (UTC+7).
    const at = new Date("2026-11-23T17:05:00Z");
    expect(formatVietnamDateTime("vi", at)).toBe("24/11/2026 00:05");
    expect(formatVietnamDateTime("en", at)).toBe("24 Nov 2026, 00:05");
  });
});
