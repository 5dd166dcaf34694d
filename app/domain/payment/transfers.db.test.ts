/**
 * Bank transfer (VietQR) orders on a real database: placement reserves the stock and opens
 * one transfer per part (or is refused, naming the producer without an account, with nothing
 * written); the producer's "received" lets it ship and "not received" cancels and returns the
 * stock; the sweep reminds once and after the deadline cancels once, returning the stock once.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  bankTransfers,
  mailOutbox,
  orderParts,
  orders,
  products,
} from "../../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeUser,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { decodeQrImage } from "../../../tests/support/qr-decode";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart } from "../cart/cart.server";
import { placeOrder, transitionOrderPart } from "../order/orders.server";
import type { ProducerActor } from "../producer/overview.server";
import { getBankAccount, saveBankAccount } from "./bank-accounts.server";
import { recordTransferOutcome, sweepBankTransfers } from "./transfers.server";
import { readVietQr } from "./vietqr";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  await t.cleanup();
});

const buyer = {
  name: "Trần Văn Hùng",
  phone: "0987654321",
  email: "hung@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 5 phố Huế",
};

const HOUR = 3_600_000;
const RULES = { remindAfterHours: 24, cancelAfterHours: 72 };

async function producerWithMember(withAccount: boolean, accountNumber = "0071000123456") {
  const producer = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
  const user = await makeUser(t.db, { role: "producer_member", producerId: producer.id });
  const actor: ProducerActor = {
    id: user.id,
    email: user.email,
    role: user.role,
    name: user.name,
    producerId: producer.id,
  };
  if (withAccount)
    await saveBankAccount(t.db, actor, {
      bankBin: "970436",
      accountNumber,
      accountHolder: "HTX THU NGHIEM",
    });
  return { producer, actor };
}

/** A cart of 2 + 3 units from two producers (10 in stock each), ordered by transfer. */
async function transferOrder(opts: { secondHasAccount?: boolean } = {}) {
  const one = await producerWithMember(true, "0071000123456");
  const two = await producerWithMember(opts.secondHasAccount ?? true, "1903123456789");
  const a = (
    await makeVisibleProduct(t.db, { producerId: one.producer.id, priceVnd: 80_000, stock: 10 })
  ).product;
  const b = (
    await makeVisibleProduct(t.db, { producerId: two.producer.id, priceVnd: 45_000, stock: 10 })
  ).product;
  const { cartId } = await ensureCart(t.db, { guestToken: null });
  for (const [productId, quantity] of [
    [a.id, 2],
    [b.id, 3],
  ] as const) {
    const added = await addToCart(t.db, { cartId, productId, quantity, today: todayInVietnam() });
    if (!added.ok) throw new Error(added.error);
  }
  const placed = await placeOrder(t.db, { cartId, buyer, payment: "transfer" });
  return { placed, one, two, productIds: [a.id, b.id], cartId };
}

async function stockOf(ids: number[]) {
  const rows = await t.db
    .select({ id: products.id, stock: products.stock })
    .from(products)
    .where(inArray(products.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)?.stock);
}

async function partsOf(orderId: number) {
  return t.db
    .select({
      id: orderParts.id,
      producerId: orderParts.producerId,
      status: orderParts.status,
      totalVnd: orderParts.totalVnd,
      cancelReason: orderParts.cancelReason,
      transfer: bankTransfers.status,
      amountVnd: bankTransfers.amountVnd,
      memo: bankTransfers.memo,
      remindedAt: bankTransfers.remindedAt,
    })
    .from(orderParts)
    .leftJoin(bankTransfers, eq(bankTransfers.orderPartId, orderParts.id))
    .where(eq(orderParts.orderId, orderId))
    .orderBy(asc(orderParts.id));
}

async function mailCount(subjectLike: string) {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(mailOutbox)
    .where(sql`${mailOutbox.subject} like ${subjectLike}`);
  return row?.n ?? 0;
}

describe("placing a bank transfer order", () => {
  it("reserves the stock and opens one transfer per part: its total, its memo", async () => {
    const { placed, one, two, productIds } = await transferOrder();
    if (!placed.ok) throw new Error(placed.error);
    expect(await stockOf(productIds)).toEqual([8, 7]);
    const parts = await partsOf(placed.orderId);
    expect(parts).toHaveLength(2);
    const compact = placed.number.replace(/-/g, "");
    for (const p of parts) {
      expect(p.status).toBe("placed");
      expect(p.transfer).toBe("awaiting");
      expect(p.amountVnd).toBe(p.totalVnd);
      expect(p.memo).toBe(`${compact} P${p.id}`);
    }
    expect(parts.map((p) => p.producerId).sort()).toEqual(
      [one.producer.id, two.producer.id].sort(),
    );
  });

  it("emails the details as text and each shipment's VietQR code as an inline PNG", async () => {
    const { placed } = await transferOrder();
    if (!placed.ok) throw new Error(placed.error);
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(sql`${mailOutbox.subject} like ${`%${placed.number}%`}`);
    expect(mail).toBeDefined();
    const parts = await partsOf(placed.orderId);
    expect(mail!.textBody).toContain("0071000123456");
    expect(mail!.textBody).toContain("1903123456789");
    for (const p of parts) expect(mail!.textBody).toContain(p.memo!);
    expect(mail!.attachments).toHaveLength(2);
    expect(mail!.htmlBody).toContain(`cid:${mail!.attachments![0]!.cid}`);
    const decoded = await Promise.all(
      mail!.attachments!.map(async (a) =>
        readVietQr((await decodeQrImage(Buffer.from(a.base64, "base64"))) ?? ""),
      ),
    );
    expect(decoded.map((d) => d?.accountNumber).sort()).toEqual(["0071000123456", "1903123456789"]);
    expect(decoded.map((d) => d?.amountVnd).sort()).toEqual(parts.map((p) => p.totalVnd).sort());
  });

  it("is refused, naming the producer, when one has no bank account; nothing is written", async () => {
    const before = await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(orders);
    const { placed, two, productIds, cartId } = await transferOrder({ secondHasAccount: false });
    expect(placed).toEqual({
      ok: false,
      error: "noBankAccount",
      producerName: two.producer.name,
    });
    expect(await stockOf(productIds)).toEqual([10, 10]);
    const after = await t.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(orders);
    expect(after[0]!.n).toBe(before[0]!.n);
    // The cart is kept: the buyer chooses another way to pay.
    const again = await placeOrder(t.db, { cartId, buyer, payment: "cod" });
    expect(again.ok).toBe(true);
  });
});

describe("the producer's word", () => {
  it("confirm and ship are refused until the money is received, then allowed", async () => {
    const { placed, one } = await transferOrder();
    if (!placed.ok) throw new Error(placed.error);
    const part = (await partsOf(placed.orderId)).find((p) => p.producerId === one.producer.id)!;
    const producerActor = {
      kind: "producer" as const,
      userId: one.actor.id,
      producerId: one.producer.id,
    };
    expect(
      await transitionOrderPart(t.db, { partId: part.id, to: "confirmed", actor: producerActor }),
    ).toEqual({ ok: false, error: "paymentNotCompleted" });
    // Another producer cannot answer for this part.
    const other = await producerWithMember(true);
    expect(await recordTransferOutcome(t.db, other.actor, part.id, "received")).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await recordTransferOutcome(t.db, one.actor, part.id, "received")).toEqual({ ok: true });
    // Once is enough: a second answer is refused.
    expect(await recordTransferOutcome(t.db, one.actor, part.id, "not_received")).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
    expect(
      await transitionOrderPart(t.db, { partId: part.id, to: "confirmed", actor: producerActor }),
    ).toMatchObject({ ok: true });
    expect(
      await transitionOrderPart(t.db, {
        partId: part.id,
        to: "shipped",
        actor: producerActor,
        details: { carrier: "Viettel Post", trackingNumber: "VTP123456" },
      }),
    ).toMatchObject({ ok: true });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "transfer.received"), eq(auditLog.entityId, String(part.id))));
    expect(audit?.actorUserId).toBe(one.actor.id);
    // Received and shipped: the sweep never touches it.
    await sweepBankTransfers(t.db, new Date(Date.now() + 100 * HOUR), RULES);
    expect((await partsOf(placed.orderId)).find((p) => p.id === part.id)?.status).toBe("shipped");
  });

  it("not received cancels the part with that reason and returns its stock once", async () => {
    const { placed, one, productIds } = await transferOrder();
    if (!placed.ok) throw new Error(placed.error);
    const part = (await partsOf(placed.orderId)).find((p) => p.producerId === one.producer.id)!;
    expect(await recordTransferOutcome(t.db, one.actor, part.id, "not_received")).toEqual({
      ok: true,
    });
    const after = (await partsOf(placed.orderId)).find((p) => p.id === part.id)!;
    expect(after.status).toBe("cancelled");
    expect(after.transfer).toBe("not_received");
    expect(after.cancelReason).toBe("Chủ thể chưa nhận được tiền chuyển khoản");
    expect(await stockOf(productIds)).toEqual([10, 7]);
    await sweepBankTransfers(t.db, new Date(Date.now() + 100 * HOUR), RULES);
    expect((await stockOf(productIds))[0]).toBe(10);
  });
});

describe("the sweep", () => {
  it("reminds once after 24 h, cancels after 72 h returning the stock exactly once", async () => {
    const { placed, productIds } = await transferOrder();
    if (!placed.ok) throw new Error(placed.error);
    const like = `%${placed.number}%`;
    const mailsAtStart = await mailCount(like);

    // 23 h: nothing yet.
    await sweepBankTransfers(t.db, new Date(Date.now() + 23 * HOUR), RULES);
    expect(await mailCount(like)).toBe(mailsAtStart);

    // 25 h, twice: one reminder for the order, both parts marked.
    const first = await sweepBankTransfers(t.db, new Date(Date.now() + 25 * HOUR), RULES);
    await sweepBankTransfers(t.db, new Date(Date.now() + 26 * HOUR), RULES);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(await mailCount(like)).toBe(mailsAtStart + 1);
    expect((await partsOf(placed.orderId)).every((p) => p.remindedAt !== null)).toBe(true);
    expect(await stockOf(productIds)).toEqual([8, 7]);

    // 73 h, twice: both parts cancelled, stock back once, one email saying so.
    await sweepBankTransfers(t.db, new Date(Date.now() + 73 * HOUR), RULES);
    await sweepBankTransfers(t.db, new Date(Date.now() + 74 * HOUR), RULES);
    const parts = await partsOf(placed.orderId);
    expect(parts.map((p) => [p.status, p.transfer])).toEqual([
      ["cancelled", "expired"],
      ["cancelled", "expired"],
    ]);
    expect(parts[0]!.cancelReason).toBe("Quá hạn chuyển khoản");
    expect(await stockOf(productIds)).toEqual([10, 10]);
    expect(await mailCount(like)).toBe(mailsAtStart + 2);
  });

  it("leaves alone a part the buyer cancelled: the transfer is withdrawn, stock back once", async () => {
    const { placed, productIds } = await transferOrder();
    if (!placed.ok) throw new Error(placed.error);
    const [first] = await partsOf(placed.orderId);
    const cancelled = await transitionOrderPart(t.db, {
      partId: first!.id,
      to: "cancelled",
      actor: { kind: "buyer", userId: null, accessKey: placed.accessKey },
    });
    expect(cancelled.ok).toBe(true);
    await sweepBankTransfers(t.db, new Date(Date.now() + 100 * HOUR), RULES);
    const parts = await partsOf(placed.orderId);
    expect(parts.map((p) => p.transfer)).toEqual(["withdrawn", "expired"]);
    expect(await stockOf(productIds)).toEqual([10, 10]);
  });
});

describe("the bank account", () => {
  it("is saved and changed with an audit entry that masks the number; no change, no entry", async () => {
    const { actor, producer } = await producerWithMember(false);
    const entries = async () =>
      t.db
        .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "producer"), eq(auditLog.entityId, String(producer.id))))
        .orderBy(asc(auditLog.id));
    const input = { bankBin: "970405", accountNumber: "2105123456789", accountHolder: "HTX A" };
    expect(await saveBankAccount(t.db, actor, input)).toEqual({ changed: true });
    expect(await saveBankAccount(t.db, actor, input)).toEqual({ changed: false });
    expect(
      await saveBankAccount(t.db, actor, { ...input, accountNumber: "2105000006789" }),
    ).toEqual({ changed: true });
    expect(await entries()).toEqual([
      {
        action: "bank_account.create",
        before: null,
        after: { bankBin: "970405", accountNumber: "•••• 6789", accountHolder: "HTX A" },
      },
      {
        action: "bank_account.update",
        // Both end in 6789: masked alike, so the entry says the number changed.
        before: { accountNumber: "•••• 6789" },
        after: { accountNumber: "•••• 6789 (changed)" },
      },
    ]);
    expect((await getBankAccount(t.db, producer.id))?.accountNumber).toBe("2105000006789");
  });

  it("the database refuses a malformed account even past the form", async () => {
    const { producer } = await producerWithMember(false);
    await expect(
      t.db.execute(
        sql`insert into producer_bank_accounts (producer_id, bank_bin, account_number, account_holder)
            values (${producer.id}, '970436', '12ab', 'Nguyễn')`,
      ),
    ).rejects.toThrow();
  });
});
