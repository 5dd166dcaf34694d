/**
 * Email through an outbox: the change that causes a message writes its row in the same
 * transaction, and a worker sends it. Claimed with FOR UPDATE SKIP LOCKED (several workers
 * never send one row twice) and retried with back-off, as the search outbox does.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { mailOutbox } from "../../../db/schema";
import type { MailAttachment, MailMessage, MailTransport } from "../../infra/mail.server";
import { startPollingWorker, type PollingWorker } from "../../infra/polling-worker";

/**
 * Queues a message; pass the transaction of the change that causes it. A message to nobody
 * (`to: null`: a guest who ordered without an email, decision 0025) is not queued; the result
 * says whether it was.
 */
export async function enqueueMail(
  db: Db,
  message: Omit<MailMessage, "to"> & { to: string | null },
): Promise<boolean> {
  if (!message.to) return false;
  await db
    .insert(mailOutbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html ?? null,
      attachments: message.attachments?.length ? message.attachments : null,
    });
  return true;
}

export type MailDrainResult = { claimed: number; sent: number; failed: number };

/**
 * Sends up to `batchSize` due messages in order, one by one: a message that fails is kept
 * with its attempt count raised and a back-off, without holding back the others.
 */
export async function drainMailOnce(
  db: Db,
  transport: MailTransport,
  opts: { batchSize?: number } = {},
): Promise<MailDrainResult> {
  const batchSize = opts.batchSize ?? 20;
  return db.transaction(async (tx) => {
    const rows = await queryRows<{
      id: string | number;
      to_address: string;
      subject: string;
      text_body: string;
      html_body: string | null;
      attachments: MailAttachment[] | null;
    }>(
      tx,
      sql`select id, to_address, subject, text_body, html_body, attachments from mail_outbox
           where sent_at is null and available_at <= now()
           order by id
           limit ${batchSize}
           for update skip locked`,
    );
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      const id = Number(row.id);
      try {
        await transport.send({
          id,
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          attachments: row.attachments,
        });
        await tx.execute(sql`update mail_outbox set sent_at = now() where id = ${id}`);
        sent += 1;
      } catch (error) {
        failed += 1;
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        // Back-off doubles per attempt: 2 s, 4 s, 8 s … capped at 2^12 s (about 68 minutes).
        await tx.execute(
          sql`update mail_outbox
                 set attempts = attempts + 1,
                     last_error = ${message},
                     available_at = now() + make_interval(secs => power(2, least(attempts + 1, 12)))
               where id = ${id}`,
        );
      }
    }
    return { claimed: rows.length, sent, failed };
  });
}

/** How long a sent message stays in the outbox (for a person tracing a complaint). */
export const SENT_MAIL_KEEP_DAYS = 30;

/**
 * Deletes messages sent more than SENT_MAIL_KEEP_DAYS before `now`: the outbox is a queue,
 * not an archive, and it holds people's addresses. Run hourly by the housekeeping loop
 * (app/domain/maintenance/housekeeping.server.ts). Returns how many were deleted.
 */
export async function pruneMail(db: Db, now: Date = new Date()): Promise<number> {
  const rows = await queryRows<{ id: string | number }>(
    db,
    sql`delete from mail_outbox
         where sent_at is not null
           and sent_at < ${now.toISOString()}::timestamptz - make_interval(days => ${SENT_MAIL_KEEP_DAYS})
        returning id`,
  );
  return rows.length;
}

export type MailWorker = PollingWorker;

/** Polls the outbox until stopped (see app/infra/polling-worker.ts). */
export function startMailOutboxWorker(
  getDb: () => Promise<Db>,
  transport: MailTransport,
  opts: { idleMs?: number; log?: Pick<Console, "warn"> } = {},
): MailWorker {
  return startPollingWorker({
    name: "mail outbox",
    // Sent messages are pruned by the housekeeping loop, with the other retention rules.
    drain: async () => drainMailOnce(await getDb(), transport),
    idleMs: opts.idleMs,
    log: opts.log,
  });
}
