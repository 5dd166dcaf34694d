/**
 * The legal texts as versioned data and the consents that point to their versions (decision
 * 0028): every database starts with version 1 of each text; only an administrator publishes,
 * each edit a new version, audited; sign-up and checkout record the consent with the version
 * in force and the time.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../../db/client";
import {
  auditLog,
  consents,
  LEGAL_DOCUMENT_CODES,
  legalDocuments,
  signupRequests,
} from "../../../db/schema";
import { ensurePlace, makeUser, makeVisibleProduct } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { todayInVietnam } from "../../lib/dates";
import { addToCart, ensureCart } from "../cart/cart.server";
import { confirmSignUp, requestSignUp } from "../account/signups.server";
import { placeOrder } from "../order/orders.server";
import { LEGAL_CODES } from "./codes";
import { consentsOf } from "./consents.server";
import {
  legalDocument,
  legalDocumentHistory,
  listLegalDocuments,
  publishLegalDocument,
} from "./documents.server";
import { legalDocumentSchema, type LegalDocumentInput } from "./schemas";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  await t.cleanup();
});

async function edit(code: (typeof LEGAL_CODES)[number], change: Partial<LegalDocumentInput>) {
  const doc = await legalDocument(t.db, code);
  if (!doc) throw new Error(`no ${code}`);
  return {
    titleVi: doc.titleVi,
    titleEn: doc.titleEn,
    bodyVi: doc.bodyVi,
    bodyEn: doc.bodyEn,
    baseVersion: doc.version,
    ...change,
  };
}

const rowCount = async () => {
  const [d] = await t.db.select({ n: sql<number>`count(*)::int` }).from(legalDocuments);
  const [a] = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return { documents: d?.n ?? 0, audit: a?.n ?? 0 };
};

describe("the legal texts", () => {
  it("exist in both languages from the first migration, version 1 each, for the codes the app links", async () => {
    expect([...LEGAL_CODES]).toEqual([...LEGAL_DOCUMENT_CODES]);
    const list = await listLegalDocuments(t.db);
    expect(list.map((d) => [d.code, d.version])).toEqual(LEGAL_CODES.map((c) => [c, 1]));
    for (const code of LEGAL_CODES) {
      const doc = await legalDocument(t.db, code);
      expect(doc?.titleVi.length).toBeGreaterThan(5);
      expect(doc?.titleEn.length).toBeGreaterThan(5);
      expect(doc?.bodyVi).not.toEqual(doc?.bodyEn);
      expect(doc?.bodyVi).not.toMatch(/<[a-z]/i);
    }
    // No registration number is made up for the demo operator.
    const operator = await legalDocument(t.db, "operator");
    expect(operator?.bodyVi).toMatch(/Chưa đăng ký/);
    expect(operator?.bodyEn).toMatch(/Not registered/);
    expect(operator?.bodyVi).toMatch(/52\/2013\/NĐ-CP/);
    expect(operator?.bodyVi).toMatch(/85\/2021\/NĐ-CP/);
    expect((await legalDocument(t.db, "privacy"))?.bodyVi).toMatch(/13\/2023\/NĐ-CP/);
  });

  it("an administrator's edit publishes the next version, keeps the old one and is audited", async () => {
    const admin = await makeUser(t.db, { role: "administrator", name: "Quản trị" });
    const input = await edit("contact", {
      bodyEn: "## Contact\n- Email: hotro@example.vn\n\nNew.",
    });
    const r = await publishLegalDocument(t.db, admin, "contact", input);
    expect(r).toEqual({ ok: true, version: 2 });
    expect((await legalDocument(t.db, "contact"))?.bodyEn).toBe(
      "## Contact\n- Email: hotro@example.vn\n\nNew.",
    );
    expect((await legalDocument(t.db, "contact", 1))?.bodyEn).toMatch(/Making a complaint/);
    const history = await legalDocumentHistory(t.db, "contact");
    expect(history.map((h) => [h.version, h.updatedBy])).toEqual([
      [2, "Quản trị"],
      [1, null],
    ]);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "legal.publish"), eq(auditLog.entityId, "contact")));
    expect(entry?.actorUserId).toBe(admin.id);
    expect(entry?.before).toEqual({ version: 1 });
    expect(entry?.after).toEqual({ version: 2, changed: ["bodyEn"] });
  });

  it("refuses an official, a stale edit and an edit that changes nothing, writing nothing", async () => {
    const admin = await makeUser(t.db, { role: "administrator" });
    const official = await makeUser(t.db, { role: "official", officialPlaceCode: "01" });
    const before = await rowCount();
    const changed = await edit("privacy", { titleEn: "Privacy notice (edited)" });
    expect(await publishLegalDocument(t.db, official, "privacy", changed)).toEqual({
      ok: false,
      formError: "admin.legal.error.forbidden",
    });
    expect(
      await publishLegalDocument(t.db, admin, "privacy", { ...changed, baseVersion: 7 }),
    ).toEqual({ ok: false, formError: "admin.legal.error.stale", currentVersion: 1 });
    expect(await publishLegalDocument(t.db, admin, "privacy", await edit("privacy", {}))).toEqual({
      ok: false,
      formError: "admin.legal.error.unchanged",
    });
    expect(await rowCount()).toEqual(before);
  });

  it("validates both languages of the edit, naming the field", () => {
    const good = {
      titleVi: "Quy chế",
      titleEn: "Rules",
      bodyVi: "Nội dung đủ dài để đọc được.",
      bodyEn: "A body long enough to be read.",
      baseVersion: "1",
    };
    expect(legalDocumentSchema.safeParse(good).success).toBe(true);
    const issues = (v: Record<string, unknown>) =>
      legalDocumentSchema.safeParse(v).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issues({ ...good, titleEn: " " })).toEqual([
      ["titleEn", "admin.legal.error.titleEnRequired"],
    ]);
    expect(issues({ ...good, bodyVi: "ngắn" })).toEqual([
      ["bodyVi", "admin.legal.error.bodyViRequired"],
    ]);
    expect(issues({ ...good, bodyEn: "x".repeat(20_001) })).toEqual([
      ["bodyEn", "admin.legal.error.bodyLength"],
    ]);
    expect(issues({ ...good, titleVi: "x".repeat(201) })).toEqual([
      ["titleVi", "admin.legal.error.titleLength"],
    ]);
    expect(issues({ ...good, baseVersion: "abc" })).toEqual([
      ["baseVersion", "admin.legal.error.baseVersion"],
    ]);
    // Windows line ends are stored as typed elsewhere.
    const parsed = legalDocumentSchema.parse({ ...good, bodyVi: "Dòng một đủ dài\r\nDòng hai  " });
    expect(parsed.bodyVi).toBe("Dòng một đủ dài\nDòng hai");
  });
});

describe("consent to the privacy notice", () => {
  it("is recorded at sign-up with the version in force and the time, and moves to the account", async () => {
    const admin = await makeUser(t.db, { role: "administrator" });
    const published = await publishLegalDocument(
      t.db,
      admin,
      "privacy",
      await edit("privacy", { bodyEn: "Privacy notice, second version, long enough." }),
    );
    expect(published).toEqual({ ok: true, version: 2 });
    const before = new Date();
    await requestSignUp(t.db, {
      name: "Lan",
      email: "dong-y@example.com",
      password: "mat-khau-cua-lan",
      redirectTo: "/",
      lang: "vi",
      siteUrl: "https://cho-ocop.test",
      privacyConsent: true,
    });
    const [request] = await t.db
      .select({ id: signupRequests.id })
      .from(signupRequests)
      .where(eq(signupRequests.email, "dong-y@example.com"));
    const [pending] = await t.db
      .select()
      .from(consents)
      .where(eq(consents.signupRequestId, request?.id ?? -1));
    expect(pending).toMatchObject({
      documentCode: "privacy",
      documentVersion: 2,
      context: "signup",
      userId: null,
    });
    expect(pending?.givenAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    // The link's token is in the mail; confirming it makes the account.
    const [mail] = await queryRows<{ text_body: string }>(
      t.db,
      sql`select text_body from mail_outbox where to_address = 'dong-y@example.com'`,
    );
    const token = /confirm-signup\/([A-Za-z0-9_-]+)/.exec(mail?.text_body ?? "")?.[1];
    const confirmed = await confirmSignUp(t.db, { token: token ?? "" });
    if (!confirmed.ok) throw new Error("not confirmed");
    const records = await consentsOf(t.db, { userId: confirmed.user.id });
    expect(records).toEqual([
      expect.objectContaining({
        documentCode: "privacy",
        documentVersion: 2,
        context: "signup",
        signupRequestId: null,
        givenAt: pending?.givenAt,
      }),
    ]);
  });

  it("without it, sign-up records none (the form refuses it first)", async () => {
    await requestSignUp(t.db, {
      name: "Không",
      email: "khong-dong-y@example.com",
      password: "mat-khau-cua-khong",
      redirectTo: "/",
      lang: "vi",
      siteUrl: "https://cho-ocop.test",
    });
    const rows = await queryRows(
      t.db,
      sql`select c.id from consents c join signup_requests r on r.id = c.signup_request_id
           where r.email = 'khong-dong-y@example.com'`,
    );
    expect(rows).toHaveLength(0);
  });

  it("an unconfirmed sign-up's consent goes with the request when housekeeping deletes it", async () => {
    await requestSignUp(t.db, {
      name: "Bỏ",
      email: "bo-do@example.com",
      password: "mat-khau-bo-do-nhe",
      redirectTo: "/",
      lang: "vi",
      siteUrl: "https://cho-ocop.test",
      privacyConsent: true,
    });
    await t.db.delete(signupRequests).where(eq(signupRequests.email, "bo-do@example.com"));
    const left = await t.db.select().from(consents).where(eq(consents.context, "signup"));
    expect(left.every((c) => c.signupRequestId === null && c.userId !== null)).toBe(true);
  });

  it("is recorded with the order at checkout when given, with its version and time", async () => {
    const { product } = await makeVisibleProduct(t.db, { stock: 10 });
    const buyer = {
      name: "Nguyễn Thị Lan",
      phone: "0912345678",
      email: "lan@example.com",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 12 ngõ 34 Đội Cấn",
    };
    const cart = async () => {
      const { cartId } = await ensureCart(t.db, { guestToken: null });
      await addToCart(t.db, {
        cartId,
        productId: product.id,
        quantity: 1,
        today: todayInVietnam(),
      });
      return cartId;
    };
    const givenAt = new Date("2026-12-07T10:00:00Z");
    const withConsent = await placeOrder(t.db, {
      cartId: await cart(),
      buyer,
      payment: "cod",
      privacyConsent: { givenAt },
    });
    if (!withConsent.ok) throw new Error(withConsent.error);
    expect(await consentsOf(t.db, { orderId: withConsent.orderId })).toEqual([
      {
        documentCode: "privacy",
        documentVersion: 2,
        context: "checkout",
        userId: null,
        orderId: withConsent.orderId,
        signupRequestId: null,
        givenAt,
      },
    ]);
    // Internal callers (seed, tests) place orders without it; nothing is recorded then.
    const without = await placeOrder(t.db, { cartId: await cart(), buyer, payment: "cod" });
    if (!without.ok) throw new Error(without.error);
    expect(await consentsOf(t.db, { orderId: without.orderId })).toEqual([]);
  });
});
