/**
 * Accounts and sessions: log-in with limits on guessing, log-out, password reset by a
 * one-time link (sign-up is in signups.server.ts). Tokens (session and reset) leave the server
 * only in a cookie or an email; the database keeps their sha-256, so reading the tables signs
 * nobody in.
 */
import { createHash, randomBytes } from "node:crypto";
import { hash, verify, type Options as Argon2Options } from "@node-rs/argon2";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import { queryRows, type Db } from "../../../db/client";
import { passwordResetTokens, sessions, users } from "../../../db/schema";
import { translate, type Lang } from "../../i18n/index";
import { passwordIsEmail } from "./schemas";
import { enqueueMail } from "../mail/outbox.server";

/**
 * argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane). `algorithm: 2` is Argon2id: the
 * package exports it as a const enum, which isolated modules cannot import.
 */
export const ARGON2_OPTIONS: Argon2Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const SESSION_TTL_MS = 30 * 24 * 3600_000;
export const RESET_TTL_MS = 3600_000;
/** Unused reset links one account may have at once; more requests send nothing. */
const MAX_OPEN_RESETS = 3;

/**
 * Failed log-ins allowed within the window before the next attempt is refused (decision 0018).
 * Guesses are counted per account *and* address, so someone guessing from one place does not
 * lock the owner out everywhere; the per-account ceiling still slows a guess spread over many
 * addresses, and the per-address one a single address trying many accounts.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  perAccountFromAddress: 5,
  perAccount: 50,
  perAddress: 20,
} as const;

/** A signed-in user: what sessionUserColumns selects. */
export type SessionUser = SelectResultFields<typeof sessionUserColumns>;

/** The columns of a signed-in user (SessionUser), for every select or returning that makes one. */
export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  producerId: users.producerId,
  officialPlaceCode: users.officialPlaceCode,
  officialLegacyPlaceId: users.officialLegacyPlaceId,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified against when the account does not exist, so both failures take as long.
let dummyHash: Promise<string> | undefined;

async function passwordMatches(storedHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-password-of-anyone");
  // An invited account without a password yet (invites.server.ts) counts as no account.
  const usable = storedHash?.startsWith("$argon2") ? storedHash : undefined;
  const target = usable ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && usable !== undefined;
}

/** Opens a session for the user; returns the token for the cookie. */
export async function createSession(
  db: Db,
  userId: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/** The user a session token belongs to, or null when unknown or expired. One query. */
export async function userForSession(db: Db, token: string): Promise<SessionUser | null> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  return row ?? null;
}

export type LogInInput = {
  email: string;
  password: string;
  /** The client's address, when known; failures are counted per account and address. */
  ip: string | null;
  /** The token of a session the browser already had: replaced, never reused. */
  previousToken?: string | null;
};
export type LogInResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; error: "invalidCredentials" | "rateLimited" };

/** Whether recent failures have reached one of the limits for this email from this address. */
export async function loginBlocked(db: Db, email: string, ip: string | null): Promise<boolean> {
  const since = sql`now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes})`;
  // An unknown address (no peer address in the load context) counts as one address.
  const [row] = await queryRows<{
    by_pair: number | string;
    by_email: number | string;
    by_ip: number | string;
  }>(
    db,
    sql`select count(*) filter (where email = ${email} and ip is not distinct from ${ip}) as by_pair,
               count(*) filter (where email = ${email}) as by_email,
               count(*) filter (where ip is not null and ip = ${ip}) as by_ip
          from login_failures
         where created_at > ${since} and (email = ${email} or ip = ${ip})`,
  );
  return (
    Number(row?.by_pair ?? 0) >= LOGIN_LIMITS.perAccountFromAddress ||
    Number(row?.by_email ?? 0) >= LOGIN_LIMITS.perAccount ||
    Number(row?.by_ip ?? 0) >= LOGIN_LIMITS.perAddress
  );
}

/**
 * Checks the password and opens a new session. "No such account" and "wrong password" give
 * the same answer; attempts beyond the limits are refused before the password is checked.
 */
export async function logIn(db: Db, input: LogInInput): Promise<LogInResult> {
  if (await loginBlocked(db, input.email, input.ip)) return { ok: false, error: "rateLimited" };
  const [found] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, input.email));
  if (!(await passwordMatches(found?.passwordHash, input.password)) || !found) {
    await db.execute(
      sql`insert into login_failures (email, ip) values (${input.email}, ${input.ip})`,
    );
    return { ok: false, error: "invalidCredentials" };
  }
  const user: SessionUser = {
    id: found.id,
    email: found.email,
    name: found.name,
    role: found.role,
    producerId: found.producerId,
    officialPlaceCode: found.officialPlaceCode,
    officialLegacyPlaceId: found.officialLegacyPlaceId,
  };
  return db.transaction(async (tx) => {
    // Only this address's failures were the owner's typing; failures from elsewhere may be
    // someone guessing, and must keep counting towards their limits.
    await tx.execute(
      sql`delete from login_failures
           where email = ${input.email} and ip is not distinct from ${input.ip}`,
    );
    if (input.previousToken)
      await tx.delete(sessions).where(eq(sessions.id, hashToken(input.previousToken)));
    const session = await createSession(tx, user.id);
    return { ok: true, user, ...session } as const;
  });
}

export async function logOut(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/**
 * Emails a one-time reset link when the address has an account; does nothing visible
 * otherwise, so the answer never tells whether an account exists.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; lang: Lang; siteUrl: string },
): Promise<void> {
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.email, input.email));
  if (!user) return;
  await db.transaction(async (tx) => {
    const [open] = await queryRows<{ n: number | string }>(
      tx,
      sql`select count(*) as n from password_reset_tokens
           where user_id = ${user.id} and purpose = 'reset' and used_at is null and expires_at > now()`,
    );
    // A flood of requests must not become a flood of email to someone's inbox.
    if (Number(open?.n ?? 0) >= MAX_OPEN_RESETS) return;
    const token = newToken();
    await tx.insert(passwordResetTokens).values({
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
    });
    const link = `${input.siteUrl}/reset-password/${token}`;
    await enqueueMail(tx, {
      to: input.email,
      subject: translate(input.lang, "accounts.mail.reset.subject"),
      text: translate(input.lang, "accounts.mail.reset.body", {
        name: user.name,
        link,
        minutes: RESET_TTL_MS / 60_000,
      }),
    });
  });
}

/** Whether a reset link can still be used (for showing the form or saying it expired). */
export async function resetTokenUsable(db: Db, token: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        eq(passwordResetTokens.purpose, "reset"),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
      ),
    );
  return Boolean(row);
}

export type ResetResult =
  { ok: true; email: string } | { ok: false; error: "invalidToken" | "passwordIsEmail" };

/**
 * Sets a new password through a reset link: the link is spent (with every other open link
 * of the account) and every session of the account ends, wherever it was opened.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
): Promise<ResetResult> {
  const tokenHash = hashToken(input.token);
  const [row] = await db
    .select({ userId: users.id, email: users.email })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        eq(passwordResetTokens.purpose, "reset"),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
      ),
    );
  if (!row) return { ok: false, error: "invalidToken" };
  if (passwordIsEmail(input.password, row.email)) return { ok: false, error: "passwordIsEmail" };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Spending the link is the guard: of two requests racing with one link, one wins.
    const spent = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!spent.length) return { ok: false, error: "invalidToken" } as const;
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt)));
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: sql`now()` })
      .where(eq(users.id, row.userId));
    await tx.delete(sessions).where(eq(sessions.userId, row.userId));
    await tx.execute(sql`delete from login_failures where email = ${row.email}`);
    return { ok: true, email: row.email } as const;
  });
}
