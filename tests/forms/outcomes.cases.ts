/**
 * Bad input in the delivery outcomes (issue 11, point 7): the producer's "delivery failed"
 * (a reason from the list) and "returned" (the restock choice), another carrier without its
 * name, and the buyer's "I received it" for a shipment that is not theirs. Nothing written.
 */
import { eq } from "drizzle-orm";
import { commitSession } from "../../app/web/auth.server";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder, transitionOrderPart } from "../../app/domain/order/orders.server";
import { todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import { orderParts } from "../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { formCase } from "./form-case";

const hidden = (name: string) =>
  `${name} is a hidden field of our pages: only a crafted request changes it`;

const BUYER = {
  name: "Lê Thị Hoa",
  phone: "0912345678",
  email: "hoa@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 5 phố Huế",
};

/** A producer member with one shipped order part (GHN), and the buyer's private key. */
async function shippedPart(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const producer = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  const { user, token } = await makeSignedInUser(db, {
    role: "producer_member",
    producerId: producer.id,
  });
  const { product } = await makeVisibleProduct(db, { producerId: producer.id, stock: 20 });
  const place = async () => {
    const { cartId } = await ensureCart(db, { guestToken: null });
    await addToCart(db, { cartId, productId: product.id, quantity: 1, today: todayInVietnam() });
    const placed = await placeOrder(db, { cartId, payment: "cod", buyer: BUYER });
    if (!placed.ok) throw new Error(placed.error);
    const [part] = await db
      .select({ id: orderParts.id })
      .from(orderParts)
      .where(eq(orderParts.orderId, placed.orderId));
    if (!part) throw new Error("no part");
    return { ...placed, partId: part.id };
  };
  const mine = await place();
  const theirs = await place();
  const actor = { kind: "producer", userId: user.id, producerId: producer.id } as const;
  for (const partId of [mine.partId, theirs.partId]) {
    await transitionOrderPart(db, { partId, to: "confirmed", actor });
    await transitionOrderPart(db, {
      partId,
      to: "shipped",
      actor,
      details: { carrier: "ghn", trackingNumber: "GAK78X9" },
    });
  }
  return { cookie: (await commitSession(token)).split(";")[0] ?? "", mine, theirs };
}

type Shipped = Awaited<ReturnType<typeof shippedPart>>;

export const cases = [
  formCase<Shipped>({
    route: "producer.orders.$id.tsx",
    about: "of a shipped part (delivery outcomes)",
    setup: shippedPart,
    path: (s) => `/producer/orders/${s.mine.partId}`,
    params: (s) => ({ id: String(s.mine.partId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "fail", failureReason: "refused" }),
    bad: [
      {
        name: "a failed delivery without a reason",
        change: { failureReason: null },
        expect: { status: 400, fields: { failureReason: "pws.error.failureReasonRequired" } },
      },
      {
        name: "a failure reason not in the list",
        change: { failureReason: "mưa bão" },
        expect: { status: 400, fields: { failureReason: "pws.error.failureReasonRequired" } },
      },
      {
        name: "a return without the restock choice",
        form: () => ({ intent: "return" }),
        expect: { status: 400, fields: { restock: "pws.error.restockRequired" } },
      },
      {
        name: "a restock answer that is neither yes nor no",
        form: () => ({ intent: "return", restock: "true" }),
        expect: { status: 400, fields: { restock: "pws.error.restockRequired" } },
      },
      {
        name: "a return of a part whose delivery has not failed",
        form: () => ({ intent: "return", restock: "yes" }),
        expect: { status: 409, fields: {}, formError: "pws.orderError.transitionNotAllowed" },
      },
      {
        name: "shipping again, with another carrier and no name",
        form: () => ({ intent: "ship", carrier: "other", trackingNumber: "AHA12345" }),
        expect: { status: 400, fields: { carrierName: "pws.error.carrierNameRequired" } },
      },
    ],
  }),
  formCase<Shipped>({
    route: "orders.$number.tsx",
    about: "confirming receipt",
    setup: shippedPart,
    path: (s) => `/orders/${s.mine.number}`,
    params: (s) => ({ number: s.mine.number }),
    valid: (s) => ({ intent: "received", partId: String(s.mine.partId), key: s.mine.accessKey }),
    bad: [
      {
        name: "another buyer's shipped part",
        form: (s) => ({
          intent: "received",
          partId: String(s.theirs.partId),
          key: s.mine.accessKey,
        }),
        expect: { status: 404, bare: "another buyer's shipment is answered as missing" },
      },
      {
        name: "the right part with a wrong key",
        change: { key: "khong-dung" },
        expect: {
          status: 404,
          bare: "without the order's key the shipment is answered as missing",
        },
      },
      {
        name: "an intent our page never sends",
        change: { intent: "refund" },
        expect: { status: 400, bare: hidden("intent") },
      },
    ],
  }),
];
