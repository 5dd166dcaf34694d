/**
 * Bad input in the producer workspace: the listing form (each field), photo uploads (files
 * that are not photos, no file), the order part's moves (shipping details, a cancel reason,
 * a move the part's state or an unpaid card order refuses). Nothing may be written.
 */
import { eq } from "drizzle-orm";
import { commitSession } from "../../app/web/auth.server";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
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

const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
const hidden = (name: string) =>
  `${name} is a hidden field of our pages: only a crafted request changes it`;

async function member(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const producer = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  const { token } = await makeSignedInUser(db, {
    role: "producer_member",
    producerId: producer.id,
  });
  const { product } = await makeVisibleProduct(db, { producerId: producer.id, stock: 20 });
  return { cookie: cookieOf(await commitSession(token)), productId: product.id };
}

async function memberWithOrder(db: Db, payment: "cod" | "card") {
  const m = await member(db);
  const { cartId } = await ensureCart(db, { guestToken: null });
  const added = await addToCart(db, {
    cartId,
    productId: m.productId,
    quantity: 1,
    today: todayInVietnam(),
  });
  if (!added.ok) throw new Error(added.error);
  const placed = await placeOrder(db, {
    cartId,
    payment,
    buyer: {
      name: "Lê Thị Hoa",
      phone: "0912345678",
      email: "hoa@example.com",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 5 phố Huế",
    },
  });
  if (!placed.ok) throw new Error(placed.error);
  const [part] = await db
    .select({ id: orderParts.id })
    .from(orderParts)
    .where(eq(orderParts.orderId, placed.orderId));
  if (!part) throw new Error("no part");
  return { ...m, partId: part.id };
}

/** A multipart upload as the photo form sends it. */
function upload(
  fields: Record<string, string>,
  file: { name: string; type: string; body: string },
) {
  const boundary = "----ocop-producer-walker";
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.type}\r\n\r\n${file.body}\r\n`,
  );
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    headers: {
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
      Origin: "http://localhost",
    },
  };
}

const listing = {
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

type Member = Awaited<ReturnType<typeof member>>;

const FREE_SHIPPING = { freeShippingFromVnd: "pws.error.freeShippingRange" } as const;
type WithOrder = Awaited<ReturnType<typeof memberWithOrder>>;

export const cases = [
  formCase<Member>({
    route: "producer.products.$id.tsx",
    setup: member,
    path: (s) => `/producer/products/${s.productId}`,
    params: (s) => ({ id: String(s.productId) }),
    cookie: (s) => s.cookie,
    valid: () => listing,
    bad: [
      {
        name: "a price with a fraction",
        change: { priceVnd: "12,5" },
        expect: { status: 400, fields: { priceVnd: "pws.error.priceWhole" } },
      },
      {
        name: "a price under 1.000 đồng",
        change: { priceVnd: "999" },
        expect: { status: 400, fields: { priceVnd: "pws.error.priceRange" } },
      },
      {
        name: "a price over 100.000.000 đồng",
        change: { priceVnd: "100.000.001" },
        expect: { status: 400, fields: { priceVnd: "pws.error.priceRange" } },
      },
      {
        name: "no price",
        change: { priceVnd: null },
        expect: { status: 400, fields: { priceVnd: "pws.error.priceWhole" } },
      },
      {
        name: "a negative stock",
        change: { stock: "-1" },
        expect: { status: 400, fields: { stock: "pws.error.stockRange" } },
      },
      {
        name: "a stock over 100.000",
        change: { stock: "100001" },
        expect: { status: 400, fields: { stock: "pws.error.stockRange" } },
      },
      {
        name: "a stock in words",
        change: { stock: "nhiều" },
        expect: { status: 400, fields: { stock: "pws.error.stockWhole" } },
      },
      {
        name: "a packed weight of 0 g",
        change: { packedWeightGrams: "0" },
        expect: { status: 400, fields: { packedWeightGrams: "pws.error.weightRange" } },
      },
      {
        name: "a packed weight over 50 kg",
        change: { packedWeightGrams: "50001" },
        expect: { status: 400, fields: { packedWeightGrams: "pws.error.weightRange" } },
      },
      {
        name: "a packed weight in kilograms with a decimal",
        change: { packedWeightGrams: "0,7" },
        expect: { status: 400, fields: { packedWeightGrams: "pws.error.weightWhole" } },
      },
      {
        name: "no Vietnamese unit",
        change: { unitVi: "  " },
        expect: { status: 400, fields: { unitVi: "pws.error.unitViRequired" } },
      },
      {
        name: "a Vietnamese unit of 61 characters",
        change: { unitVi: "x".repeat(61) },
        expect: { status: 400, fields: { unitVi: "pws.error.unitTooLong" } },
      },
      {
        name: "an English unit of 61 characters",
        change: { unitEn: "x".repeat(61) },
        expect: { status: 400, fields: { unitEn: "pws.error.unitTooLong" } },
      },
      {
        name: "no Vietnamese description",
        change: { descriptionVi: "" },
        expect: { status: 400, fields: { descriptionVi: "pws.error.descriptionViRequired" } },
      },
      {
        name: "a Vietnamese description of 5.001 characters",
        change: { descriptionVi: "a".repeat(5001) },
        expect: { status: 400, fields: { descriptionVi: "pws.error.descriptionTooLong" } },
      },
      {
        name: "an English description of 5.001 characters",
        change: { descriptionEn: "a".repeat(5001) },
        expect: { status: 400, fields: { descriptionEn: "pws.error.descriptionTooLong" } },
      },
      {
        name: "an unknown listing status",
        change: { listingStatus: "deleted" },
        expect: { status: 400, fields: { listingStatus: "pws.error.listingStatus" } },
      },
      {
        name: "an unknown intent",
        change: { intent: "publish" },
        expect: { status: 400, bare: hidden("intent") },
      },
      {
        name: "removing a photo the product does not have",
        form: () => ({ intent: "remove", src: "/media/products/1/none-1200.webp" }),
        expect: { status: 422, bare: hidden("src") },
      },
      {
        name: "choosing as main a photo the product does not have",
        form: () => ({ intent: "first", src: "/media/products/1/none-1200.webp" }),
        expect: { status: 422, bare: hidden("src") },
      },
      {
        name: "a text file named like a photo",
        raw: () =>
          upload({ intent: "upload" }, { name: "anh.jpg", type: "image/jpeg", body: "xin chào" }),
        expect: { status: 422, fields: { photo: "pws.photo.error.unsupportedType" } },
      },
      {
        name: "no file chosen",
        raw: () =>
          upload({ intent: "upload" }, { name: "", type: "application/octet-stream", body: "" }),
        expect: { status: 422, fields: { photo: "pws.photo.error.missing" } },
      },
      {
        name: "an upload without the upload intent",
        raw: () => upload({ intent: "save" }, { name: "anh.png", type: "image/png", body: "x" }),
        expect: { status: 400, bare: hidden("intent") },
      },
    ],
  }),
  formCase<WithOrder>({
    route: "producer.orders.$id.tsx",
    setup: (db) => memberWithOrder(db, "cod"),
    path: (s) => `/producer/orders/${s.partId}`,
    params: (s) => ({ id: String(s.partId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "ship", carrier: "viettelpost", trackingNumber: "VTP123456789" }),
    bad: [
      {
        name: "shipping without a carrier",
        change: { carrier: "" },
        expect: { status: 400, fields: { carrier: "pws.error.carrierRequired" } },
      },
      {
        name: "another carrier's name of 61 characters",
        change: { carrier: "other", carrierName: "x".repeat(61) },
        expect: { status: 400, fields: { carrierName: "pws.error.carrierTooLong" } },
      },
      {
        name: "a carrier not in the list",
        change: { carrier: "Viettel Post" },
        expect: { status: 400, fields: { carrier: "pws.error.carrierRequired" } },
      },
      {
        name: "shipping without a tracking number",
        change: { trackingNumber: null },
        expect: { status: 400, fields: { trackingNumber: "pws.error.trackingRequired" } },
      },
      {
        name: "a tracking number that is a formula",
        change: { trackingNumber: "=HYPERLINK(1)" },
        expect: { status: 400, fields: { trackingNumber: "pws.error.trackingInvalid" } },
      },
      {
        name: "shipping a part not yet confirmed",
        // The part is "placed": the transition table refuses the move, with a message.
        expect: {
          status: 409,
          fields: {},
          formError: "pws.orderError.transitionNotAllowed",
        },
        form: () => ({ intent: "ship", carrier: "viettelpost", trackingNumber: "VTP123456789" }),
      },
      {
        name: "cancelling without a reason",
        form: () => ({ intent: "cancel", reason: "" }),
        expect: { status: 400, fields: { reason: "pws.error.reasonRequired" } },
      },
      {
        name: "a reason of 501 characters",
        form: () => ({ intent: "cancel", reason: "x".repeat(501) }),
        expect: { status: 400, fields: { reason: "pws.error.reasonTooLong" } },
      },
      {
        name: "marking a placed part delivered",
        form: () => ({ intent: "deliver" }),
        expect: { status: 409, fields: {}, formError: "pws.orderError.transitionNotAllowed" },
      },
      {
        name: "an unknown intent",
        form: () => ({ intent: "refund" }),
        expect: { status: 400, bare: hidden("intent") },
      },
    ],
  }),
  formCase<Member>({
    route: "producer.shipping.tsx",
    setup: member,
    path: () => "/producer/shipping",
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "save", freeShippingFromVnd: "500.000" }),
    bad: [
      {
        name: "a threshold under 1.000 đồng",
        change: { freeShippingFromVnd: "999" },
        expect: { status: 400, fields: FREE_SHIPPING },
      },
      {
        name: "a threshold over 100.000.000 đồng",
        change: { freeShippingFromVnd: "100.000.001" },
        expect: { status: 400, fields: FREE_SHIPPING },
      },
      {
        name: "a negative threshold",
        change: { freeShippingFromVnd: "-500000" },
        expect: { status: 400, fields: { freeShippingFromVnd: "pws.error.freeShippingWhole" } },
      },
      {
        name: "a threshold in words",
        change: { freeShippingFromVnd: "năm trăm nghìn" },
        expect: { status: 400, fields: { freeShippingFromVnd: "pws.error.freeShippingWhole" } },
      },
      {
        name: "an unknown intent",
        change: { intent: "delete" },
        expect: { status: 400, bare: hidden("intent") },
      },
    ],
  }),
  formCase<WithOrder>({
    route: "producer.orders.$id.tsx",
    about: "of an unpaid card order",
    setup: (db) => memberWithOrder(db, "card"),
    path: (s) => `/producer/orders/${s.partId}`,
    params: (s) => ({ id: String(s.partId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "confirm" }),
    bad: [
      {
        name: "confirming before the card payment succeeded",
        change: {},
        expect: { status: 409, fields: {}, formError: "pws.orderError.paymentNotCompleted" },
      },
    ],
  }),
];
