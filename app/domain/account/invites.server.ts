/**
 * Inviting a producer member: an official creates the account (role producer_member, no
 * usable password yet) and a one-time link, valid 7 days, that lets the person choose a
 * password and sign in. Invitation links live in `password_reset_tokens` with purpose
 * "invite", stored as the sha-256 of the token like reset links; neither kind opens the
 * other's page.
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { passwordResetTokens, producers, sessions, users } from "../../../db/schema";
import { translate, type Lang } from "../../i18n/index";
import { passwordIsEmail } from "./schemas";
import {
  createSession,
  hashPassword,
  hashToken,
  sessionUserColumns,
  type SessionUser,
} from "./accounts.server";
import { recordAudit } from "../audit/record.server";
import { enqueueMail } from "../mail/outbox.server";
import { inScope } from "../policy/scope.server";

export const INVITE_TTL_MS = 7 * 24 * 3600_000;

/**
 * The password hash of an account that has not chosen a password yet. It is not a PHC
 * string, so no password can ever match it: argon2's verify rejects it and log-in treats it
 * like a missing account (same answer, same time).
 */
export const NO_PASSWORD = "!no-password";

export type InviteInput = {
  producerId: number;
  name: string;
  email: string;
  lang: Lang;
  siteUrl: string;
};

export type InviteResult =
  | { ok: true; userId: number; resent: boolean }
  | { ok: false; error: "notFound" }
  | { ok: false; error: "emailTaken" };

/**
 * Creates the member account and emails the link, in one transaction with its audit entry.
 * An email that already has an account is refused (accounts are never converted), except a
 * member of this producer who has not accepted yet: they get a fresh link.
 */
export async function inviteProducerMember(
  db: Db,
  actor: SessionUser,
  input: InviteInput,
): Promise<InviteResult> {
  return db.transaction(async (tx) => {
    const [producer] = await tx
      .select({
        id: producers.id,
        name: producers.name,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(producers)
      .where(
        and(
          eq(producers.id, input.producerId),
          inScope(actor, producers.provinceCode, producers.communeCode),
        ),
      );
    if (!producer) return { ok: false, error: "notFound" } as const;

    const [existing] = await tx
      .select({
        id: users.id,
        name: users.name,
        producerId: users.producerId,
        passwordHash: users.passwordHash,
      })
      .from(users)
      .where(eq(users.email, input.email));
    const pendingHere =
      existing && existing.producerId === producer.id && existing.passwordHash === NO_PASSWORD;
    if (existing && !pendingHere) return { ok: false, error: "emailTaken" } as const;

    let userId: number;
    let name = input.name;
    if (existing) {
      userId = existing.id;
      name = existing.name;
      // One open invitation at a time: the old link stops working.
      await tx
        .update(passwordResetTokens)
        .set({ usedAt: sql`now()` })
        .where(
          and(
            eq(passwordResetTokens.userId, userId),
            eq(passwordResetTokens.purpose, "invite"),
            isNull(passwordResetTokens.usedAt),
          ),
        );
    } else {
      const [created] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          passwordHash: NO_PASSWORD,
          role: "producer_member",
          producerId: producer.id,
        })
        // Two invitations racing for one email: the loser gets the same answer as above.
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!created) return { ok: false, error: "emailTaken" } as const;
      userId = created.id;
    }

    const token = randomBytes(32).toString("base64url");
    await tx.insert(passwordResetTokens).values({
      tokenHash: hashToken(token),
      userId,
      purpose: "invite",
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    });
    await enqueueMail(tx, {
      to: input.email,
      subject: translate(input.lang, "admin.mail.invite.subject", { producer: producer.name }),
      text: translate(input.lang, "admin.mail.invite.body", {
        name,
        producer: producer.name,
        link: `${input.siteUrl}/invite/${token}`,
        days: INVITE_TTL_MS / (24 * 3600_000),
      }),
    });
    await recordAudit(tx, actor, {
      action: existing ? "member.reinvite" : "member.invite",
      entityType: "user",
      entityId: userId,
      provinceCode: producer.provinceCode,
      communeCode: producer.communeCode,
      after: { email: input.email, name, role: "producer_member", producerId: producer.id },
    });
    return { ok: true, userId, resent: Boolean(existing) } as const;
  });
}

const openInvite = (tokenHash: string) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash),
    eq(passwordResetTokens.purpose, "invite"),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, sql`now()`),
  );

export type InviteInfo = NonNullable<Awaited<ReturnType<typeof inviteInfo>>>;

/** Who an invitation link is for, while it can still be used; null otherwise. One query. */
export async function inviteInfo(db: Db, token: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email, producerName: producers.name })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .innerJoin(producers, eq(producers.id, users.producerId))
    .where(openInvite(hashToken(token)));
  return row ?? null;
}

export type AcceptResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; error: "invalidToken" | "passwordIsEmail" };

/**
 * Sets the invited member's password through the link, spends the link and signs them in.
 * `previousToken` is the session the browser had, if any: it ends, since the cookie is replaced.
 */
export async function acceptInvite(
  db: Db,
  input: { token: string; password: string; previousToken?: string | null },
): Promise<AcceptResult> {
  const tokenHash = hashToken(input.token);
  const [row] = await db
    .select({ email: users.email })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(openInvite(tokenHash));
  if (!row) return { ok: false, error: "invalidToken" };
  if (passwordIsEmail(input.password, row.email)) return { ok: false, error: "passwordIsEmail" };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Spending the link is the guard: of two requests racing with one link, one wins.
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(openInvite(tokenHash))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) return { ok: false, error: "invalidToken" } as const;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: sql`now()` })
      .where(eq(users.id, spent.userId))
      .returning(sessionUserColumns);
    if (!user) return { ok: false, error: "invalidToken" } as const;
    if (input.previousToken)
      await tx.delete(sessions).where(eq(sessions.id, hashToken(input.previousToken)));
    const [place] = await tx
      .select({ provinceCode: producers.provinceCode, communeCode: producers.communeCode })
      .from(producers)
      .where(eq(producers.id, user.producerId ?? 0));
    await recordAudit(tx, user, {
      action: "member.activate",
      entityType: "user",
      entityId: user.id,
      provinceCode: place?.provinceCode ?? null,
      communeCode: place?.communeCode ?? null,
      before: { active: false },
      after: { active: true },
    });
    const session = await createSession(tx, user.id);
    return { ok: true, user, ...session } as const;
  });
}
