/**
 * Sign-up, confirmed by email (decision 0019). Asking for an account answers the same whether
 * or not the address already has one: a new address is mailed a link that creates the account
 * and signs it in; an address with an account is mailed a notice telling its owner how to log
 * in or reset the password. The page, status, cookies and (roughly) the time are the same:
 * both kinds hash the password and write one request and one email.
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { sessions, signupRequests, users } from "../../../db/schema";
import { translate, type Lang } from "../../i18n/index";
import { safeRedirectPath } from "../../lib/safe-redirect";
import {
  createSession,
  hashPassword,
  hashToken,
  sessionUserColumns,
  type SessionUser,
} from "./accounts.server";
import { enqueueMail } from "../mail/outbox.server";
import { moveSignupConsents, recordPrivacyConsent } from "../legal/consents.server";

export const SIGNUP_TTL_MS = 24 * 3600_000;
/**
 * Sign-up emails one address may receive per day, links and notices together: without it, the
 * form would let anyone flood someone's inbox. Beyond it nothing is sent, with the same answer.
 */
export const MAX_SIGNUP_MAILS_PER_DAY = 3;

export type SignUpRequestInput = {
  /** Validated by signupSchema: trimmed, email lower-cased, password not the email. */
  name: string;
  email: string;
  password: string;
  /** Where to go once the account is confirmed. */
  redirectTo: string;
  lang: Lang;
  siteUrl: string;
  /**
   * The privacy notice was agreed to (the form requires it, decision 0028): recorded with the
   * notice's version and the time, and moved to the account when the link is used.
   */
  privacyConsent?: boolean;
};

/** Mails a sign-up link, or a notice to the owner when the address has an account. */
export async function requestSignUp(db: Db, input: SignUpRequestInput): Promise<void> {
  // Hashed for both kinds, so the time taken does not tell them apart.
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [recent] = await queryRows<{ n: number | string }>(
      tx,
      sql`select count(*) as n from signup_requests
           where email = ${input.email} and used_at is null
             and created_at > now() - make_interval(hours => ${SIGNUP_TTL_MS / 3600_000})`,
    );
    if (Number(recent?.n ?? 0) >= MAX_SIGNUP_MAILS_PER_DAY) return;
    const expiresAt = new Date(Date.now() + SIGNUP_TTL_MS);
    const [owner] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.email, input.email));
    if (owner) {
      await tx.insert(signupRequests).values({ email: input.email, expiresAt });
      await enqueueMail(tx, {
        to: input.email,
        subject: translate(input.lang, "accounts.mail.signupExisting.subject"),
        text: translate(input.lang, "accounts.mail.signupExisting.body", {
          name: owner.name,
          login: `${input.siteUrl}/login`,
          reset: `${input.siteUrl}/forgot-password`,
        }),
      });
      return;
    }
    const token = randomBytes(32).toString("base64url");
    const [request] = await tx
      .insert(signupRequests)
      .values({
        email: input.email,
        tokenHash: hashToken(token),
        name: input.name,
        passwordHash,
        redirectTo: safeRedirectPath(input.redirectTo, "/"),
        expiresAt,
      })
      .returning({ id: signupRequests.id });
    if (input.privacyConsent && request)
      await recordPrivacyConsent(tx, { context: "signup", signupRequestId: request.id });
    await enqueueMail(tx, {
      to: input.email,
      subject: translate(input.lang, "accounts.mail.signup.subject"),
      text: translate(input.lang, "accounts.mail.signup.body", {
        name: input.name,
        link: `${input.siteUrl}/confirm-signup/${token}`,
        hours: SIGNUP_TTL_MS / 3600_000,
      }),
    });
  });
}

const openRequest = (tokenHash: string) =>
  and(
    eq(signupRequests.tokenHash, tokenHash),
    isNull(signupRequests.usedAt),
    gt(signupRequests.expiresAt, sql`now()`),
  );

/** The address a sign-up link is for, while it can still be used; null otherwise. */
export async function signUpRequestEmail(db: Db, token: string): Promise<string | null> {
  const [row] = await db
    .select({ email: signupRequests.email })
    .from(signupRequests)
    .where(openRequest(hashToken(token)));
  return row?.email ?? null;
}

export type ConfirmSignUpResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date; redirectTo: string }
  | { ok: false; error: "invalidToken" };

/**
 * Creates the customer account of a sign-up link and signs it in. The link, and every other
 * open sign-up link of the address, is spent. `previousToken` is the session the browser had,
 * if any: it ends, since the cookie is replaced.
 */
export async function confirmSignUp(
  db: Db,
  input: { token: string; previousToken?: string | null },
): Promise<ConfirmSignUpResult> {
  return db.transaction(async (tx) => {
    // Spending the link is the guard: of two requests racing with one link, one wins.
    const [request] = await tx
      .update(signupRequests)
      .set({ usedAt: sql`now()` })
      .where(openRequest(hashToken(input.token)))
      .returning({
        id: signupRequests.id,
        email: signupRequests.email,
        name: signupRequests.name,
        passwordHash: signupRequests.passwordHash,
        redirectTo: signupRequests.redirectTo,
      });
    if (!request?.name || !request.passwordHash) return { ok: false, error: "invalidToken" };
    await tx
      .update(signupRequests)
      .set({ usedAt: sql`now()` })
      .where(and(eq(signupRequests.email, request.email), isNull(signupRequests.usedAt)));
    const [user] = await tx
      .insert(users)
      .values({
        name: request.name,
        email: request.email,
        passwordHash: request.passwordHash,
        role: "customer",
      })
      // Another link of the address was used first, or an invitation made the account since.
      .onConflictDoNothing({ target: users.email })
      .returning(sessionUserColumns);
    if (!user) return { ok: false, error: "invalidToken" };
    await moveSignupConsents(tx, request.id, user.id);
    if (input.previousToken)
      await tx.delete(sessions).where(eq(sessions.id, hashToken(input.previousToken)));
    const session = await createSession(tx, user.id);
    return { ok: true, user, ...session, redirectTo: safeRedirectPath(request.redirectTo, "/") };
  });
}
