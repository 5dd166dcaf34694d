import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensurePlace, makeUser, makeVisibleProduct } from "../../../tests/support/factories";
import {
  createTestDatabase,
  QueryCounter,
  type TestDatabase,
} from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart } from "../cart/cart.server";
import { listOrdersForUser } from "./history.server";
import { placeOrder } from "./orders.server";

const counter = new QueryCounter();
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  await t.cleanup();
});

async function orderFor(userId: number, productIds: number[]) {
  const { cartId } = await ensureCart(t.db, { userId });
  for (const productId of productIds) {
    const r = await addToCart(t.db, { cartId, productId, quantity: 1, today: todayInVietnam() });
    if (!r.ok) throw new Error(r.error);
  }
  const placed = await placeOrder(t.db, {
    cartId,
    userId,
    payment: "cod",
    buyer: {
      name: "Trần Văn Minh",
      phone: "0987654321",
      email: "minh@example.com",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 5 phố Huế",
    },
  });
  if (!placed.ok) throw new Error(placed.error);
  return placed;
}

describe("order history", () => {
  it("lists only the buyer's own orders, newest first, with one status per shipment", async () => {
    const buyer = await makeUser(t.db);
    const other = await makeUser(t.db);
    const a = (await makeVisibleProduct(t.db)).product;
    const b = (await makeVisibleProduct(t.db)).product;
    const first = await orderFor(buyer.id, [a.id]);
    const second = await orderFor(buyer.id, [a.id, b.id]);
    await orderFor(other.id, [b.id]);

    counter.reset();
    const list = await listOrdersForUser(t.db, buyer.id);
    expect(counter.count).toBe(2);
    expect(list.map((o) => o.number)).toEqual([second.number, first.number]);
    expect(list[0]?.parts).toEqual(["placed", "placed"]);
    expect(list[1]?.parts).toEqual(["placed"]);
    expect(await listOrdersForUser(t.db, (await makeUser(t.db)).id)).toEqual([]);
  });
});
