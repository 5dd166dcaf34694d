/**
 * Inviting a producer member: the account without a usable password, the 7-day link stored
 * hashed, the email, accepting (password set, link spent, signed in), and the lines between
 * invitation and reset links.
 */
import { and, count, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, mailOutbox, passwordResetTokens, sessions, users } from "../../../db/schema";
import { ensurePlace, makeProducer, makeUser } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import {
  hashToken,
  logIn,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
  userForSession,
  type SessionUser,
} from "./accounts.server";
import {
  acceptInvite,
  INVITE_TTL_MS,
  inviteInfo,
  inviteProducerMember,
  NO_PASSWORD,
} from "./invites.server";

const SITE = "https://cho-ocop.test";
let t: TestDatabase;
let official: SessionUser;
let producerId = 0;
let otherProducerId = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  producerId = (
    await makeProducer(t.db, {
      name: "HTX Cây trồng Sông Lô xanh",
      provinceCode: "25",
      communeCode: "08848",
    })
  ).id;
  otherProducerId = (await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" })).id;
  const u = await makeUser(t.db, { role: "official", officialPlaceCode: "25" });
  official = { ...u };
});
afterAll(async () => {
  await t.cleanup();
});

/** The invitation token in the newest email to `to`. */
async function mailedToken(to: string): Promise<string> {
  const [row] = await t.db
    .select({ text: mailOutbox.textBody, subject: mailOutbox.subject })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(desc(mailOutbox.id))
    .limit(1);
  const m = row?.text.match(/https:\/\/cho-ocop\.test\/invite\/([A-Za-z0-9_-]+)/);
  if (!m?.[1]) throw new Error(`no invitation mailed to ${to}`);
  return m[1];
}

async function rowCounts() {
  const n = async (
    table: typeof users | typeof passwordResetTokens | typeof mailOutbox | typeof auditLog,
  ) => (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    users: await n(users),
    tokens: await n(passwordResetTokens),
    mail: await n(mailOutbox),
    audit: await n(auditLog),
  };
}

const invite = (
  email: string,
  o: Partial<{ producerId: number; actor: SessionUser; name: string }> = {},
) =>
  inviteProducerMember(t.db, o.actor ?? official, {
    producerId: o.producerId ?? producerId,
    name: o.name ?? "Nguyễn Thị Mai",
    email,
    lang: "vi",
    siteUrl: SITE,
  });

describe("inviteProducerMember", () => {
  it("creates a member without a usable password, a 7-day hashed link, the email and an audit entry", async () => {
    const r = await invite("mai@example.com");
    if (!r.ok) throw new Error(r.error);
    expect(r.resent).toBe(false);
    const [user] = await t.db.select().from(users).where(eq(users.id, r.userId));
    expect(user).toMatchObject({
      email: "mai@example.com",
      name: "Nguyễn Thị Mai",
      role: "producer_member",
      producerId,
      passwordHash: NO_PASSWORD,
    });
    const token = await mailedToken("mai@example.com");
    const [stored] = await t.db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, r.userId));
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(stored?.purpose).toBe("invite");
    const ttl = stored!.expiresAt.getTime() - stored!.createdAt.getTime();
    expect(Math.abs(ttl - INVITE_TTL_MS)).toBeLessThan(60_000);
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "mai@example.com"));
    expect(mail?.subject).toContain("HTX Cây trồng Sông Lô xanh");
    expect(mail?.textBody).toContain("7 ngày");
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "member.invite"), eq(auditLog.entityId, String(r.userId))));
    expect(entry).toMatchObject({
      entityType: "user",
      provinceCode: "25",
      communeCode: "08848",
      actorUserId: official.id,
    });
  });

  it("does not let anyone log in to the account before the invitation is accepted", async () => {
    for (const password of [NO_PASSWORD, "", "mat-khau-bat-ky-nao"]) {
      const r = await logIn(t.db, { email: "mai@example.com", password, ip: null });
      expect(r).toEqual({ ok: false, error: "invalidCredentials" });
    }
  });

  it("refuses an email that already has an account, writing nothing", async () => {
    const customer = await makeUser(t.db, { email: "khach-co-san@example.com" });
    const before = await rowCounts();
    expect(await invite("khach-co-san@example.com")).toEqual({ ok: false, error: "emailTaken" });
    expect(await rowCounts()).toEqual(before);
    const [still] = await t.db.select().from(users).where(eq(users.id, customer.id));
    expect(still?.role).toBe("customer");
    // A pending member of another producer is not moved either.
    expect(
      await invite("mai@example.com", {
        producerId: otherProducerId,
        actor: { ...official, role: "administrator" },
      }),
    ).toEqual({
      ok: false,
      error: "emailTaken",
    });
  });

  it("answers not found for a producer out of the official's scope", async () => {
    const before = await rowCounts();
    expect(await invite("ngoai@example.com", { producerId: otherProducerId })).toEqual({
      ok: false,
      error: "notFound",
    });
    const customer = await makeUser(t.db);
    expect(await invite("ngoai@example.com", { actor: { ...customer } })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect((await rowCounts()).users).toBe(before.users + 1);
    expect(await rowCounts()).toMatchObject({
      tokens: before.tokens,
      mail: before.mail,
      audit: before.audit,
    });
  });

  it("sends a fresh link to a member who has not accepted yet; the old link stops working", async () => {
    const first = await invite("lan@example.com", { name: "Lan" });
    if (!first.ok) throw new Error(first.error);
    const oldToken = await mailedToken("lan@example.com");
    const again = await invite("lan@example.com", { name: "Tên khác" });
    expect(again).toEqual({ ok: true, userId: first.userId, resent: true });
    const newToken = await mailedToken("lan@example.com");
    expect(newToken).not.toBe(oldToken);
    expect(await inviteInfo(t.db, oldToken)).toBeNull();
    expect(await inviteInfo(t.db, newToken)).toMatchObject({
      name: "Lan",
      email: "lan@example.com",
    });
  });
});

describe("acceptInvite", () => {
  it("sets the password, spends the link, signs the member in; the new password logs in", async () => {
    const r = await invite("hoa@example.com", { name: "Lê Thị Hoa" });
    if (!r.ok) throw new Error(r.error);
    const token = await mailedToken("hoa@example.com");
    expect(await inviteInfo(t.db, token)).toEqual({
      name: "Lê Thị Hoa",
      email: "hoa@example.com",
      producerName: "HTX Cây trồng Sông Lô xanh",
    });

    expect(await acceptInvite(t.db, { token, password: "HOA@example.com " })).toEqual({
      ok: false,
      error: "passwordIsEmail",
    });
    const accepted = await acceptInvite(t.db, { token, password: "mat-khau-cua-hoa" });
    if (!accepted.ok) throw new Error(accepted.error);
    expect(accepted.user).toMatchObject({
      email: "hoa@example.com",
      role: "producer_member",
      producerId,
    });
    expect(await userForSession(t.db, accepted.token)).toMatchObject({ id: r.userId });

    // Single use.
    expect(await inviteInfo(t.db, token)).toBeNull();
    expect(await acceptInvite(t.db, { token, password: "mat-khau-khac-nua" })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    const login = await logIn(t.db, {
      email: "hoa@example.com",
      password: "mat-khau-cua-hoa",
      ip: null,
    });
    expect(login.ok).toBe(true);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "member.activate"), eq(auditLog.entityId, String(r.userId))));
    expect(entry).toMatchObject({
      actorUserId: r.userId,
      actorRole: "producer_member",
      provinceCode: "25",
    });
  });

  it("refuses an expired link and an unknown one", async () => {
    const r = await invite("het-han@example.com");
    if (!r.ok) throw new Error(r.error);
    const token = await mailedToken("het-han@example.com");
    await t.db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(passwordResetTokens.userId, r.userId));
    expect(await inviteInfo(t.db, token)).toBeNull();
    expect(await acceptInvite(t.db, { token, password: "mat-khau-qua-han" })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    expect(
      await acceptInvite(t.db, { token: "khong-co-that", password: "mat-khau-qua-han" }),
    ).toEqual({
      ok: false,
      error: "invalidToken",
    });
    const [user] = await t.db.select().from(users).where(eq(users.id, r.userId));
    expect(user?.passwordHash).toBe(NO_PASSWORD);
    const [s] = await t.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.userId, r.userId));
    expect(s?.n).toBe(0);
  });
});

describe("invitation and reset links are not interchangeable", () => {
  it("a reset page refuses an invitation link and the invitation page a reset link", async () => {
    const r = await invite("tach-biet@example.com");
    if (!r.ok) throw new Error(r.error);
    const inviteToken = await mailedToken("tach-biet@example.com");
    expect(await resetTokenUsable(t.db, inviteToken)).toBe(false);
    expect(
      await resetPassword(t.db, { token: inviteToken, password: "mat-khau-qua-reset" }),
    ).toEqual({
      ok: false,
      error: "invalidToken",
    });
    // Still usable as an invitation.
    expect(await inviteInfo(t.db, inviteToken)).not.toBeNull();

    await requestPasswordReset(t.db, { email: "tach-biet@example.com", lang: "vi", siteUrl: SITE });
    const [mail] = await t.db
      .select({ text: mailOutbox.textBody })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "tach-biet@example.com"))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const resetToken = mail?.text.match(/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
    if (!resetToken) throw new Error("no reset link");
    expect(await resetTokenUsable(t.db, resetToken)).toBe(true);
    expect(await inviteInfo(t.db, resetToken)).toBeNull();
    expect(await acceptInvite(t.db, { token: resetToken, password: "mat-khau-qua-moi" })).toEqual({
      ok: false,
      error: "invalidToken",
    });
  });
});
