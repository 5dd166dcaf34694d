/**
 * Expiry notices (issue 12, point 6; Decision 148/QĐ-TTg: the issuer notifies the producer at
 * least 30 days before a certificate expires). A sweep, run by the app every hour and by
 * `npm run housekeeping`, writes one `certificate_expiry_notices` row per certificate and
 * threshold (30 and 7 days before valid_until) and, in the same transaction, queues the emails
 * to the producer's members and its contact address: the unique (certificate, threshold) row
 * makes a second sweep, or two at once, send nothing more. A certificate first seen inside 7
 * days gets only the 7-day notice; a revoked or superseded one, or a 1★–2★ result, none.
 *
 * The emails are in Vietnamese: accounts store no language, and the notice is an
 * administrative one from a Vietnamese authority (the printed letter follows the reader's).
 */
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import {
  certificateExpiryLetters,
  certificateExpiryNotices,
  certificates,
  producers,
  products,
} from "../../../db/schema";
import { formatDate, translate, type Lang } from "../../i18n/index";
import { addDays, daysBetween, todayInVietnam } from "../../lib/dates";
import { recordAudit } from "../audit/record.server";
import type { SessionUser } from "../account/accounts.server";
import { enqueueMail } from "../mail/outbox.server";
import { inScope, type ScopeUser } from "../policy/scope.server";
import {
  dueThreshold,
  EXPIRY_NOTICE_MIN_STARS,
  EXPIRY_NOTICE_THRESHOLDS,
  type ExpiryThreshold,
} from "./expiry-notice-rules";

const LONGEST = EXPIRY_NOTICE_THRESHOLDS[0];

/**
 * Who gives notice today: the ministry for its 5★; otherwise the province's People's Committee,
 * which recognises 3★ and 4★ since July 2025 (1489/QĐ-TTg; districts were abolished), even when
 * the decision was a former district's or province's.
 */
export function noticeSender(
  lang: Lang,
  c: { issuingLevel: string; issuingBody: string; provinceName: string; provinceShortName: string },
): string {
  if (c.issuingLevel === "ministry") return c.issuingBody;
  // "UBND tỉnh Phú Thọ"; in English "People's Committee of Phú Thọ".
  const province =
    lang === "vi"
      ? c.provinceName.charAt(0).toLowerCase() + c.provinceName.slice(1)
      : c.provinceShortName;
  return translate(lang, "acert.letter.provinceSender", { province });
}

export type ExpirySweepCounts = { notices: number; emails: number };

/** Sends the notices due on `now`'s day in Vietnam; returns how many notices and emails. */
export async function sweepExpiryNotices(
  db: Db,
  now: Date,
  opts: { siteUrl?: string } = {},
): Promise<ExpirySweepCounts> {
  const today = todayInVietnam(now);
  const due = await queryRows<{ id: number }>(
    db,
    sql`select c.id from certificates c
         where c.status = 'active' and c.stars >= ${EXPIRY_NOTICE_MIN_STARS} and c.achieved
           and c.valid_until between ${today}::date and ${addDays(today, LONGEST)}::date
           and not exists (
             select 1 from certificate_expiry_notices n
              where n.certificate_id = c.id
                and n.threshold_days = (case when c.valid_until - ${today}::date <= 7 then 7 else 30 end))
         order by c.valid_until, c.id
         limit 500`,
  );
  const counts: ExpirySweepCounts = { notices: 0, emails: 0 };
  for (const { id } of due) {
    const sent = await db.transaction((tx) => sendNotice(tx, Number(id), now, opts.siteUrl));
    if (sent !== null) {
      counts.notices++;
      counts.emails += sent;
    }
  }
  return counts;
}

/** One certificate's due notice; null when nothing was due any more (raced, revoked). */
async function sendNotice(
  tx: Db,
  certificateId: number,
  now: Date,
  siteUrl?: string,
): Promise<number | null> {
  const today = todayInVietnam(now);
  // Locks the certificate: a revocation or renewal waits, or has already happened.
  const [c] = await queryRows<{
    status: string;
    stars: number;
    achieved: boolean;
    decision_number: string;
    decision_date: string;
    valid_until: string;
    issuing_body: string;
    issuing_level: string;
    province_name: string;
    province_short_name: string;
    product_name: string;
    producer_id: number;
    producer_name: string;
    producer_email: string | null;
  }>(
    tx,
    sql`select c.status, c.stars, c.achieved, c.decision_number, c.decision_date::text as decision_date,
               c.valid_until::text as valid_until, c.issuing_body, c.issuing_level,
               (select name from places where code = pr.province_code) as province_name,
               (select short_name from places where code = pr.province_code) as province_short_name,
               p.name_vi as product_name,
               pr.id as producer_id, pr.name as producer_name, pr.email as producer_email
          from certificates c
          join products p on p.id = c.product_id
          join producers pr on pr.id = p.producer_id
         where c.id = ${certificateId}
           for update of c`,
  );
  if (!c || c.status !== "active" || c.stars < EXPIRY_NOTICE_MIN_STARS || !c.achieved) return null;
  const days = daysBetween(today, c.valid_until);
  const threshold = dueThreshold(days);
  if (threshold === null) return null;

  const members = await queryRows<{ email: string }>(
    tx,
    sql`select email from users
         where producer_id = ${c.producer_id} and role = 'producer_member'
         order by id`,
  );
  const recipients = [
    ...new Set(
      [...members.map((m) => m.email), c.producer_email]
        .filter((e): e is string => !!e && e.includes("@"))
        .map((e) => e.trim().toLowerCase()),
    ),
  ];
  const [inserted] = await tx
    .insert(certificateExpiryNotices)
    .values({ certificateId, thresholdDays: threshold, recipients, sentAt: now })
    .onConflictDoNothing()
    .returning({ id: certificateExpiryNotices.id });
  if (!inserted) return null;

  const lang: Lang = "vi";
  const date = formatDate(lang, c.valid_until);
  const link = siteUrl ? `${siteUrl.replace(/\/$/, "")}/producer` : null;
  const text = [
    translate(lang, "acert.noticeMail.greeting", { producer: c.producer_name }),
    "",
    translate(lang, "acert.noticeMail.body", {
      stars: c.stars,
      product: c.product_name,
      decision: c.decision_number,
      decisionDate: formatDate(lang, c.decision_date),
      issuer: c.issuing_body,
      date,
      days,
    }),
    "",
    translate(lang, "acert.notice.renew", {
      issuer: noticeSender(lang, {
        issuingLevel: c.issuing_level,
        issuingBody: c.issuing_body,
        provinceName: c.province_name,
        provinceShortName: c.province_short_name,
      }),
    }),
    translate(lang, "acert.noticeMail.after"),
    ...(link ? ["", translate(lang, "acert.noticeMail.workspace", { link })] : []),
    "",
    translate(lang, "acert.noticeMail.sign"),
  ].join("\n");
  const subject = translate(
    lang,
    threshold === 30 ? "acert.noticeMail.subject30" : "acert.noticeMail.subject7",
    { product: c.product_name, date, days },
  );
  for (const to of recipients) await enqueueMail(tx, { to, subject, text });
  return recipients.length;
}

// ---------------------------------------------------------------- what was sent

/** A timestamp as Vietnam wall-clock text, "YYYY-MM-DD HH:MI": the same on every database driver. */
const vietnamTime = (column: ReturnType<typeof sql>) =>
  sql<string | null>`to_char((${column}) at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')`;

/**
 * Columns for a select over `certificates`: when each notice went out (Vietnam time), to how
 * many addresses, and when the letter was posted. Scalar subqueries on the unique keys, so a
 * list keeps its number of queries.
 */
export function noticeColumns() {
  const sent = (threshold: ExpiryThreshold) =>
    vietnamTime(
      sql`(select n.sent_at from ${certificateExpiryNotices} n where n.certificate_id = ${certificates.id} and n.threshold_days = ${threshold})`,
    );
  const recipients = (threshold: ExpiryThreshold) =>
    sql<
      number | null
    >`(select jsonb_array_length(n.recipients) from ${certificateExpiryNotices} n where n.certificate_id = ${certificates.id} and n.threshold_days = ${threshold})`.mapWith(
      (v: unknown) => (v === null ? null : Number(v)),
    );
  return {
    notice30At: sent(30),
    notice30Recipients: recipients(30),
    notice7At: sent(7),
    notice7Recipients: recipients(7),
    letterPostedAt: vietnamTime(
      sql`(select l.posted_at from ${certificateExpiryLetters} l where l.certificate_id = ${certificates.id})`,
    ),
  };
}

export type NoticeState = {
  notice30At: string | null;
  notice30Recipients: number | null;
  notice7At: string | null;
  notice7Recipients: number | null;
  letterPostedAt: string | null;
};

/**
 * Certificates of the official's scope expiring within 30 days that no email reached (no
 * notice with a recipient) and whose letter is not posted: what still needs a letter.
 */
export async function countUnnotified(db: Db, user: ScopeUser, today: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(
      and(
        eq(certificates.status, "active"),
        sql`${certificates.stars} >= ${EXPIRY_NOTICE_MIN_STARS} and ${certificates.achieved}`,
        sql`${certificates.validUntil} between ${today} and ${addDays(today, LONGEST)}`,
        inScope(user, producers.provinceCode, producers.communeCode),
        sql`not exists (select 1 from ${certificateExpiryNotices} n where n.certificate_id = ${certificates.id} and jsonb_array_length(n.recipients) > 0)`,
        sql`not exists (select 1 from ${certificateExpiryLetters} l where l.certificate_id = ${certificates.id})`,
      ),
    );
  return row?.n ?? 0;
}

// ---------------------------------------------------------------- the letter

/** Who reads a letter: an official (by scope) or a member of the producer. */
export type LetterReader =
  { kind: "official"; user: ScopeUser } | { kind: "producer"; producerId: number };

export type ExpiryLetter = NonNullable<Awaited<ReturnType<typeof getExpiryLetter>>>;

/**
 * The notice letter of an active certificate (3★ and above) that has not expired, as the
 * reader may see it; null when it is none of those or out of the reader's reach (a 404).
 */
export async function getExpiryLetter(
  db: Db,
  reader: LetterReader,
  certificateId: number,
  today: string,
) {
  const [row] = await db
    .select({
      certificateId: certificates.id,
      stars: certificates.stars,
      // Never null here: a certificate of 3★ or more that was achieved has its number (a check).
      decisionNumber: sql<string>`${certificates.decisionNumber}`,
      decisionDate: certificates.decisionDate,
      validUntil: certificates.validUntil,
      issuingLevel: certificates.issuingLevel,
      issuingBody: certificates.issuingBody,
      productId: products.id,
      productNameVi: products.nameVi,
      productNameEn: products.nameEn,
      producerName: producers.name,
      producerAddress: producers.addressPrinted,
      provinceName: sql<string>`(select name from places where code = ${producers.provinceCode})`,
      provinceShortName: sql<string>`(select short_name from places where code = ${producers.provinceCode})`,
      communeName: sql<string>`(select name from places where code = ${producers.communeCode})`,
      ...noticeColumns(),
    })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(
      and(
        eq(certificates.id, certificateId),
        eq(certificates.status, "active"),
        sql`${certificates.stars} >= ${EXPIRY_NOTICE_MIN_STARS} and ${certificates.achieved}`,
        sql`${certificates.validUntil} >= ${today}`,
        reader.kind === "official"
          ? inScope(reader.user, producers.provinceCode, producers.communeCode)
          : eq(products.producerId, reader.producerId),
      ),
    );
  if (!row) return null;
  return {
    ...row,
    daysLeft: daysBetween(today, row.validUntil),
    senderVi: noticeSender("vi", row),
    senderEn: noticeSender("en", row),
  };
}

export type MarkLetterResult = { ok: true } | { ok: false; error: "notFound" };

/** An official records the letter as sent by post (once; a second mark keeps the first); audited. */
export async function markLetterPosted(
  db: Db,
  actor: Pick<SessionUser, "id" | "email" | "role" | "officialPlaceCode" | "officialLegacyPlaceId">,
  certificateId: number,
  today: string,
): Promise<MarkLetterResult> {
  return db.transaction(async (tx) => {
    const [c] = await tx
      .select({
        id: certificates.id,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(certificates)
      .innerJoin(products, eq(products.id, certificates.productId))
      .innerJoin(producers, eq(producers.id, products.producerId))
      .where(
        and(
          eq(certificates.id, certificateId),
          eq(certificates.status, "active"),
          sql`${certificates.stars} >= ${EXPIRY_NOTICE_MIN_STARS} and ${certificates.achieved}`,
          sql`${certificates.validUntil} >= ${today}`,
          inScope(actor, producers.provinceCode, producers.communeCode),
        ),
      );
    if (!c) return { ok: false, error: "notFound" } as const;
    const [inserted] = await tx
      .insert(certificateExpiryLetters)
      .values({ certificateId, postedByUserId: actor.id })
      .onConflictDoNothing()
      .returning({ postedAt: certificateExpiryLetters.postedAt });
    if (inserted) {
      await recordAudit(tx, actor, {
        action: "certificate.expiry_letter_posted",
        entityType: "certificate",
        entityId: certificateId,
        provinceCode: c.provinceCode,
        communeCode: c.communeCode,
        after: { postedAt: inserted.postedAt },
      });
    }
    return { ok: true } as const;
  });
}
