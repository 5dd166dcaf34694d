/**
 * Carts. A guest's cart is found by the sha-256 of an opaque token kept in a cookie; a
 * signed-in user has one cart, and a guest cart is merged into it at log-in. A cart stores
 * products and quantities only: prices, stock and visibility are read from the products
 * table every time the cart is shown, so the page can flag what can no longer be bought.
 */
import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { cartItems, carts, certificates, producers, products } from "../../../db/schema";
import { hashToken } from "../account/accounts.server";
import { CART_QUANTITY_MAX } from "../order/checkout-schema";
import { isAgeRestricted } from "../product/alcohol";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductFlag,
} from "../catalog/visibility.server";

export type CartOwner = { userId: number } | { guestToken: string };

/** Why a line cannot be bought as it stands; null when it can. */
export type CartLineProblem = "unavailable" | "outOfStock" | "insufficientStock";

export type CartLine = {
  productId: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  unitVi: string;
  unitEn: string | null;
  priceVnd: number;
  quantity: number;
  stock: number;
  /** One unit as packed for the carrier: the shipment's weight sums these. */
  packedWeightGrams: number;
  /** % ABV, null for no alcohol (decision 0027). */
  alcoholPercent: number | null;
  lineTotalVnd: number;
  problem: CartLineProblem | null;
};

export type CartGroup = {
  producer: {
    id: number;
    slug: string;
    name: string;
    provinceCode: string;
    /** The producer's free-shipping threshold in đồng; null: none. */
    freeShippingFromVnd: number | null;
  };
  lines: CartLine[];
  /** Sum over the lines that can be bought. */
  itemsTotalVnd: number;
};

export type Cart = {
  id: number;
  groups: CartGroup[];
  itemsTotalVnd: number;
  itemCount: number;
  /** True when some line must be changed before checkout. */
  hasProblems: boolean;
};

export function newCartToken(): string {
  return randomBytes(32).toString("base64url");
}

function ownerCondition(owner: CartOwner) {
  return "userId" in owner
    ? eq(carts.userId, owner.userId)
    : eq(carts.tokenHash, hashToken(owner.guestToken));
}

/** The owner's cart id, or null when there is none yet. */
export async function findCartId(db: Db, owner: CartOwner): Promise<number | null> {
  const [row] = await db.select({ id: carts.id }).from(carts).where(ownerCondition(owner));
  return row?.id ?? null;
}

/**
 * The owner's cart, created when missing. A guest without a token gets a new one: the
 * caller sets it as the cart cookie.
 */
export async function ensureCart(
  db: Db,
  owner: CartOwner | { guestToken: null },
): Promise<{ cartId: number; newGuestToken: string | null }> {
  if ("userId" in owner || owner.guestToken) {
    const known: CartOwner =
      "userId" in owner ? owner : { guestToken: owner.guestToken ?? newCartToken() };
    const values =
      "userId" in known ? { userId: known.userId } : { tokenHash: hashToken(known.guestToken) };
    // Insert-or-read in one statement; a racing second request reads the first one's row.
    await db.insert(carts).values(values).onConflictDoNothing();
    const id = await findCartId(db, known);
    if (id === null) throw new Error("cart vanished right after it was created");
    return { cartId: id, newGuestToken: null };
  }
  const token = newCartToken();
  const [row] = await db
    .insert(carts)
    .values({ tokenHash: hashToken(token) })
    .returning({ id: carts.id });
  if (!row) throw new Error("cart not inserted");
  return { cartId: row.id, newGuestToken: token };
}

export type CartChange = { ok: true } | { ok: false; error: "unavailable" | "quantity" };

async function productIsPublic(db: Db, productId: number, today: string): Promise<boolean> {
  const [row] = await db
    .select({ visible: publicProductFlag(today) })
    .from(products)
    .innerJoin(producers, producerJoin)
    .leftJoin(certificates, activeCertificateJoin)
    .where(eq(products.id, productId));
  return row?.visible === true;
}

function validQuantity(q: number): boolean {
  return Number.isInteger(q) && q >= 1 && q <= CART_QUANTITY_MAX;
}

/** Adds a visible product; adding again raises the quantity (capped at 99). */
export async function addToCart(
  db: Db,
  input: { cartId: number; productId: number; quantity: number; today: string },
): Promise<CartChange> {
  if (!validQuantity(input.quantity)) return { ok: false, error: "quantity" };
  if (!(await productIsPublic(db, input.productId, input.today)))
    return { ok: false, error: "unavailable" };
  await db
    .insert(cartItems)
    .values({ cartId: input.cartId, productId: input.productId, quantity: input.quantity })
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.productId],
      set: {
        quantity: sql`least(${CART_QUANTITY_MAX}, ${cartItems.quantity} + excluded.quantity)`,
      },
    });
  await touch(db, input.cartId);
  return { ok: true };
}

/** Sets a line's quantity; a line not in the cart is left alone. */
export async function setCartQuantity(
  db: Db,
  input: { cartId: number; productId: number; quantity: number },
): Promise<CartChange> {
  if (!validQuantity(input.quantity)) return { ok: false, error: "quantity" };
  await db
    .update(cartItems)
    .set({ quantity: input.quantity })
    .where(and(eq(cartItems.cartId, input.cartId), eq(cartItems.productId, input.productId)));
  await touch(db, input.cartId);
  return { ok: true };
}

export async function removeFromCart(
  db: Db,
  input: { cartId: number; productId: number },
): Promise<void> {
  await db
    .delete(cartItems)
    .where(and(eq(cartItems.cartId, input.cartId), eq(cartItems.productId, input.productId)));
  await touch(db, input.cartId);
}

async function touch(db: Db, cartId: number): Promise<void> {
  await db
    .update(carts)
    .set({ updatedAt: sql`now()` })
    .where(eq(carts.id, cartId));
}

function problemOf(visible: boolean, stock: number, quantity: number): CartLineProblem | null {
  if (!visible) return "unavailable";
  if (stock <= 0) return "outOfStock";
  if (stock < quantity) return "insufficientStock";
  return null;
}

/** The cart grouped by producer (by name), each line read against the products table. One query. */
export async function getCart(db: Db, cartId: number, today: string): Promise<Cart> {
  const rows = await db
    .select({
      productId: products.id,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      unitVi: products.unitVi,
      unitEn: products.unitEn,
      priceVnd: products.priceVnd,
      stock: products.stock,
      packedWeightGrams: products.packedWeightGrams,
      alcoholPercent: products.alcoholPercent,
      quantity: cartItems.quantity,
      visible: publicProductFlag(today),
      producerId: producers.id,
      producerSlug: producers.slug,
      producerName: producers.name,
      producerProvince: producers.provinceCode,
      producerFreeShippingFrom: producers.freeShippingFromVnd,
    })
    .from(cartItems)
    .innerJoin(products, eq(products.id, cartItems.productId))
    .innerJoin(producers, producerJoin)
    .leftJoin(certificates, activeCertificateJoin)
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(producers.name), asc(producers.id), asc(cartItems.createdAt), asc(products.id));

  const groups = new Map<number, CartGroup>();
  let itemsTotalVnd = 0;
  let itemCount = 0;
  let hasProblems = false;
  for (const r of rows) {
    let group = groups.get(r.producerId);
    if (!group) {
      group = {
        producer: {
          id: r.producerId,
          slug: r.producerSlug,
          name: r.producerName,
          provinceCode: r.producerProvince,
          freeShippingFromVnd: r.producerFreeShippingFrom,
        },
        lines: [],
        itemsTotalVnd: 0,
      };
      groups.set(r.producerId, group);
    }
    const problem = problemOf(r.visible, r.stock, r.quantity);
    const lineTotalVnd = r.priceVnd * r.quantity;
    group.lines.push({
      productId: r.productId,
      slug: r.slug,
      nameVi: r.nameVi,
      nameEn: r.nameEn,
      unitVi: r.unitVi,
      unitEn: r.unitEn,
      priceVnd: r.priceVnd,
      quantity: r.quantity,
      stock: r.stock,
      packedWeightGrams: r.packedWeightGrams,
      alcoholPercent: r.alcoholPercent,
      lineTotalVnd,
      problem,
    });
    if (problem) {
      hasProblems = true;
    } else {
      group.itemsTotalVnd += lineTotalVnd;
      itemsTotalVnd += lineTotalVnd;
      itemCount += r.quantity;
    }
  }
  return { id: cartId, groups: [...groups.values()], itemsTotalVnd, itemCount, hasProblems };
}

/**
 * Locks the cart row, as placing an order does first: a command that touches a cart and
 * products takes the cart before the products, so two of them never wait on each other.
 * False when the cart is gone.
 */
export async function lockCart(db: Db, cartId: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from carts where id = ${cartId} for update`,
  );
  return rows.length > 0;
}

/**
 * Puts lines back in a cart as they were ordered (adding to a line already there, capped at
 * 99), without the checks of addToCart: they were bought a moment ago, and the cart page
 * flags whatever can no longer be bought. Meant to run inside the caller's transaction.
 */
export async function putBackInCart(
  db: Db,
  cartId: number,
  lines: readonly { productId: number; quantity: number }[],
): Promise<void> {
  if (lines.length === 0) return;
  await db
    .insert(cartItems)
    .values(lines.map((l) => ({ cartId, productId: l.productId, quantity: l.quantity })))
    .onConflictDoUpdate({
      target: [cartItems.cartId, cartItems.productId],
      set: {
        quantity: sql`least(${CART_QUANTITY_MAX}, ${cartItems.quantity} + excluded.quantity)`,
      },
    });
  await touch(db, cartId);
}

/**
 * Moves a guest's cart into the user's at log-in: quantities of a product in both are added
 * (capped at 99), and the guest cart is deleted. Without a guest cart nothing happens.
 */
export async function mergeGuestCart(
  db: Db,
  guestToken: string | null | undefined,
  userId: number,
): Promise<void> {
  if (!guestToken) return;
  const guestId = await findCartId(db, { guestToken });
  if (guestId === null) return;
  await db.transaction(async (tx) => {
    const { cartId } = await ensureCart(tx, { userId });
    if (cartId === guestId) return;
    await queryRows(
      tx,
      sql`insert into cart_items (cart_id, product_id, quantity, created_at)
          select ${cartId}, product_id, quantity, created_at from cart_items where cart_id = ${guestId}
          on conflict (cart_id, product_id)
          do update set quantity = least(${CART_QUANTITY_MAX}, cart_items.quantity + excluded.quantity)`,
    );
    await tx.delete(carts).where(eq(carts.id, guestId));
    await touch(tx, cartId);
  });
}

/** The cart holds a drink of 15% alcohol or more: the checkout asks for the buyer's age. */
export function cartNeedsAgeCheck(cart: Cart): boolean {
  return cart.groups.some((g) => g.lines.some((l) => isAgeRestricted(l.alcoholPercent)));
}
