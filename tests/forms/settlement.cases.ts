/**
 * Bad input on the administrator's payout form (/admin/payouts/:producerId/:month): every
 * field a person types, the amount that is not what is owed, a date before the month ended,
 * and a statement already paid or not yet over. Nothing is written on any of them.
 */
import { eq } from "drizzle-orm";
import { bookPlatformPayment } from "../../app/domain/settlement/ledger.server";
import { recordPayout } from "../../app/domain/settlement/payouts.server";
import { producerStatements } from "../../app/domain/settlement/statements.server";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { todayInVietnam } from "../../app/lib/dates";
import { commitSession } from "../../app/web/auth.server";
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

/** A producer with a card sale booked in October, November and in the current month. */
async function producerWithStatements(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const producer = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  const { product } = await makeVisibleProduct(db, {
    producerId: producer.id,
    priceVnd: 100_000,
    stock: 50,
  });
  const { token, user } = await makeSignedInUser(db, { role: "administrator" });
  const at = [new Date("2026-09-10T03:00:00Z"), new Date("2026-10-10T03:00:00Z"), new Date()];
  for (const occurredAt of at) {
    const { cartId } = await ensureCart(db, { guestToken: null });
    const added = await addToCart(db, {
      cartId,
      productId: product.id,
      quantity: 1,
      today: todayInVietnam(),
    });
    if (!added.ok) throw new Error(added.error);
    const placed = await placeOrder(db, {
      cartId,
      payment: "card",
      buyer: {
        name: "Lê Thị Hoa",
        phone: "0912345678",
        email: "hoa@example.com",
        provinceCode: "01",
        communeCode: "00004",
        street: "Số 3 phố Thử",
      },
    });
    if (!placed.ok) throw new Error(placed.error);
    await db.transaction((tx) =>
      bookPlatformPayment(tx, {
        orderId: placed.orderId,
        provider: "card",
        occurredAt,
        feeRate: 0.03,
      }),
    );
  }
  // September is paid already (its row is the one a second payout must not repeat).
  const [sept] = await producerStatements(db, producer.id);
  await recordPayout(
    db,
    user,
    { producerId: producer.id, period: "2026-09" },
    {
      paidOn: "2026-10-05",
      bankReference: "FT-SEPT-1",
      amountVnd: sept!.owedVnd,
    },
  );
  const oct = (await producerStatements(db, producer.id)).find((s) => s.period === "2026-10")!;
  const [part] = await db.select().from(orderParts).where(eq(orderParts.producerId, producer.id));
  if (!part) throw new Error("no part");
  return {
    cookie: cookieOf(await commitSession(token)),
    producerId: producer.id,
    owed: oct.owedVnd,
    current: todayInVietnam().slice(0, 7),
  };
}

type State = Awaited<ReturnType<typeof producerWithStatements>>;

const payoutPath = (s: State, month: string) => `/admin/payouts/${s.producerId}/${month}`;

export const cases = [
  formCase<State>({
    route: "admin.payouts.$producerId.$month.tsx",
    about: "a due statement",
    setup: producerWithStatements,
    path: (s) => payoutPath(s, "2026-10"),
    params: (s) => ({ producerId: String(s.producerId), month: "2026-10" }),
    cookie: (s) => s.cookie,
    valid: (s) => ({
      intent: "payout",
      paidOn: "2026-11-05",
      bankReference: "FT26309123456",
      amountVnd: String(s.owed),
    }),
    bad: [
      {
        name: "no date",
        change: { paidOn: null },
        expect: { status: 400, fields: { paidOn: "settle.error.paidOn" } },
      },
      {
        name: "a date in the statement's own month",
        change: { paidOn: "2026-10-31" },
        expect: { status: 400, fields: { paidOn: "settle.error.paidOnRange" } },
      },
      {
        name: "a date in the future",
        change: { paidOn: "2099-01-01" },
        expect: { status: 400, fields: { paidOn: "settle.error.paidOnRange" } },
      },
      {
        name: "no bank reference",
        change: { bankReference: "" },
        expect: { status: 400, fields: { bankReference: "settle.error.bankReference" } },
      },
      {
        name: "a bank reference with markup",
        change: { bankReference: "<script>alert(1)</script>" },
        expect: { status: 400, fields: { bankReference: "settle.error.bankReference" } },
      },
      {
        name: "no amount",
        change: { amountVnd: "" },
        expect: { status: 400, fields: { amountVnd: "settle.error.amount" } },
      },
      {
        name: "an amount with decimals of a đồng",
        change: { amountVnd: "1000,5" },
        expect: { status: 400, fields: { amountVnd: "settle.error.amount" } },
      },
      {
        name: "one đồng less than owed",
        form: (s) => ({
          intent: "payout",
          paidOn: "2026-11-05",
          bankReference: "FT26309123456",
          amountVnd: String(s.owed - 1),
        }),
        expect: { status: 400, fields: { amountVnd: "settle.error.amountNotOwed" } },
      },
      {
        name: "zero",
        change: { amountVnd: "0" },
        expect: { status: 400, fields: { amountVnd: "settle.error.amount" } },
      },
    ],
  }),
  formCase<State>({
    route: "admin.payouts.$producerId.$month.tsx",
    about: "a statement paid already",
    setup: producerWithStatements,
    path: (s) => payoutPath(s, "2026-09"),
    params: (s) => ({ producerId: String(s.producerId), month: "2026-09" }),
    cookie: (s) => s.cookie,
    bad: [
      {
        name: "the same payout again",
        form: (s) => ({
          intent: "payout",
          paidOn: "2026-10-05",
          bankReference: "FT-SEPT-1",
          amountVnd: String(s.owed),
        }),
        expect: { status: 409, fields: {}, formError: "settle.error.alreadyPaid" },
      },
    ],
  }),
  formCase<State>({
    route: "admin.payouts.$producerId.$month.tsx",
    about: "the current month",
    setup: producerWithStatements,
    path: (s) => payoutPath(s, s.current),
    params: (s) => ({ producerId: String(s.producerId), month: s.current }),
    cookie: (s) => s.cookie,
    bad: [
      {
        name: "a month not over yet",
        form: (s) => ({
          intent: "payout",
          paidOn: todayInVietnam(),
          bankReference: "FT-NOW-1",
          amountVnd: String(s.owed),
        }),
        expect: { status: 409, fields: {}, formError: "settle.error.notOver" },
      },
    ],
  }),
];
