/**
 * Bad input on the alcohol strength (producer listing, official product page) and the
 * checkout's age confirmation for a drink of 15% or more (decision 0027).
 */
import { commitSession } from "../../app/web/auth.server";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { commitCartToken } from "../../app/web/cart-cookie.server";
import { todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { formCase, type BadSubmission } from "./form-case";

const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
const RANGE = { alcoholPercent: "alcohol.error.range" } as const;

async function producerMember(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const producer = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  const { token } = await makeSignedInUser(db, {
    role: "producer_member",
    producerId: producer.id,
  });
  const { product } = await makeVisibleProduct(db, { producerId: producer.id, stock: 20 });
  return { cookie: cookieOf(await commitSession(token)), productId: product.id };
}

async function officialOfHanoi(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const producer = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  const { token } = await makeSignedInUser(db, { role: "official", officialPlaceCode: "01" });
  const { product } = await makeVisibleProduct(db, { producerId: producer.id });
  return { cookie: cookieOf(await commitSession(token)), productId: product.id };
}

/** A guest's cart holding a 40% spirit, and the cookie that opens it. */
async function spiritCart(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const { product } = await makeVisibleProduct(db, { stock: 20, alcoholPercent: 40 });
  const { cartId, newGuestToken } = await ensureCart(db, { guestToken: null });
  if (!newGuestToken) throw new Error("no guest token");
  const added = await addToCart(db, {
    cartId,
    productId: product.id,
    quantity: 1,
    today: todayInVietnam(),
  });
  if (!added.ok) throw new Error(added.error);
  return { cookie: cookieOf(await commitCartToken(newGuestToken)) };
}

type Scoped = { cookie: string; productId: number };
const strengthBad: BadSubmission<Scoped>[] = [
  { name: "101%", change: { alcoholPercent: "101" }, expect: { status: 400, fields: RANGE } },
  {
    name: "two decimals",
    change: { alcoholPercent: "12.55" },
    expect: { status: 400, fields: RANGE },
  },
  {
    name: "a word",
    change: { alcoholPercent: "bốn mươi" },
    expect: { status: 400, fields: RANGE },
  },
  { name: "a negative", change: { alcoholPercent: "-5" }, expect: { status: 400, fields: RANGE } },
];

export const cases = [
  formCase({
    route: "producer.products.$id.tsx",
    about: "the alcohol strength",
    setup: producerMember,
    path: (s) => `/producer/products/${s.productId}`,
    params: (s) => ({ id: String(s.productId) }),
    cookie: (s) => s.cookie,
    valid: () => ({
      intent: "save",
      priceVnd: "150.000",
      stock: "42",
      packedWeightGrams: "950",
      alcoholPercent: "39",
      unitVi: "Chai 500 ml",
      unitEn: "",
      descriptionVi: "Rượu ngô men lá.",
      descriptionEn: "",
      listingStatus: "listed",
    }),
    bad: strengthBad,
  }),

  formCase({
    route: "admin.products.$id.tsx",
    about: "the alcohol strength",
    setup: officialOfHanoi,
    path: (s) => `/admin/products/${s.productId}`,
    params: (s) => ({ id: String(s.productId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "alcohol", alcoholPercent: "40" }),
    bad: strengthBad,
  }),

  formCase({
    route: "checkout.tsx",
    about: "a 40% spirit without the age confirmation",
    setup: spiritCart,
    path: () => "/checkout",
    cookie: (s) => s.cookie,
    valid: () => ({
      name: "Nguyễn Thị Lan",
      phone: "0912 345 678",
      email: "lan@example.com",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 12 ngõ 34 Đội Cấn",
      payment: "cod",
      intent: "place",
      ageConfirmed: "on",
      privacyConsent: "yes",
      // Never the total the quote shows (the walker must not place orders): always refused.
      quotedTotalVnd: "1",
    }),
    bad: [
      {
        name: "the box left unticked",
        change: { ageConfirmed: null },
        expect: { status: 422, fields: { ageConfirmed: "alcohol.error.ageRequired" } },
      },
      {
        name: "ticked: refused only for the total, which is never the one shown",
        change: {},
        expect: { status: 409, fields: {}, formError: "shipping.error.totalChanged" },
      },
    ],
  }),
];
