/**
 * The producer's word on a bank transfer (VietQR) and the system's clock on it. The money
 * never passes through the platform: only the producer can see whether it arrived.
 *
 * - "received": the part may now be confirmed and shipped (see partPaymentSettled).
 * - "not_received": the part is cancelled with that reason, its stock returned.
 * - after TRANSFER_REMIND_AFTER_HOURS the buyer is reminded once (reminded_at is set in the
 *   transaction that queues the email, so a second sweep sends nothing);
 * - after TRANSFER_CANCEL_AFTER_HOURS the transfer expires and the part is cancelled by the
 *   system, its stock returned once (the part and the transfer are locked, and a cancelled
 *   part has no move to cancel again).
 *
 * Locks are taken part first, then transfer, everywhere (transitionOrderPart withdraws a
 * transfer after locking its part), so two of these never deadlock.
 */
import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { bankTransfers, orders, type BankTransferStatus } from "../../../db/schema";
import { translate, type Lang } from "../../i18n/index";
import { recordAudit } from "../audit/record.server";
import { moveTo } from "../lifecycle/lifecycle";
import { enqueueMail } from "../mail/outbox.server";
import { transitionOrderPart } from "../order/orders.server";
import type { ProducerActor } from "../producer/overview.server";
import { enqueueTransferMail } from "./transfer-mail.server";
import { BANK_TRANSFER_LIFECYCLE } from "./transfer-lifecycle";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type TransferOutcome = "received" | "not_received";

export type TransferOutcomeResult =
  { ok: true } | { ok: false; error: "notFound" | "transitionNotAllowed" | "actorNotAllowed" };

/** Locks a part (of this producer, when given) and then its transfer. */
async function lockPartAndTransfer(tx: Tx, partId: number, producerId: number | null) {
  const [part] = await queryRows<{
    id: number;
    order_id: number;
    province_code: string;
    commune_code: string | null;
  }>(
    tx,
    sql`select p.id, p.order_id, pr.province_code, pr.commune_code
          from order_parts p join producers pr on pr.id = p.producer_id
         where p.id = ${partId}
           ${producerId === null ? sql`` : sql`and p.producer_id = ${producerId}`}
           for update of p`,
  );
  if (!part) return null;
  const [transfer] = await queryRows<{
    status: BankTransferStatus;
    amount_vnd: number;
    memo: string;
  }>(
    tx,
    sql`select status, amount_vnd, memo from bank_transfers
         where order_part_id = ${partId} for update`,
  );
  return transfer ? { part, transfer } : null;
}

/** The producer says whether the money of one of its parts arrived; audited. */
export async function recordTransferOutcome(
  db: Db,
  actor: ProducerActor,
  partId: number,
  outcome: TransferOutcome,
): Promise<TransferOutcomeResult> {
  return db.transaction(async (tx) => {
    const locked = await lockPartAndTransfer(tx, partId, actor.producerId);
    if (!locked) return { ok: false, error: "notFound" } as const;
    const move = moveTo(BANK_TRANSFER_LIFECYCLE, locked.transfer.status, outcome, "producer");
    if (!move.ok) return move;
    await tx
      .update(bankTransfers)
      .set({ status: move.to, updatedAt: sql`now()` })
      .where(eq(bankTransfers.orderPartId, partId));
    await recordAudit(tx, actor, {
      action: `transfer.${outcome}`,
      entityType: "order_part",
      entityId: partId,
      provinceCode: locked.part.province_code,
      communeCode: locked.part.commune_code,
      before: { status: move.from },
      after: { status: move.to, amountVnd: locked.transfer.amount_vnd, memo: locked.transfer.memo },
    });
    if (outcome === "not_received") {
      const cancelled = await transitionOrderPart(tx, {
        partId,
        to: "cancelled",
        actor: { kind: "producer", userId: actor.id, producerId: actor.producerId },
        details: { reason: translate("vi", "transfer.reason.notReceived") },
      });
      // An awaiting transfer's part is placed; anything else is a broken invariant: roll back.
      if (!cancelled.ok) throw new Error(`part ${partId} not cancelled: ${cancelled.error}`);
    }
    return { ok: true } as const;
  });
}

export type TransferSweepCounts = { reminded: number; expired: number };

/**
 * Reminds the buyers of transfers awaiting longer than `remindAfterHours` (once per order and
 * transfer), and expires those awaiting longer than `cancelAfterHours`, cancelling their parts.
 */
export async function sweepBankTransfers(
  db: Db,
  now: Date,
  opts: { remindAfterHours: number; cancelAfterHours: number; siteUrl?: string },
): Promise<TransferSweepCounts> {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const cancelBefore = hoursAgo(opts.cancelAfterHours);
  const counts: TransferSweepCounts = { reminded: 0, expired: 0 };

  const dueToExpire = await db
    .select({ partId: bankTransfers.orderPartId, orderId: bankTransfers.orderId })
    .from(bankTransfers)
    .where(and(eq(bankTransfers.status, "awaiting"), lt(bankTransfers.createdAt, cancelBefore)))
    .orderBy(asc(bankTransfers.orderId), asc(bankTransfers.orderPartId))
    .limit(200);
  const expiredByOrder = new Map<number, number>();
  for (const { partId, orderId } of dueToExpire) {
    const done = await db.transaction(async (tx) => {
      const locked = await lockPartAndTransfer(tx, partId, null);
      if (!locked) return false;
      // The producer (or the buyer's cancel) may have settled it since the select above.
      const move = moveTo(BANK_TRANSFER_LIFECYCLE, locked.transfer.status, "expired", "system");
      if (!move.ok) return false;
      await tx
        .update(bankTransfers)
        .set({ status: move.to, updatedAt: sql`now()` })
        .where(eq(bankTransfers.orderPartId, partId));
      const cancelled = await transitionOrderPart(tx, {
        partId,
        to: "cancelled",
        actor: { kind: "system" },
        details: { reason: translate("vi", "transfer.reason.expired") },
      });
      if (!cancelled.ok) throw new Error(`part ${partId} not cancelled: ${cancelled.error}`);
      return true;
    });
    if (done) {
      counts.expired++;
      expiredByOrder.set(orderId, (expiredByOrder.get(orderId) ?? 0) + 1);
    }
  }
  for (const [orderId, parts] of expiredByOrder) {
    await db.transaction((tx) => mailExpired(tx, orderId, parts, opts));
  }

  const dueToRemind = await db
    .selectDistinct({ orderId: bankTransfers.orderId })
    .from(bankTransfers)
    .where(
      and(
        eq(bankTransfers.status, "awaiting"),
        isNull(bankTransfers.remindedAt),
        lt(bankTransfers.createdAt, hoursAgo(opts.remindAfterHours)),
      ),
    )
    .orderBy(asc(bankTransfers.orderId))
    .limit(200);
  for (const { orderId } of dueToRemind) {
    const sent = await db.transaction(async (tx) => {
      // Claims the reminder: a concurrent sweep finds nothing left to claim.
      const claimed = await tx
        .update(bankTransfers)
        .set({ remindedAt: now })
        .where(
          and(
            eq(bankTransfers.orderId, orderId),
            eq(bankTransfers.status, "awaiting"),
            isNull(bankTransfers.remindedAt),
            lt(bankTransfers.createdAt, hoursAgo(opts.remindAfterHours)),
          ),
        )
        .returning({ partId: bankTransfers.orderPartId });
      if (claimed.length === 0) return false;
      return enqueueTransferMail(tx, {
        orderId,
        kind: "reminder",
        lang: "vi",
        link: await accountLink(tx, orderId, opts.siteUrl),
        cancelAfterHours: opts.cancelAfterHours,
      });
    });
    if (sent) counts.reminded++;
  }
  return counts;
}

/**
 * The link for a later email: only an account's order has one (its owner signs in); a guest's
 * private key is stored hashed and cannot be sent again — the email carries the details instead.
 */
async function accountLink(tx: Db, orderId: number, siteUrl?: string): Promise<string | null> {
  if (!siteUrl) return null;
  const [o] = await tx
    .select({ number: orders.number, userId: orders.userId })
    .from(orders)
    .where(eq(orders.id, orderId));
  return o && o.userId !== null ? `${siteUrl}/orders/${o.number}` : null;
}

async function mailExpired(
  tx: Db,
  orderId: number,
  parts: number,
  opts: { cancelAfterHours: number; siteUrl?: string },
): Promise<void> {
  const [o] = await tx
    .select({ number: orders.number, buyerName: orders.buyerName, buyerEmail: orders.buyerEmail })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!o) return;
  const lang: Lang = "vi";
  const link = await accountLink(tx, orderId, opts.siteUrl);
  await enqueueMail(tx, {
    to: o.buyerEmail,
    subject: translate(lang, "transfer.mail.expiredSubject", { number: o.number }),
    text: [
      translate(lang, "orders.mail.greeting", { name: o.buyerName }),
      "",
      translate(lang, "transfer.mail.expiredBody", {
        number: o.number,
        parts,
        hours: opts.cancelAfterHours,
      }),
      ...(link ? ["", translate(lang, "orders.mail.link", { link })] : []),
    ].join("\n"),
  });
}
