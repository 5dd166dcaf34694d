import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginFailures, mailOutbox, passwordResetTokens, sessions } from "../../../db/schema";
import { makeUser, TEST_PASSWORD } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import {
  createSession,
  hashToken,
  LOGIN_LIMITS,
  logIn,
  logOut,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
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

describe("log-in, log-out", () => {
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
  const guess = (email: string, ip: string | null, i = 0) =>
    logIn(t.db, { email, password: `doan-sai-${i}-xxxx`, ip });

  it("are the numbers decision 0018 gives", () => {
    expect(LOGIN_LIMITS).toEqual({
      windowMinutes: 15,
      perAccountFromAddress: 5,
      perAccount: 50,
      perAddress: 20,
    });
  });

  it("block an address after 5 failures on one account, even with the right password", async () => {
    await makeUser(t.db, { email: "target@example.com" });
    const attacker = "198.51.100.66";
    for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++) {
      expect(await guess("target@example.com", attacker, i)).toEqual({
        ok: false,
        error: "invalidCredentials",
      });
    }
    const sixth = await logIn(t.db, {
      email: "target@example.com",
      password: TEST_PASSWORD,
      ip: attacker,
    });
    expect(sixth).toEqual({ ok: false, error: "rateLimited" });
    // Another account, from the same address, is not affected.
    await makeUser(t.db, { email: "bystander@example.com" });
    const other = await logIn(t.db, {
      email: "bystander@example.com",
      password: TEST_PASSWORD,
      ip: attacker,
    });
    expect(other.ok).toBe(true);
  });

  it("let the owner in from another address while one address is blocked, which stays blocked", async () => {
    await makeUser(t.db, { email: "owner@example.com" });
    const attacker = "203.0.113.66";
    for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++)
      await guess("owner@example.com", attacker, i);
    expect(await guess("owner@example.com", attacker)).toEqual({
      ok: false,
      error: "rateLimited",
    });
    const owner = await logIn(t.db, {
      email: "owner@example.com",
      password: TEST_PASSWORD,
      ip: "192.0.2.10",
    });
    expect(owner.ok).toBe(true);
    // The owner's log-in does not give the guessing address a fresh allowance.
    expect(
      await logIn(t.db, { email: "owner@example.com", password: TEST_PASSWORD, ip: attacker }),
    ).toEqual({ ok: false, error: "rateLimited" });
  });

  it("hold a ceiling per account across addresses, so a spread-out guess is still slowed", async () => {
    await makeUser(t.db, { email: "spread@example.com" });
    // Four failures from each address: no address reaches its own limit.
    const addresses = Math.ceil(LOGIN_LIMITS.perAccount / (LOGIN_LIMITS.perAccountFromAddress - 1));
    let failures = 0;
    for (let a = 0; a < addresses && failures < LOGIN_LIMITS.perAccount; a++) {
      for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress - 1; i++) {
        if (failures === LOGIN_LIMITS.perAccount) break;
        expect(await guess("spread@example.com", `100.64.0.${a}`, i)).toEqual({
          ok: false,
          error: "invalidCredentials",
        });
        failures++;
      }
    }
    expect(
      await logIn(t.db, {
        email: "spread@example.com",
        password: TEST_PASSWORD,
        ip: "100.64.1.1",
      }),
    ).toEqual({ ok: false, error: "rateLimited" });
    // One failure fewer would have let the owner in: the ceiling, not the pair limit, held.
    await t.db.execute(
      sql`delete from login_failures
           where id = (select min(id) from login_failures where email = 'spread@example.com')`,
    );
    expect(
      (
        await logIn(t.db, {
          email: "spread@example.com",
          password: TEST_PASSWORD,
          ip: "100.64.1.1",
        })
      ).ok,
    ).toBe(true);
  });

  it("block an address after 20 failures across accounts", async () => {
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

  it("count an unknown address as one address", async () => {
    await makeUser(t.db, { email: "no-address@example.com" });
    for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++)
      await guess("no-address@example.com", null, i);
    expect(
      await logIn(t.db, { email: "no-address@example.com", password: TEST_PASSWORD, ip: null }),
    ).toEqual({ ok: false, error: "rateLimited" });
  });

  it("count only the last 15 minutes, and a success clears that address's failures only", async () => {
    await makeUser(t.db, { email: "window@example.com" });
    const home = "198.51.100.20";
    const elsewhere = "198.51.100.21";
    for (let i = 0; i < LOGIN_LIMITS.perAccountFromAddress; i++)
      await guess("window@example.com", home, i);
    await guess("window@example.com", elsewhere);
    await t.db
      .update(loginFailures)
      .set({ createdAt: sql`now() - interval '16 minutes'` })
      .where(and(eq(loginFailures.email, "window@example.com"), eq(loginFailures.ip, home)));
    expect(
      (await logIn(t.db, { email: "window@example.com", password: TEST_PASSWORD, ip: home })).ok,
    ).toBe(true);
    const left = await t.db
      .select({ ip: loginFailures.ip })
      .from(loginFailures)
      .where(eq(loginFailures.email, "window@example.com"));
    expect(left).toEqual([{ ip: elsewhere }]);
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
