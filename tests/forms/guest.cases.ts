/** Bad input on Find my order (/orders/lookup, decision 0025). */
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { todayInVietnam } from "../../app/lib/dates";
import { ensurePlace, makeVisibleProduct } from "../support/factories";
import { formCase } from "./form-case";

export const cases = [
  formCase({
    route: "orders.lookup.tsx",
    async setup(db) {
      await ensurePlace(db);
      const { product } = await makeVisibleProduct(db, { stock: 5 });
      const { cartId } = await ensureCart(db, { guestToken: null });
      await addToCart(db, { cartId, productId: product.id, quantity: 1, today: todayInVietnam() });
      const placed = await placeOrder(db, {
        cartId,
        payment: "cod",
        buyer: {
          name: "Khách Không Email",
          phone: "0912345678",
          email: null,
          provinceCode: "01",
          communeCode: "00004",
          street: "Số 3 ngõ Tra Cứu",
        },
      });
      if (!placed.ok) throw new Error(placed.error);
      return { number: placed.number };
    },
    path: () => "/orders/lookup",
    valid: (s) => ({ phone: "0912345678", number: s.number }),
    bad: [
      {
        name: "a phone of nine digits",
        change: { phone: "091234567" },
        expect: { status: 400, fields: { phone: "orders.error.phoneInvalid" } },
      },
      {
        name: "an order number of another shape",
        change: { number: "OC-123" },
        expect: { status: 400, fields: { number: "orders.lookup.error.number" } },
      },
      {
        name: "an order number with a letter we never use (O)",
        change: { number: "OC-7K3-9F2O" },
        expect: { status: 400, fields: { number: "orders.lookup.error.number" } },
      },
      {
        name: "nothing at all",
        form: () => ({}),
        expect: {
          status: 400,
          fields: { phone: "orders.error.phoneInvalid", number: "orders.lookup.error.number" },
        },
      },
      {
        name: "a phone that is not the order's",
        change: { phone: "0987000111" },
        expect: {
          status: 404,
          bare: "a well-formed pair that matches no order: the same answer as an unknown number, naming no field (which half was wrong is not told)",
        },
        mayWrite: { order_lookup_failures: "a wrong pair is counted for the look-up's limits" },
      },
    ],
  }),
];
