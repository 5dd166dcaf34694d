/**
 * Expiry notices (issue 12, point 6): the sweep sends the 30- and 7-day notices once each, to
 * the producer's members and contact address, through the mail outbox; none for revoked,
 * superseded or 1★–2★ certificates; the expiring list and the letter show what was sent.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificateExpiryNotices, mailOutbox, producers } from "../../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProducer,
  makeProduct,
  makeUser,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, addMonths } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import { listExpiringCertificates } from "./expiring.server";
import { expiringCertificatesCsv } from "./expiring-csv";
import {
  countUnnotified,
  getExpiryLetter,
  markLetterPosted,
  sweepExpiryNotices,
} from "./expiry-notices.server";
import { makeT } from "../../i18n";

const TODAY = "2026-03-15";
/** 10:00 in Vietnam on TODAY. */
const at = (day: string) => new Date(`${day}T03:00:00Z`);
/** The decision date that makes a certificate end `days` after TODAY. */
const endingIn = (days: number) => addMonths(addDays(TODAY, days), -36);

let t: TestDatabase;
let official: SessionUser;
let otherOfficial: SessionUser;
let producerA = 0;
let producerB = 0;
const cert: Record<string, number> = {};
let memberEmails: string[] = [];

function asSession(u: Awaited<ReturnType<typeof makeUser>>): SessionUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    producerId: u.producerId,
    officialPlaceCode: u.officialPlaceCode,
    officialLegacyPlaceId: u.officialLegacyPlaceId,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(t.db, { provinceCode: "79", communeCode: "26734" });
  // A: two members, and a contact address that is one of theirs in other capitals.
  producerA = (
    await makeProducer(t.db, { name: "HTX Thông báo A", provinceCode: "25", communeCode: "08848" })
  ).id;
  const m1 = await makeUser(t.db, {
    role: "producer_member",
    producerId: producerA,
    email: "thanh-vien-1@example.com",
  });
  const m2 = await makeUser(t.db, {
    role: "producer_member",
    producerId: producerA,
    email: "thanh-vien-2@example.com",
  });
  memberEmails = [m1.email, m2.email];
  await t.db
    .update(producers)
    .set({ email: "Thanh-Vien-2@Example.com" })
    .where(eq(producers.id, producerA));
  // B: no member and no email, the letter's producer.
  producerB = (
    await makeProducer(t.db, { name: "Hộ Thông báo B", provinceCode: "25", communeCode: "08848" })
  ).id;

  const certificate = async (
    key: string,
    producerId: number,
    days: number,
    o: Partial<Parameters<typeof makeCertificate>[1]> = {},
  ) => {
    const product = await makeProduct(t.db, { producerId, nameVi: `Sản phẩm ${key}` });
    const c = await makeCertificate(t.db, {
      productId: product.id,
      stars: 4,
      decisionDate: endingIn(days),
      ...o,
    });
    cert[key] = c.id;
  };
  await certificate("in20", producerA, 20, { stars: 3 });
  await certificate("in5", producerB, 5);
  await certificate("in60", producerA, 60);
  await certificate("expired", producerA, -1);
  await certificate("revoked", producerA, 20, { status: "revoked" });
  await certificate("superseded", producerA, 20, { status: "superseded" });
  await certificate("twoStars", producerA, 20, { stars: 2 });
  await certificate("oneStar", producerA, 5, { stars: 1 });

  official = asSession(await makeUser(t.db, { role: "official", officialPlaceCode: "25" }));
  otherOfficial = asSession(await makeUser(t.db, { role: "official", officialPlaceCode: "79" }));
});

afterAll(async () => {
  await t?.cleanup();
});

const notices = () =>
  t.db
    .select({
      certificateId: certificateExpiryNotices.certificateId,
      threshold: certificateExpiryNotices.thresholdDays,
      recipients: certificateExpiryNotices.recipients,
    })
    .from(certificateExpiryNotices)
    .orderBy(certificateExpiryNotices.certificateId, certificateExpiryNotices.thresholdDays);
const mails = () =>
  t.db
    .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, text: mailOutbox.textBody })
    .from(mailOutbox)
    .orderBy(mailOutbox.id);

describe("the expiry notice sweep", () => {
  it("sends the 30-day notice to each member once, and only the 7-day one inside 7 days", async () => {
    const counts = await sweepExpiryNotices(t.db, at(TODAY), { siteUrl: "https://cho-ocop.test" });
    expect(counts).toEqual({ notices: 2, emails: 2 });
    expect(await notices()).toEqual([
      { certificateId: cert.in20, threshold: 30, recipients: memberEmails },
      { certificateId: cert.in5, threshold: 7, recipients: [] },
    ]);
    const sent = await mails();
    expect(sent.map((m) => m.to)).toEqual(memberEmails);
    for (const m of sent) {
      expect(m.subject).toContain("Sản phẩm in20");
      expect(m.subject).toContain("còn 20 ngày");
      expect(m.text).toContain("Kính gửi HTX Thông báo A");
      expect(m.text).toContain("3 sao");
      expect(m.text).toContain("https://cho-ocop.test/producer");
      // The province gives notice today, whoever signed the decision (a test "UBND Thành phố Hà Nội").
      expect(m.text).toContain("liên hệ UBND tỉnh Phú Thọ");
    }
  });

  it("sends nothing more on a second run the same day", async () => {
    expect(await sweepExpiryNotices(t.db, at(TODAY))).toEqual({ notices: 0, emails: 0 });
    expect(await notices()).toHaveLength(2);
    expect(await mails()).toHaveLength(2);
  });

  it("sends the 7-day notice when it comes, once; never a 30-day one late", async () => {
    const day = addDays(TODAY, 13);
    expect(await sweepExpiryNotices(t.db, at(addDays(TODAY, 12)))).toEqual({
      notices: 0,
      emails: 0,
    });
    expect(await sweepExpiryNotices(t.db, at(day))).toEqual({ notices: 1, emails: 2 });
    expect(await sweepExpiryNotices(t.db, at(day))).toEqual({ notices: 0, emails: 0 });
    expect((await notices()).map((n) => [n.certificateId, n.threshold])).toEqual([
      [cert.in20, 7],
      [cert.in20, 30],
      [cert.in5, 7],
    ]);
    const last = (await mails()).slice(2);
    expect(last.map((m) => m.to)).toEqual(memberEmails);
    expect(last[0]?.subject).toMatch(/^Nhắc lại: .*còn 7 ngày/);
  });

  it("never notifies revoked, superseded, 1★–2★, expired or far-off certificates", async () => {
    await sweepExpiryNotices(t.db, at(addDays(TODAY, 2)));
    const notified = new Set((await notices()).map((n) => n.certificateId));
    for (const key of ["in60", "expired", "revoked", "superseded", "twoStars", "oneStar"]) {
      expect(notified.has(cert[key] ?? -1), key).toBe(false);
    }
  });

  it("does not notify a certificate revoked before its notice fell due", async () => {
    const product = await makeProduct(t.db, { producerId: producerA });
    const c = await makeCertificate(t.db, { productId: product.id, decisionDate: endingIn(45) });
    await t.db.execute(
      sql`update certificates set status = 'revoked', revoked_reason = 'Thu hồi' where id = ${c.id}`,
    );
    await sweepExpiryNotices(t.db, at(addDays(TODAY, 20)));
    const rows = await t.db
      .select()
      .from(certificateExpiryNotices)
      .where(eq(certificateExpiryNotices.certificateId, c.id));
    expect(rows).toEqual([]);
  });
});

describe("what the workspaces show of it", () => {
  it("puts the notified times on the expiring list and its CSV", async () => {
    const day = addDays(TODAY, 13);
    const list = await listExpiringCertificates(t.db, official, day);
    const a = list.items.find((i) => i.certificateId === cert.in20);
    expect(a?.notice30At).toBe(`${TODAY} 10:00`);
    expect(a?.notice30Recipients).toBe(2);
    expect(a?.notice7At).toBe(`${day} 10:00`);
    const earlier = await listExpiringCertificates(t.db, official, addDays(TODAY, 3));
    const b = earlier.items.find((i) => i.certificateId === cert.in5);
    expect(b?.notice30At).toBeNull();
    expect(b?.notice7Recipients).toBe(0);
    expect(b?.letterPostedAt).toBeNull();
    const csv = expiringCertificatesCsv(makeT("vi"), "vi", list, day);
    expect(csv).toContain("Email 30 ngày");
    expect(csv).toContain(`${TODAY} 10:00`);
  });

  it("counts the certificates no email reached until their letter is posted", async () => {
    expect(await countUnnotified(t.db, official, TODAY)).toBe(1);
    expect(await countUnnotified(t.db, otherOfficial, TODAY)).toBe(0);
    expect(await markLetterPosted(t.db, otherOfficial, cert.in5 ?? 0, TODAY)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await markLetterPosted(t.db, official, cert.in5 ?? 0, TODAY)).toEqual({ ok: true });
    expect(await markLetterPosted(t.db, official, cert.in5 ?? 0, TODAY)).toEqual({ ok: true });
    expect(await countUnnotified(t.db, official, TODAY)).toBe(0);
    const list = await listExpiringCertificates(t.db, official, TODAY);
    expect(list.items.find((i) => i.certificateId === cert.in5)?.letterPostedAt).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    const audits = await t.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'certificate.expiry_letter_posted'`,
    );
    expect(JSON.stringify(audits)).toContain('"n":1');
  });

  it("opens the letter for officials in scope and the producer's own members only", async () => {
    const id = cert.in5 ?? 0;
    expect(
      (await getExpiryLetter(t.db, { kind: "official", user: official }, id, TODAY))?.producerName,
    ).toBe("Hộ Thông báo B");
    expect(
      await getExpiryLetter(t.db, { kind: "official", user: otherOfficial }, id, TODAY),
    ).toBeNull();
    const letter = await getExpiryLetter(
      t.db,
      { kind: "producer", producerId: producerB },
      id,
      TODAY,
    );
    expect(letter?.daysLeft).toBe(5);
    // The province gives notice today, whoever signed the decision.
    expect(letter?.senderVi).toBe("UBND tỉnh Phú Thọ");
    expect(letter?.senderEn).toBe("People's Committee of Phú Thọ");
    expect(
      await getExpiryLetter(t.db, { kind: "producer", producerId: producerA }, id, TODAY),
    ).toBeNull();
    expect(
      await getExpiryLetter(t.db, { kind: "official", user: official }, cert.revoked ?? 0, TODAY),
    ).toBeNull();
    expect(
      await getExpiryLetter(t.db, { kind: "official", user: official }, cert.twoStars ?? 0, TODAY),
    ).toBeNull();
    expect(
      await getExpiryLetter(t.db, { kind: "official", user: official }, cert.expired ?? 0, TODAY),
    ).toBeNull();
  });
});
