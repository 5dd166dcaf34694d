/**
 * The cart, checkout and order pages' loaders and actions on a test database: a guest adds
 * from two producers, chooses a province (the no-JavaScript step), orders, and opens the order
 * with its private link; log-in merges the guest cart; cross-site posts are refused.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as cartAction, loader as cartLoader } from "../../app/routes/cart";
import { action as checkoutAction } from "../../app/routes/checkout";
import { action as loginAction } from "../../app/routes/login";
import { action as orderAction, loader as orderLoader } from "../../app/routes/orders.$number";
import type { Cart } from "../../app/domain/cart/cart.server";
import { findCartId } from "../../app/domain/cart/cart.server";
import { cartItems, orderParts, orders, products } from "../../db/schema";
import { loader as checkoutLoader } from "../../app/routes/checkout";
import type { CheckoutQuote, ShipmentEstimate } from "../../app/domain/order/quote.server";
import { rateTableOn, tableFee } from "../../app/domain/order/shipping";
import { todayInVietnam } from "../../app/lib/dates";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
  TEST_PASSWORD,
} from "../support/factories";
import { formatVnd } from "../../app/i18n";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  dataOf,
  get,
  ORIGIN,
  post as postRequest,
  settle,
  statusOf,
} from "../support/route-call";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  await ensurePlace(t.db, {
    provinceCode: "15",
    communeCode: "04000",
    provinceName: "Tỉnh Lào Cai",
    communeName: "Xã Bát Xát",
  });
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

const post = (path: string, fields: Record<string, string>, cookie?: string, origin = ORIGIN) =>
  postRequest(path, fields, { cookie, origin });

describe("guest checkout through the pages", () => {
  it("adds from two producers, orders with COD, and shows one order with two shipments", async () => {
    const hanoi = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const laocai = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const a = (
      await makeVisibleProduct(t.db, { producerId: hanoi.id, priceVnd: 100_000, stock: 5 })
    ).product;
    const b = (
      await makeVisibleProduct(t.db, { producerId: laocai.id, priceVnd: 50_000, stock: 5 })
    ).product;

    const first = await settle(() =>
      cartAction(args(post("/cart", { intent: "add", productId: String(a.id), quantity: "2" }))),
    );
    expect(statusOf(first)).toBe(303);
    const setCookie = first instanceof Response ? first.headers.get("Set-Cookie") : null;
    expect(setCookie).toMatch(/^ocop_cart=.+HttpOnly/i);
    const cookie = (setCookie ?? "").split(";")[0] ?? "";

    const second = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(b.id), quantity: "1" }, cookie)),
      ),
    );
    // The same cart: no new cookie.
    expect(second instanceof Response && second.headers.get("Set-Cookie")).toBeNull();

    const page = dataOf<{ cart: Cart }>(await cartLoader(args(get("/cart", cookie))));
    expect(page.cart.groups.map((g) => g.producer.id).sort()).toEqual([hanoi.id, laocai.id].sort());
    expect(page.cart.itemsTotalVnd).toBe(250_000);

    const buyer = {
      name: "Nguyễn Thị Lan",
      phone: "+84 912 345 678",
      email: "lan@example.com",
      provinceCode: "01",
      communeCode: "",
      street: "Số 12 ngõ 34 Đội Cấn",
      payment: "cod",
      privacyConsent: "yes",
    };
    // Step one without JavaScript: choosing the province brings its communes, keeps the form.
    const step = await checkoutAction(
      args(post("/checkout", { ...buyer, intent: "province" }, cookie)),
    );
    const stepData = dataOf<{
      communes: { code: string }[];
      values: Record<string, string>;
      quote: CheckoutQuote;
    }>(step);
    expect(stepData.communes.map((c) => c.code)).toEqual(["00004"]);
    expect(stepData.values.name).toBe("Nguyễn Thị Lan");
    // The same step shows the totals: per parcel its fee and estimate, and the grand total.
    const table = rateTableOn(todayInVietnam());
    const fees = [tableFee(table, 1_000, "sameProvince"), tableFee(table, 500, "sameRegion")];
    expect(
      stepData.quote.shipments.map((s) => [s.producer.id, s.feeVnd, s.estimateDays.min]).sort(),
    ).toEqual(
      [
        [hanoi.id, fees[0], table.estimateDays.sameProvince.min],
        [laocai.id, fees[1], table.estimateDays.sameRegion.min],
      ].sort(),
    );
    expect(stepData.quote.totalVnd).toBe(250_000 + fees[0]! + fees[1]!);

    // A tampered price field changes nothing: the server never reads one.
    const placed = await settle(() =>
      checkoutAction(
        args(
          post(
            "/checkout",
            {
              ...buyer,
              communeCode: "00004",
              intent: "place",
              totalVnd: "1",
              quotedTotalVnd: String(stepData.quote.totalVnd),
            },
            cookie,
          ),
        ),
      ),
    );
    expect(statusOf(placed)).toBe(303);
    const location = placed instanceof Response ? (placed.headers.get("Location") ?? "") : "";
    const m = /^\/orders\/(OC-[A-Z0-9]{3}-[A-Z0-9]{4})\?(.+)$/.exec(location);
    if (!m?.[1] || !m[2]) throw new Error(`unexpected redirect ${location}`);
    const number = m[1];
    const key = new URLSearchParams(m[2]).get("key") ?? "";

    const view = dataOf<{ order: { totalVnd: number; parts: unknown[]; buyerPhone: string } }>(
      await orderLoader(args(get(`/orders/${number}?key=${key}&placed=1`), { number })),
    );
    // Exactly the total the step showed.
    expect(view.order.totalVnd).toBe(stepData.quote.totalVnd);
    expect(view.order.parts).toHaveLength(2);
    expect(view.order.buyerPhone).toBe("0912345678");

    const withoutKey = await settle(() => orderLoader(args(get(`/orders/${number}`), { number })));
    expect(statusOf(withoutKey)).toBe(404);
    const wrongKey = await settle(() =>
      orderLoader(args(get(`/orders/${number}?key=nope`), { number })),
    );
    expect(statusOf(wrongKey)).toBe(404);

    // The guest cancels one parcel with the private key: its stock comes back.
    const [part] = await t.db.select().from(orderParts).where(eq(orderParts.producerId, laocai.id));
    const cancelled = await settle(() =>
      orderAction(
        args(post(`/orders/${number}`, { intent: "cancel", partId: String(part?.id), key }), {
          number,
        }),
      ),
    );
    expect(statusOf(cancelled)).toBe(303);
    const [row] = await t.db
      .select({ stock: products.stock })
      .from(products)
      .where(eq(products.id, b.id));
    expect(row?.stock).toBe(5);
  });

  it("shows the reason when the order is refused, and keeps the form", async () => {
    const { product } = await makeVisibleProduct(t.db, { nameVi: "Mắm tôm chua", stock: 1 });
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "1" })),
      ),
    );
    const cookie =
      ((added instanceof Response && added.headers.get("Set-Cookie")) || "").split(";")[0] ?? "";
    await t.db.update(products).set({ stock: 0 }).where(eq(products.id, product.id));
    const out = await checkoutAction(
      args(
        post(
          "/checkout",
          {
            name: "Lan",
            phone: "0912345678",
            email: "lan@example.com",
            provinceCode: "01",
            communeCode: "00004",
            street: "Số 12 Đội Cấn",
            payment: "cod",
            privacyConsent: "yes",
            intent: "place",
          },
          cookie,
        ),
      ),
    );
    expect(statusOf(out)).toBe(409);
    const body = dataOf<{ formError: { key: string; params: Record<string, unknown> } }>(out);
    expect(body.formError).toEqual({
      key: "orders.error.outOfStock",
      params: { product: "Mắm tôm chua", available: 0 },
    });
  });

  it("places the order only at the total shown: none shown or a changed price is refused with the new total", async () => {
    const producer = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      priceVnd: 90_000,
      stock: 5,
      packedWeightGrams: 1_500,
    });
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "2" })),
      ),
    );
    const cookie =
      ((added instanceof Response && added.headers.get("Set-Cookie")) || "").split(";")[0] ?? "";
    const form = {
      name: "Lan",
      phone: "0912345678",
      email: "lan@example.com",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 12 Đội Cấn",
      payment: "cod",
      privacyConsent: "yes",
    };
    const orderCount = async () => (await t.db.select({ id: orders.id }).from(orders)).length;
    const before = await orderCount();
    const table = rateTableOn(todayInVietnam());
    const fee = tableFee(table, 3_000, "sameRegion");

    // Enter pressed before any total was shown: refused, and the totals are shown now.
    const unseen = await checkoutAction(
      args(post("/checkout", { ...form, intent: "place" }, cookie)),
    );
    expect(statusOf(unseen)).toBe(409);
    const unseenBody = dataOf<{
      formError: { key: string; params: { total: string } };
      quote: CheckoutQuote;
    }>(unseen);
    expect(unseenBody.formError.key).toBe("shipping.error.totalNotShown");
    expect(unseenBody.quote.totalVnd).toBe(180_000 + fee);
    expect(unseenBody.formError.params.total).toBe(formatVnd("vi", 180_000 + fee));

    // The producer raises the price between the quote and the order.
    await t.db.update(products).set({ priceVnd: 95_000 }).where(eq(products.id, product.id));
    const changed = await checkoutAction(
      args(
        post(
          "/checkout",
          { ...form, intent: "place", quotedTotalVnd: String(180_000 + fee) },
          cookie,
        ),
      ),
    );
    expect(statusOf(changed)).toBe(409);
    const changedBody = dataOf<{
      formError: { key: string; params: { total: string } };
      quote: CheckoutQuote;
    }>(changed);
    expect(changedBody.formError).toEqual({
      key: "shipping.error.totalChanged",
      params: { total: formatVnd("vi", 190_000 + fee) },
    });
    expect(changedBody.quote.totalVnd).toBe(190_000 + fee);
    expect(await orderCount()).toBe(before);
    expect((await t.db.select().from(products).where(eq(products.id, product.id)))[0]?.stock).toBe(
      5,
    );

    // At the new total it goes through.
    const placed = await settle(() =>
      checkoutAction(
        args(
          post(
            "/checkout",
            { ...form, intent: "place", quotedTotalVnd: String(190_000 + fee) },
            cookie,
          ),
        ),
      ),
    );
    expect(statusOf(placed)).toBe(303);
    expect(await orderCount()).toBe(before + 1);
  });

  it("remembers the province chosen at checkout for the checkout, cart and product pages", async () => {
    const producer = await makeProducer(t.db, { provinceCode: "15", communeCode: "04000" });
    const { product } = await makeVisibleProduct(t.db, { producerId: producer.id, stock: 5 });
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "1" })),
      ),
    );
    const cartCookie =
      ((added instanceof Response && added.headers.get("Set-Cookie")) || "").split(";")[0] ?? "";
    // Before any choice, the cart estimates to the producer's own province.
    const first = dataOf<{ shipping: Record<number, ShipmentEstimate> }>(
      await cartLoader(args(get("/cart", cartCookie))),
    );
    expect(first.shipping[producer.id]?.provinceCode).toBe("15");

    const step = await checkoutAction(
      args(post("/checkout", { provinceCode: "01", intent: "province" }, cartCookie)),
    );
    const setCookie = (step as unknown as { init?: { headers?: Record<string, string> } }).init
      ?.headers?.["Set-Cookie"];
    expect(setCookie).toMatch(/^ocop_ship_to=/);
    const both = `${cartCookie}; ${(setCookie ?? "").split(";")[0]}`;

    const cart = dataOf<{ shipping: Record<number, ShipmentEstimate> }>(
      await cartLoader(args(get("/cart", both))),
    );
    expect(cart.shipping[producer.id]?.provinceCode).toBe("01");
    const page = dataOf<{ start: { values: Record<string, string>; quote: CheckoutQuote } }>(
      await checkoutLoader(args(get("/checkout", both))),
    );
    expect(page.start.values.provinceCode).toBe("01");
    expect(page.start.quote.shipments[0]?.zone).toBe("sameRegion");
  });

  it("refuses a cross-site post to the cart", async () => {
    const { product } = await makeVisibleProduct(t.db);
    const out = await settle(() =>
      cartAction(
        args(
          post(
            "/cart",
            { intent: "add", productId: String(product.id), quantity: "1" },
            undefined,
            "https://evil.example",
          ),
        ),
      ),
    );
    expect(statusOf(out)).toBe(403);
  });
});

describe("log-in", () => {
  it("merges the guest cart into the user's", async () => {
    const user = await makeUser(t.db);
    const { product } = await makeVisibleProduct(t.db);
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "3" })),
      ),
    );
    const cookie =
      ((added instanceof Response && added.headers.get("Set-Cookie")) || "").split(";")[0] ?? "";
    const out = await settle(() =>
      loginAction(args(post("/login", { email: user.email, password: TEST_PASSWORD }, cookie))),
    );
    expect(statusOf(out)).toBe(303);
    const userCart = await findCartId(t.db, { userId: user.id });
    const lines = await t.db
      .select({ productId: cartItems.productId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(eq(cartItems.cartId, userCart ?? -1));
    expect(lines).toEqual([{ productId: product.id, quantity: 3 }]);
    // The guest cart is gone: the cookie now finds nothing.
    const page = dataOf<{ cart: Cart | null }>(await cartLoader(args(get("/cart", cookie))));
    expect(page.cart).toBeNull();
  });
});
