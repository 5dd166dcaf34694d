/**
 * Consents to the privacy notice (Decree 13/2023/NĐ-CP art. 11: given explicitly, and kept in a
 * form that can be shown later). Each records the version of the notice in force when it was
 * given and the time, inside the transaction of what it was given for (sign-up, order).
 */
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { consents, legalDocuments } from "../../../db/schema";
import { PRIVACY_CODE } from "./codes";

export type ConsentSubject =
  | { context: "signup"; signupRequestId: number }
  | { context: "checkout"; orderId: number; userId?: number | null };

/**
 * Records a consent to the current privacy notice. Every database has one (migration 0011
 * publishes the first version); without one this throws, since a consent to nothing is no record.
 */
export async function recordPrivacyConsent(
  tx: Db,
  subject: ConsentSubject,
  givenAt: Date = new Date(),
): Promise<{ version: number }> {
  const [notice] = await tx
    .select({ version: legalDocuments.version })
    .from(legalDocuments)
    .where(eq(legalDocuments.code, PRIVACY_CODE))
    .orderBy(desc(legalDocuments.version))
    .limit(1);
  if (!notice) throw new Error("No privacy notice is published: cannot record a consent");
  await tx.insert(consents).values({
    documentCode: PRIVACY_CODE,
    documentVersion: notice.version,
    context: subject.context,
    userId: subject.context === "checkout" ? (subject.userId ?? null) : null,
    orderId: subject.context === "checkout" ? subject.orderId : null,
    signupRequestId: subject.context === "signup" ? subject.signupRequestId : null,
    givenAt,
  });
  return { version: notice.version };
}

/**
 * A confirmed sign-up's consent now belongs to the account: it outlives the request, which
 * housekeeping deletes (an unconfirmed request's consent goes with it).
 */
export async function moveSignupConsents(
  tx: Db,
  signupRequestId: number,
  userId: number,
): Promise<void> {
  await tx
    .update(consents)
    .set({ userId, signupRequestId: null })
    .where(eq(consents.signupRequestId, signupRequestId));
}

export type ConsentRecord = {
  documentCode: string;
  documentVersion: number;
  context: string;
  userId: number | null;
  orderId: number | null;
  signupRequestId: number | null;
  givenAt: Date;
};

/** The consents of an account or an order, oldest first (what can be shown on request). */
export async function consentsOf(
  db: Db,
  who: { userId: number } | { orderId: number },
): Promise<ConsentRecord[]> {
  return db
    .select({
      documentCode: consents.documentCode,
      documentVersion: consents.documentVersion,
      context: consents.context,
      userId: consents.userId,
      orderId: consents.orderId,
      signupRequestId: consents.signupRequestId,
      givenAt: consents.givenAt,
    })
    .from(consents)
    .where("userId" in who ? eq(consents.userId, who.userId) : eq(consents.orderId, who.orderId))
    .orderBy(consents.givenAt, sql`${consents.id}`);
}
