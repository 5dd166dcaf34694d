import { and, count, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, sessions, signupRequests, users } from "../../../db/schema";
import { makeUser } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { createSession, hashToken, logIn, userForSession } from "./accounts.server";
import {
  confirmSignUp,
  MAX_SIGNUP_MAILS_PER_DAY,
  requestSignUp,
  signUpRequestEmail,
  type SignUpRequestInput,
} from "./signups.server";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

const SITE = "https://cho-ocop.test";

const request = (o: Partial<SignUpRequestInput> & { email: string }) =>
  requestSignUp(t.db, {
    name: "Trần Lan",
    password: "mat-khau-cua-lan",
    redirectTo: "/",
    lang: "vi",
    siteUrl: SITE,
    ...o,
  });

async function mailsTo(to: string) {
  return t.db
    .select({ subject: mailOutbox.subject, text: mailOutbox.textBody })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(mailOutbox.id);
}

/** The token of the newest sign-up link mailed to `to`. */
async function linkTokenFor(to: string): Promise<string> {
  const mails = await mailsTo(to);
  const match = mails
    .at(-1)
    ?.text.match(/https:\/\/cho-ocop\.test\/confirm-signup\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no sign-up link mailed to ${to}`);
  return match[1];
}

async function usersWith(email: string) {
  const [row] = await t.db.select({ n: count() }).from(users).where(eq(users.email, email));
  return row?.n ?? 0;
}

describe("asking for an account", () => {
  it("mails a new address a link and creates no account until it is used", async () => {
    await request({ email: "moi@example.com", name: "Lan Mới", lang: "en" });
    expect(await usersWith("moi@example.com")).toBe(0);
    const [mail] = await mailsTo("moi@example.com");
    expect(mail?.subject).toBe("Activate your Chợ OCOP account");
    expect(mail?.text).toContain("Hello Lan Mới");
    expect(mail?.text).toContain("24 hours");
    const token = await linkTokenFor("moi@example.com");
    const [stored] = await t.db
      .select()
      .from(signupRequests)
      .where(eq(signupRequests.email, "moi@example.com"));
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await signUpRequestEmail(t.db, token)).toBe("moi@example.com");
  });

  it("mails the owner of an address with an account a notice, and nothing that makes an account", async () => {
    const owner = await makeUser(t.db, { email: "chu@example.com", name: "Bà Chủ" });
    await request({ email: "chu@example.com", password: "mat-khau-ke-la" });
    const mails = await mailsTo("chu@example.com");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Có người đăng ký Chợ OCOP bằng email của bạn");
    expect(mails[0]?.text).toContain("Xin chào Bà Chủ");
    expect(mails[0]?.text).toContain(`${SITE}/login`);
    expect(mails[0]?.text).toContain(`${SITE}/forgot-password`);
    expect(mails[0]?.text).not.toContain("/confirm-signup/");
    const [row] = await t.db
      .select()
      .from(signupRequests)
      .where(eq(signupRequests.email, "chu@example.com"));
    expect(row).toMatchObject({ tokenHash: null, name: null, passwordHash: null });
    // The account is as it was: the stranger's password opens nothing.
    const [after] = await t.db.select().from(users).where(eq(users.email, "chu@example.com"));
    expect(after).toEqual(owner);
    expect(
      (await logIn(t.db, { email: "chu@example.com", password: "mat-khau-ke-la", ip: null })).ok,
    ).toBe(false);
  });

  it("sends at most three sign-up emails a day to one address, of either kind", async () => {
    await makeUser(t.db, { email: "co-tai-khoan@example.com" });
    for (const email of ["ngap-thu@example.com", "co-tai-khoan@example.com"]) {
      for (let i = 0; i < MAX_SIGNUP_MAILS_PER_DAY + 2; i++) await request({ email });
      expect([email, (await mailsTo(email)).length]).toEqual([email, MAX_SIGNUP_MAILS_PER_DAY]);
    }
    // A day later the address can be sent to again.
    await t.db
      .update(signupRequests)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(signupRequests.email, "ngap-thu@example.com"));
    await request({ email: "ngap-thu@example.com" });
    expect(await mailsTo("ngap-thu@example.com")).toHaveLength(MAX_SIGNUP_MAILS_PER_DAY + 1);
  });
});

describe("confirming", () => {
  it("creates the customer with an argon2id hash, signs it in and ends the browser's old session", async () => {
    const other = await makeUser(t.db);
    const before = await createSession(t.db, other.id);
    await request({ email: "xac-nhan@example.com", redirectTo: "/cart" });
    const token = await linkTokenFor("xac-nhan@example.com");
    const result = await confirmSignUp(t.db, { token, previousToken: before.token });
    if (!result.ok) throw new Error("confirmation failed");
    expect(result.redirectTo).toBe("/cart");
    expect(result.user).toMatchObject({
      name: "Trần Lan",
      email: "xac-nhan@example.com",
      role: "customer",
      producerId: null,
    });
    const [row] = await t.db
      .select({ h: users.passwordHash })
      .from(users)
      .where(eq(users.email, "xac-nhan@example.com"));
    const m = row?.h.match(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/);
    expect(m, row?.h).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(2);
    expect(Number(m?.[3])).toBe(1);
    expect(row?.h).not.toContain("mat-khau-cua-lan");
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, result.user.id));
    expect(stored.map((s) => s.id)).toEqual([hashToken(result.token)]);
    expect((await userForSession(t.db, result.token))?.email).toBe("xac-nhan@example.com");
    expect(await userForSession(t.db, before.token)).toBeNull();
    expect(
      (
        await logIn(t.db, {
          email: "xac-nhan@example.com",
          password: "mat-khau-cua-lan",
          ip: null,
        })
      ).ok,
    ).toBe(true);
  });

  it("spends the link and the address's other links: each works once, the first one used wins", async () => {
    await request({ email: "hai-lan@example.com", password: "mat-khau-lan-dau" });
    const first = await linkTokenFor("hai-lan@example.com");
    await request({ email: "hai-lan@example.com", password: "mat-khau-lan-sau" });
    const second = await linkTokenFor("hai-lan@example.com");
    expect(first).not.toBe(second);
    expect((await confirmSignUp(t.db, { token: second })).ok).toBe(true);
    expect(await confirmSignUp(t.db, { token: second })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    expect(await signUpRequestEmail(t.db, first)).toBeNull();
    expect(await confirmSignUp(t.db, { token: first })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    expect(await usersWith("hai-lan@example.com")).toBe(1);
    const open = await t.db
      .select()
      .from(signupRequests)
      .where(and(eq(signupRequests.email, "hai-lan@example.com"), isNull(signupRequests.usedAt)));
    expect(open).toEqual([]);
  });

  it("refuses a link once the address has an account some other way, and an expired link", async () => {
    await request({ email: "da-duoc-moi@example.com" });
    const token = await linkTokenFor("da-duoc-moi@example.com");
    const invited = await makeUser(t.db, { email: "da-duoc-moi@example.com" });
    expect(await confirmSignUp(t.db, { token })).toEqual({ ok: false, error: "invalidToken" });
    const [after] = await t.db.select().from(users).where(eq(users.id, invited.id));
    expect(after).toEqual(invited);

    await request({ email: "muon@example.com" });
    const late = await linkTokenFor("muon@example.com");
    await t.db
      .update(signupRequests)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signupRequests.tokenHash, hashToken(late)));
    expect(await signUpRequestEmail(t.db, late)).toBeNull();
    expect(await confirmSignUp(t.db, { token: late })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    expect(await usersWith("muon@example.com")).toBe(0);
  });

  it("keeps only a same-site return path", async () => {
    await request({ email: "quay-ve@example.com", redirectTo: "/\t/evil.example" });
    const token = await linkTokenFor("quay-ve@example.com");
    const result = await confirmSignUp(t.db, { token });
    expect(result.ok && result.redirectTo).toBe("/");
  });
});
