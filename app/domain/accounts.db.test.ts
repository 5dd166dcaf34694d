import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginFailures, mailOutbox, passwordResetTokens, sessions, users } from "../../db/schema";
import { makeUser, TEST_PASSWORD } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import {
  createSession,
  hashToken,
  LOGIN_LIMITS,
  logIn,
  logOut,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
  signUp,
  userForSession,
} from "./accounts.server";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

const SITE = "https://cho-ocop.test";

async function sessionCount(userId: number): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}

/** The reset link of the newest queued email to `to`, and the token in it. */
async function lastResetToken(to: string): Promise<string> {
  const rows = await t.db
    .select({ text: mailOutbox.textBody })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, to))
    .orderBy(sql`${mailOutbox.id} desc`)
    .limit(1);
  const match = rows[0]?.text.match(/https:\/\/cho-ocop\.test\/reset-password\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no reset link mailed to ${to}`);
  return match[1];
}

describe("passwords", () => {
  it("are hashed with argon2id at OWASP's minimum or above", async () => {
    const result = await signUp(t.db, {
      name: "Lan",
      email: "hash@example.com",
      password: "mot-mat-khau-dai",
    });
    expect(result.ok).toBe(true);
    const [row] = await t.db
      .select({ h: users.passwordHash })
      .from(users)
      .where(eq(users.email, "hash@example.com"));
    const m = row?.h.match(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/);
    expect(m, row?.h).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(2);
    expect(Number(m?.[3])).toBe(1);
    expect(row?.h).not.toContain("mot-mat-khau-dai");
  });
});

describe("sign-up, log-in, log-out", () => {
  it("signs up a customer with an open session, stored hashed", async () => {
    const result = await signUp(t.db, {
      name: "Trần Lan",
      email: "lan@example.com",
      password: "mat-khau-cua-lan",
    });
    if (!result.ok) throw new Error("sign-up failed");
    expect(result.user).toMatchObject({
      name: "Trần Lan",
      email: "lan@example.com",
      role: "customer",
    });
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, result.user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(hashToken(result.token));
    expect(stored[0]?.id).not.toBe(result.token);
    expect((await userForSession(t.db, result.token))?.email).toBe("lan@example.com");
  });

  it("refuses a second account with the same email", async () => {
    await makeUser(t.db, { email: "taken@example.com" });
    const result = await signUp(t.db, {
      name: "B",
      email: "taken@example.com",
      password: "mat-khau-khac-nhau",
    });
    expect(result).toEqual({ ok: false, error: "emailTaken" });
  });

  it("opens a new session at log-in and ends the one the browser had", async () => {
    const user = await makeUser(t.db, { email: "rotate@example.com" });
    const before = await createSession(t.db, user.id);
    const result = await logIn(t.db, {
      email: "rotate@example.com",
      password: TEST_PASSWORD,
      ip: "203.0.113.1",
      previousToken: before.token,
    });
    if (!result.ok) throw new Error("log-in failed");
    expect(result.token).not.toBe(before.token);
    expect(await userForSession(t.db, before.token)).toBeNull();
    expect((await userForSession(t.db, result.token))?.id).toBe(user.id);
    expect(await sessionCount(user.id)).toBe(1);
  });

  it("gives one answer for an unknown account and a wrong password", async () => {
    await makeUser(t.db, { email: "same@example.com" });
    const wrong = await logIn(t.db, {
      email: "same@example.com",
      password: "sai-mat-khau-roi",
      ip: null,
    });
    const unknown = await logIn(t.db, {
      email: "khong-co@example.com",
      password: "sai-mat-khau-roi",
      ip: null,
    });
    expect(wrong).toEqual({ ok: false, error: "invalidCredentials" });
    expect(unknown).toEqual(wrong);
  });

  it("ends the session at log-out", async () => {
    const user = await makeUser(t.db);
    const { token } = await createSession(t.db, user.id);
    await logOut(t.db, token);
    expect(await userForSession(t.db, token)).toBeNull();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it("ignores an expired session", async () => {
    const user = await makeUser(t.db);
    const { token } = await createSession(t.db, user.id);
    await t.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.id, hashToken(token)));
    expect(await userForSession(t.db, token)).toBeNull();
  });
});

describe("log-in limits", () => {
  it("blocks the 6th attempt on an account after 5 failures, even with the right password", async () => {
    await makeUser(t.db, { email: "target@example.com" });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const r = await logIn(t.db, {
        email: "target@example.com",
        password: `doan-sai-${i}-xxxx`,
        ip: `198.51.100.${i}`,
      });
      expect(r).toEqual({ ok: false, error: "invalidCredentials" });
    }
    const sixth = await logIn(t.db, {
      email: "target@example.com",
      password: TEST_PASSWORD,
      ip: "198.51.100.99",
    });
    expect(sixth).toEqual({ ok: false, error: "rateLimited" });
    // Another account, even from one of the same addresses, is not affected.
    await makeUser(t.db, { email: "bystander@example.com" });
    const other = await logIn(t.db, {
      email: "bystander@example.com",
      password: TEST_PASSWORD,
      ip: "198.51.100.1",
    });
    expect(other.ok).toBe(true);
  });

  it("blocks an address after 20 failures across accounts", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      await logIn(t.db, { email: `spray-${i}@example.com`, password: "khong-dung-dau-nhe", ip });
    }
    await makeUser(t.db, { email: "sprayed@example.com" });
    expect(
      await logIn(t.db, { email: "sprayed@example.com", password: TEST_PASSWORD, ip }),
    ).toEqual({
      ok: false,
      error: "rateLimited",
    });
    const elsewhere = await logIn(t.db, {
      email: "sprayed@example.com",
      password: TEST_PASSWORD,
      ip: "192.0.2.78",
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("counts only the last 15 minutes, and a success clears the account's failures", async () => {
    await makeUser(t.db, { email: "window@example.com" });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      await logIn(t.db, { email: "window@example.com", password: "sai-sai-sai-sai", ip: null });
    }
    await t.db
      .update(loginFailures)
      .set({ createdAt: sql`now() - interval '16 minutes'` })
      .where(eq(loginFailures.email, "window@example.com"));
    expect(
      (await logIn(t.db, { email: "window@example.com", password: TEST_PASSWORD, ip: null })).ok,
    ).toBe(true);
    const [left] = await t.db
      .select({ n: count() })
      .from(loginFailures)
      .where(eq(loginFailures.email, "window@example.com"));
    expect(left?.n).toBe(0);
  });
});

describe("password reset", () => {
  it("answers the same and queues nothing for an unknown email", async () => {
    const [before] = await t.db.select({ n: count() }).from(mailOutbox);
    await requestPasswordReset(t.db, { email: "nobody@example.com", lang: "vi", siteUrl: SITE });
    const [after] = await t.db.select({ n: count() }).from(mailOutbox);
    expect(after?.n).toBe(before?.n);
  });

  it("mails a one-time link, stored hashed, that ends every session of the account", async () => {
    const user = await makeUser(t.db, { email: "forgot@example.com", name: "Hoa" });
    const phone = await createSession(t.db, user.id);
    const laptop = await createSession(t.db, user.id);
    await requestPasswordReset(t.db, { email: "forgot@example.com", lang: "en", siteUrl: SITE });
    const token = await lastResetToken("forgot@example.com");
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "forgot@example.com"));
    expect(mail?.subject).toBe("Reset your Chợ OCOP password");
    expect(mail?.textBody).toContain("Hello Hoa");
    const stored = await t.db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, user.id));
    expect(stored.map((r) => r.tokenHash)).toEqual([hashToken(token)]);
    expect(await resetTokenUsable(t.db, token)).toBe(true);

    expect(await resetPassword(t.db, { token, password: "mat-khau-moi-hoan-toan" })).toEqual({
      ok: true,
      email: "forgot@example.com",
    });
    expect(await userForSession(t.db, phone.token)).toBeNull();
    expect(await userForSession(t.db, laptop.token)).toBeNull();
    // Single use.
    expect(await resetTokenUsable(t.db, token)).toBe(false);
    expect(await resetPassword(t.db, { token, password: "mot-mat-khau-nua-nhe" })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    // The new password works, the old one does not.
    expect(
      (await logIn(t.db, { email: "forgot@example.com", password: TEST_PASSWORD, ip: null })).ok,
    ).toBe(false);
    expect(
      (
        await logIn(t.db, {
          email: "forgot@example.com",
          password: "mat-khau-moi-hoan-toan",
          ip: null,
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses a link older than an hour", async () => {
    await makeUser(t.db, { email: "late@example.com" });
    await requestPasswordReset(t.db, { email: "late@example.com", lang: "vi", siteUrl: SITE });
    const token = await lastResetToken("late@example.com");
    await t.db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordResetTokens.tokenHash, hashToken(token)));
    expect(await resetTokenUsable(t.db, token)).toBe(false);
    expect(await resetPassword(t.db, { token, password: "mat-khau-qua-muon" })).toEqual({
      ok: false,
      error: "invalidToken",
    });
  });

  it("sets links to expire one hour after the request", async () => {
    const user = await makeUser(t.db, { email: "hour@example.com" });
    await requestPasswordReset(t.db, { email: "hour@example.com", lang: "vi", siteUrl: SITE });
    const [row] = await queryMinutes(user.id);
    expect(Number(row?.minutes)).toBeGreaterThan(59);
    expect(Number(row?.minutes)).toBeLessThanOrEqual(60);
  });

  it("refuses the account's email as the new password and keeps the link usable", async () => {
    await makeUser(t.db, { email: "same-as-email@example.com" });
    await requestPasswordReset(t.db, {
      email: "same-as-email@example.com",
      lang: "vi",
      siteUrl: SITE,
    });
    const token = await lastResetToken("same-as-email@example.com");
    expect(await resetPassword(t.db, { token, password: " Same-As-Email@example.com" })).toEqual({
      ok: false,
      error: "passwordIsEmail",
    });
    expect(await resetTokenUsable(t.db, token)).toBe(true);
  });

  it("sends at most three open links per account", async () => {
    const user = await makeUser(t.db, { email: "flood@example.com" });
    for (let i = 0; i < 5; i++) {
      await requestPasswordReset(t.db, { email: "flood@example.com", lang: "vi", siteUrl: SITE });
    }
    const [mails] = await t.db
      .select({ n: count() })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "flood@example.com"));
    const [links] = await t.db
      .select({ n: count() })
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, user.id));
    expect(mails?.n).toBe(3);
    expect(links?.n).toBe(3);
  });
});

function queryMinutes(userId: number) {
  return t.db
    .select({
      minutes: sql<string>`extract(epoch from (${passwordResetTokens.expiresAt} - now())) / 60`,
    })
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.userId, userId));
}
