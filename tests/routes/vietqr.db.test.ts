/**
 * Bank transfer (VietQR) through the pages: the checkout shows who lacks a bank account and
 * refuses a transfer order naming the producer; with accounts, the order page carries each
 * shipment's QR code (read back to the account and amount); the producer's bank account page
 * saves and shows it masked; the producer's "money received" lets it confirm.
 */
import { quotedTotal } from "../support/checkout";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readVietQr } from "../../app/domain/payment/vietqr";
import { action as bankAction, loader as bankLoader } from "../../app/routes/producer.bank-account";
import { action as cartAction } from "../../app/routes/cart";
import { action as checkoutAction, loader as checkoutLoader } from "../../app/routes/checkout";
import { loader as orderLoader } from "../../app/routes/orders.$number";
import { action as partAction } from "../../app/routes/producer.orders.$id";
import { auditLog, orderParts } from "../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { decodeQrSvg } from "../support/qr-decode";
import {
  args,
  dataOf,
  get,
  locationOf,
  post,
  sessionCookie,
  settle,
  statusOf,
} from "../support/route-call";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

const buyer = {
  name: "Nguyễn Thị Lan",
  phone: "0912345678",
  email: "lan@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 12 ngõ 34 Đội Cấn",
  payment: "transfer",
  intent: "place",
};

describe("bank transfer through the pages", () => {
  it("refuses, then places, shows the QR, saves the account masked, and lets the producer confirm", async () => {
    const producer = await makeProducer(t.db, {
      name: "HTX Mật ong Bắc Hà",
      provinceCode: "01",
      communeCode: "00004",
    });
    const { token } = await makeSignedInUser(t.db, {
      role: "producer_member",
      producerId: producer.id,
    });
    const member = await sessionCookie(token);
    const { product } = await makeVisibleProduct(t.db, {
      producerId: producer.id,
      priceVnd: 120_000,
      stock: 5,
    });
    const added = await settle(() =>
      cartAction(
        args(post("/cart", { intent: "add", productId: String(product.id), quantity: "2" })),
      ),
    );
    const cart =
      (added instanceof Response ? (added.headers.get("Set-Cookie") ?? "") : "").split(";")[0] ??
      "";

    // No account yet: the checkout names the producer, and refuses a transfer order (409).
    const page = dataOf<{ payments: string[]; transferBlockedBy: string[] }>(
      await checkoutLoader(args(get("/checkout", cart))),
    );
    expect(page.payments).toContain("transfer");
    expect(page.transferBlockedBy).toEqual(["HTX Mật ong Bắc Hà"]);
    const quotedTotalVnd = await quotedTotal(buyer, cart);
    const refused = await settle(() =>
      checkoutAction(args(post("/checkout", { ...buyer, privacyConsent: "yes", quotedTotalVnd }, { cookie: cart }))),
    );
    expect(statusOf(refused)).toBe(409);
    expect(dataOf<{ formError: unknown }>(refused).formError).toEqual({
      key: "transfer.error.noBankAccount",
      params: { producer: "HTX Mật ong Bắc Hà" },
    });

    // The producer records its account; a bad holder is named first, nothing written.
    const bad = await settle(() =>
      bankAction(
        args(
          post(
            "/producer/bank-account",
            {
              intent: "save",
              bankBin: "970405",
              accountNumber: "2105123456789",
              accountHolder: "Mật ong",
            },
            { cookie: member },
          ),
        ),
      ),
    );
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ errors: unknown }>(bad).errors).toEqual({
      accountHolder: "transfer.error.holderInvalid",
    });
    const saved = await settle(() =>
      bankAction(
        args(
          post(
            "/producer/bank-account",
            {
              intent: "save",
              bankBin: "970405",
              accountNumber: "2105 1234 56789",
              accountHolder: "htx mat ong bac ha",
            },
            { cookie: member },
          ),
        ),
      ),
    );
    expect(locationOf(saved)).toBe("/producer/bank-account?saved=1");
    const shown = dataOf<{ account: Record<string, unknown> }>(
      await bankLoader(args(get("/producer/bank-account", member))),
    );
    expect(shown.account).toMatchObject({
      bankName: "Agribank",
      accountMasked: "•••• 6789",
      accountHolder: "HTX MAT ONG BAC HA",
    });
    expect(JSON.stringify(shown)).not.toContain("2105123456789");
    const audits = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(producer.id)));
    expect(audits.map((a) => a.action)).toEqual(["bank_account.create"]);

    // Now the transfer order is placed, and its page carries the QR code.
    const placed = await settle(() =>
      checkoutAction(args(post("/checkout", { ...buyer, privacyConsent: "yes", quotedTotalVnd }, { cookie: cart }))),
    );
    expect(statusOf(placed)).toBe(303);
    const m = /^\/orders\/(OC-[A-Z0-9]{3}-[A-Z0-9]{4})\?(.+)$/.exec(locationOf(placed) ?? "");
    const number = m?.[1] ?? "";
    const key = new URLSearchParams(m?.[2] ?? "").get("key") ?? "";
    const view = dataOf<{
      order: { totalVnd: number };
      transfers: Record<
        string,
        { qrSvg: string; accountNumber: string; memo: string; amountVnd: number }
      >;
    }>(await orderLoader(args(get(`/orders/${number}?key=${key}`), { number })));
    const [partId, transfer] = Object.entries(view.transfers)[0]!;
    expect(transfer.accountNumber).toBe("2105123456789");
    expect(transfer.amountVnd).toBe(view.order.totalVnd);
    expect(transfer.memo).toBe(`${number.replace(/-/g, "")} P${partId}`);
    expect(readVietQr((await decodeQrSvg(transfer.qrSvg)) ?? "")).toEqual({
      bankBin: "970405",
      accountNumber: "2105123456789",
      amountVnd: view.order.totalVnd,
      memo: transfer.memo,
    });

    // The producer cannot confirm before the money; "received", then "confirm" goes through.
    const partPost = (fields: Record<string, string>) =>
      settle(() =>
        partAction(
          args(post(`/producer/orders/${partId}`, fields, { cookie: member }), { id: partId }),
        ),
      );
    expect(statusOf(await partPost({ intent: "confirm" }))).toBe(409);
    expect(locationOf(await partPost({ intent: "transferReceived" }))).toBe(
      `/producer/orders/${partId}?done=received`,
    );
    expect(statusOf(await partPost({ intent: "transferReceived" }))).toBe(409);
    expect(locationOf(await partPost({ intent: "confirm" }))).toBe(
      `/producer/orders/${partId}?done=confirmed`,
    );
    const [part] = await t.db
      .select({ status: orderParts.status })
      .from(orderParts)
      .where(eq(orderParts.id, Number(partId)));
    expect(part?.status).toBe("confirmed");
  });
});
