import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartItems, carts, products } from "../../../db/schema";
import {
  makeProducer,
  makeProduct,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import {
  createTestDatabase,
  QueryCounter,
  type TestDatabase,
} from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import {
  addToCart,
  ensureCart,
  findCartId,
  getCart,
  mergeGuestCart,
  removeFromCart,
  setCartQuantity,
} from "./cart.server";

let t: TestDatabase;
const counter = new QueryCounter();
const today = todayInVietnam();

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
});
afterAll(async () => {
  await t.cleanup();
});

async function guestCart() {
  const { cartId, newGuestToken } = await ensureCart(t.db, { guestToken: null });
  if (!newGuestToken) throw new Error("a new guest cart must come with a token");
  return { cartId, token: newGuestToken };
}

describe("guest carts", () => {
  it("are found again by their token, which is stored only hashed", async () => {
    const { cartId, token } = await guestCart();
    expect(await findCartId(t.db, { guestToken: token })).toBe(cartId);
    expect(await findCartId(t.db, { guestToken: `${token}x` })).toBeNull();
    const [row] = await t.db.select().from(carts).where(eq(carts.id, cartId));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(token);
    expect(await ensureCart(t.db, { guestToken: token })).toEqual({ cartId, newGuestToken: null });
  });
});

describe("getCart", () => {
  it("groups lines by producer and flags what cannot be bought, with the reason", async () => {
    const a = await makeProducer(t.db, { name: "A Hợp tác xã Mật ong" });
    const b = await makeProducer(t.db, { name: "B Cơ sở Trà" });
    const honey = (
      await makeVisibleProduct(t.db, { producerId: a.id, priceVnd: 150_000, stock: 5 })
    ).product;
    const pollen = (
      await makeVisibleProduct(t.db, { producerId: a.id, priceVnd: 90_000, stock: 0 })
    ).product;
    const tea = (await makeVisibleProduct(t.db, { producerId: b.id, priceVnd: 60_000, stock: 2 }))
      .product;
    const hidden = (
      await makeVisibleProduct(t.db, { producerId: b.id, priceVnd: 10_000, stock: 9 })
    ).product;
    const { cartId } = await guestCart();
    expect(await addToCart(t.db, { cartId, productId: honey.id, quantity: 2, today })).toEqual({
      ok: true,
    });
    // Stock and visibility change after the products were added: the cart must notice.
    await t.db.update(products).set({ stock: 3 }).where(eq(products.id, pollen.id));
    await addToCart(t.db, { cartId, productId: pollen.id, quantity: 1, today });
    await t.db.update(products).set({ stock: 0 }).where(eq(products.id, pollen.id));
    await addToCart(t.db, { cartId, productId: tea.id, quantity: 3, today });
    await addToCart(t.db, { cartId, productId: hidden.id, quantity: 1, today });
    await t.db
      .update(products)
      .set({ listingStatus: "unlisted" })
      .where(eq(products.id, hidden.id));
    // A price change shows at once: the cart never keeps a price.
    await t.db.update(products).set({ priceVnd: 160_000 }).where(eq(products.id, honey.id));

    const cart = await getCart(t.db, cartId, today);
    expect(cart.groups.map((g) => g.producer.id)).toEqual([a.id, b.id]);
    const flags = cart.groups.map((g) => g.lines.map((l) => [l.productId, l.problem]));
    expect(flags).toEqual([
      [
        [honey.id, null],
        [pollen.id, "outOfStock"],
      ],
      [
        [tea.id, "insufficientStock"],
        [hidden.id, "unavailable"],
      ],
    ]);
    expect(cart.groups[0]?.lines[0]).toMatchObject({ priceVnd: 160_000, lineTotalVnd: 320_000 });
    expect(cart.groups[0]?.itemsTotalVnd).toBe(320_000);
    expect(cart.groups[1]?.itemsTotalVnd).toBe(0);
    expect(cart.itemsTotalVnd).toBe(320_000);
    expect(cart.itemCount).toBe(2);
    expect(cart.hasProblems).toBe(true);
  });

  it("is one query, however many lines and producers", async () => {
    const { cartId } = await guestCart();
    for (let i = 0; i < 4; i++) {
      const { product } = await makeVisibleProduct(t.db);
      await addToCart(t.db, { cartId, productId: product.id, quantity: 1, today });
    }
    counter.reset();
    const cart = await getCart(t.db, cartId, today);
    expect(cart.groups).toHaveLength(4);
    expect(counter.count).toBe(1);
  });
});

describe("changing a cart", () => {
  it("adds again by raising the quantity, capped at 99, and refuses hidden products and bad quantities", async () => {
    const { product } = await makeVisibleProduct(t.db, { stock: 500 });
    const unlisted = await makeProduct(t.db, { listingStatus: "unlisted" });
    const { cartId } = await guestCart();
    await addToCart(t.db, { cartId, productId: product.id, quantity: 60, today });
    await addToCart(t.db, { cartId, productId: product.id, quantity: 60, today });
    expect((await getCart(t.db, cartId, today)).groups[0]?.lines[0]?.quantity).toBe(99);
    expect(await addToCart(t.db, { cartId, productId: unlisted.id, quantity: 1, today })).toEqual({
      ok: false,
      error: "unavailable",
    });
    expect(await addToCart(t.db, { cartId, productId: product.id, quantity: 0, today })).toEqual({
      ok: false,
      error: "quantity",
    });
    expect(await setCartQuantity(t.db, { cartId, productId: product.id, quantity: 100 })).toEqual({
      ok: false,
      error: "quantity",
    });
    expect(await setCartQuantity(t.db, { cartId, productId: product.id, quantity: 4 })).toEqual({
      ok: true,
    });
    expect((await getCart(t.db, cartId, today)).groups[0]?.lines[0]?.quantity).toBe(4);
    await removeFromCart(t.db, { cartId, productId: product.id });
    expect((await getCart(t.db, cartId, today)).groups).toEqual([]);
  });

  it("cannot hold two lines for one product (the database refuses it)", async () => {
    const { product } = await makeVisibleProduct(t.db);
    const { cartId } = await guestCart();
    await t.db.insert(cartItems).values({ cartId, productId: product.id, quantity: 1 });
    await expect(
      t.db.insert(cartItems).values({ cartId, productId: product.id, quantity: 1 }),
    ).rejects.toThrow();
  });
});

describe("mergeGuestCart", () => {
  it("moves the guest's lines into the user's cart, adding quantities, and deletes the guest cart", async () => {
    const user = await makeUser(t.db);
    const shared = (await makeVisibleProduct(t.db, { stock: 500 })).product;
    const onlyGuest = (await makeVisibleProduct(t.db)).product;
    const onlyUser = (await makeVisibleProduct(t.db)).product;
    const { cartId: userCart } = await ensureCart(t.db, { userId: user.id });
    await addToCart(t.db, { cartId: userCart, productId: shared.id, quantity: 2, today });
    await addToCart(t.db, { cartId: userCart, productId: onlyUser.id, quantity: 1, today });
    const guest = await guestCart();
    await addToCart(t.db, { cartId: guest.cartId, productId: shared.id, quantity: 3, today });
    await addToCart(t.db, { cartId: guest.cartId, productId: onlyGuest.id, quantity: 5, today });

    await mergeGuestCart(t.db, guest.token, user.id);

    expect(await findCartId(t.db, { guestToken: guest.token })).toBeNull();
    const rows = await t.db
      .select({ productId: cartItems.productId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(eq(cartItems.cartId, userCart))
      .orderBy(cartItems.productId);
    expect(rows).toEqual(
      [
        { productId: shared.id, quantity: 5 },
        { productId: onlyGuest.id, quantity: 5 },
        { productId: onlyUser.id, quantity: 1 },
      ].sort((x, y) => x.productId - y.productId),
    );
  });

  it("creates the user's cart when there is none, and ignores a missing or unknown token", async () => {
    const user = await makeUser(t.db);
    const { product } = await makeVisibleProduct(t.db);
    await mergeGuestCart(t.db, null, user.id);
    await mergeGuestCart(t.db, "no-such-token", user.id);
    expect(await findCartId(t.db, { userId: user.id })).toBeNull();
    const guest = await guestCart();
    await addToCart(t.db, { cartId: guest.cartId, productId: product.id, quantity: 2, today });
    await mergeGuestCart(t.db, guest.token, user.id);
    const cartId = await findCartId(t.db, { userId: user.id });
    expect(cartId).not.toBeNull();
    const [count] = await t.db
      .select({ n: sql<number>`sum(${cartItems.quantity})::int` })
      .from(cartItems)
      .where(eq(cartItems.cartId, cartId ?? -1));
    expect(count?.n).toBe(2);
  });
});
