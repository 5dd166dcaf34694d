/**
 * Bad input for bank transfer (VietQR): the producer's bank account form (each field), and the
 * "money received / not received" answers on an order part that is not paid by transfer.
 * Nothing may be written.
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

async function memberWithCodOrder(db: Db) {
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
    payment: "cod",
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

export const cases = [
  formCase({
    route: "producer.bank-account.tsx",
    setup: member,
    path: () => "/producer/bank-account",
    cookie: (s) => s.cookie,
    valid: () => ({
      intent: "save",
      bankBin: "970436",
      accountNumber: "0071000123456",
      accountHolder: "HTX MAT ONG BAC HA",
    }),
    hostileSkip: {
      accountNumber:
        "an account number is a string of 6–19 digits, not a quantity: the walker's big numbers " +
        "(2147483648, 9007199254740993) are valid accounts and are saved; NUL, 100 kB and " +
        "non-digits are bad rows below",
      accountHolder:
        "a holder is a name in capitals: the walker's 'text', '1e3' or '12abc' raise to TEXT, 1E3, " +
        "12ABC, which a bank may print for a business; digits only are a bad row below, NUL and " +
        "100 kB too",
    },
    bad: [
      {
        name: "no bank",
        change: { bankBin: null },
        expect: { status: 400, fields: { bankBin: "transfer.error.bankRequired" } },
      },
      {
        name: "a BIN not on the NAPAS list",
        change: { bankBin: "123456" },
        expect: { status: 400, fields: { bankBin: "transfer.error.bankUnknown" } },
      },
      {
        name: "no account number",
        change: { accountNumber: "" },
        expect: { status: 400, fields: { accountNumber: "transfer.error.accountRequired" } },
      },
      {
        name: "five digits",
        change: { accountNumber: "12345" },
        expect: { status: 400, fields: { accountNumber: "transfer.error.accountInvalid" } },
      },
      {
        name: "twenty digits",
        change: { accountNumber: "12345678901234567890" },
        expect: { status: 400, fields: { accountNumber: "transfer.error.accountInvalid" } },
      },
      {
        name: "letters in the account number",
        change: { accountNumber: "0071abc123" },
        expect: { status: 400, fields: { accountNumber: "transfer.error.accountInvalid" } },
      },
      {
        name: "a negative account number",
        change: { accountNumber: "-12345678" },
        expect: { status: 400, fields: { accountNumber: "transfer.error.accountInvalid" } },
      },
      {
        name: "a NUL byte in the account number",
        change: { accountNumber: "0071\u0000123456" },
        expect: { status: 400, bare: "the form reader refuses control characters" },
      },
      {
        name: "100 kB of digits",
        change: { accountNumber: "1".repeat(100_000) },
        expect: { status: 400, bare: "the form reader refuses a field this long" },
      },
      {
        name: "a holder with diacritics",
        change: { accountHolder: "Nguyễn Văn An" },
        expect: { status: 400, fields: { accountHolder: "transfer.error.holderInvalid" } },
      },
      {
        name: "no holder",
        change: { accountHolder: "  " },
        expect: { status: 400, fields: { accountHolder: "transfer.error.holderRequired" } },
      },
      {
        name: "a holder of digits only",
        change: { accountHolder: "2147483648" },
        expect: { status: 400, fields: { accountHolder: "transfer.error.holderInvalid" } },
      },
      {
        name: "a NUL byte in the holder",
        change: { accountHolder: "NGUYEN\u0000VAN AN" },
        expect: { status: 400, bare: "the form reader refuses control characters" },
      },
      {
        name: "100 kB of holder",
        change: { accountHolder: "A".repeat(100_000) },
        expect: { status: 400, bare: "the form reader refuses a field this long" },
      },
      {
        name: "a holder too long",
        change: { accountHolder: "A".repeat(71) },
        expect: { status: 400, fields: { accountHolder: "transfer.error.holderInvalid" } },
      },
      {
        name: "an unknown intent",
        change: { intent: "x" },
        expect: { status: 400, bare: "intent is the name of our page's button" },
      },
    ],
  }),
  formCase({
    route: "producer.orders.$id.tsx",
    about: "bank transfer answers on a cash-on-delivery part",
    setup: memberWithCodOrder,
    path: (s) => `/producer/orders/${s.partId}`,
    params: (s) => ({ id: String(s.partId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "transferReceived" }),
    bad: [
      {
        name: "money received for a part not paid by transfer",
        change: {},
        expect: { status: 409, fields: {}, formError: "transfer.error.notTransfer" },
      },
      {
        name: "not received for a part not paid by transfer (it is not cancelled)",
        change: { intent: "transferNotReceived" },
        expect: { status: 409, fields: {}, formError: "transfer.error.notTransfer" },
      },
    ],
  }),
];
