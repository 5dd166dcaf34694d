/**
 * Consents to the privacy notice (Decree 13/2023/NĐ-CP art. 11: given explicitly, and kept in a
 * form that can be shown later). Each records the version of the notice in force when it was
 * given and the time, inside the transaction of what it was given for (sign-up, order).
 */
import { desc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
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

export type AccountConsent = {
  documentVersion: number;
  context: "signup" | "checkout";
  /** The order a checkout consent came with. */
  orderNumber: string | null;
  /** When, in Vietnam: the day (YYYY-MM-DD) and the time (HH:mm). */
  givenOn: string;
  givenTime: string;
};

/**
 * The consents to the privacy notice an account holder gave (at sign-up, and with each order
 * placed signed in), newest first: what the account page shows them (Decree 13/2023/NĐ-CP: the
 * person may know what they agreed to, and when).
 */
export async function privacyConsentsOfUser(db: Db, userId: number): Promise<AccountConsent[]> {
  const rows = await queryRows<{
    document_version: number;
    context: "signup" | "checkout";
    number: string | null;
    given_at: Date | string;
  }>(
    db,
    sql`select c.document_version, c.context, o.number, c.given_at
          from consents c left join orders o on o.id = c.order_id
         where c.user_id = ${userId} and c.document_code = ${PRIVACY_CODE}
         order by c.given_at desc, c.id desc
         limit 50`,
  );
  return rows.map((r) => {
    const local = new Date(new Date(r.given_at).getTime() + 7 * 3600_000).toISOString();
    return {
      documentVersion: Number(r.document_version),
      context: r.context,
      orderNumber: r.number,
      givenOn: local.slice(0, 10),
      givenTime: local.slice(11, 16),
    };
  });
}
