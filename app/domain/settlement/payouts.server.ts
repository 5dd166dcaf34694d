/**
 * The administrator's payouts (decision 0024): recording that the platform paid a producer
 * what a month's statement owes closes that statement. The payout is a ledger entry of minus
 * the amount, so the balance after it is 0; it is refused unless the month is over, not paid
 * already, the earlier months are settled, and the amount is exactly what is owed. Audited.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import type { MessageKey } from "../../i18n/index";
import type { SessionUser } from "../account/accounts.server";
import { recordAudit } from "../audit/record.server";
import { todayInVietnam } from "../../lib/dates";
import { addPeriods, firstDayOf } from "../../lib/months";
import type { FieldErrors } from "../account/schemas";
import { insertEntry } from "./ledger.server";
import type { PayoutInput } from "./schemas";
import { producerStatements, type Statement } from "./statements.server";

export type PayoutResult =
  | { ok: true }
  | { ok: false; notFound: true }
  | { ok: false; formError: MessageKey; params?: Record<string, string> }
  | { ok: false; fieldErrors: FieldErrors };

export async function recordPayout(
  db: Db,
  user: Pick<SessionUser, "id" | "email" | "role">,
  target: { producerId: number; period: string },
  input: PayoutInput,
  now: Date = new Date(),
): Promise<PayoutResult> {
  return db.transaction(async (tx) => {
    // One payout at a time per producer, and no booking lands in a month being closed.
    const [producer] = await queryRows<{ id: number; province_code: string }>(
      tx,
      sql`select id, province_code from producers where id = ${target.producerId} for update`,
    );
    if (!producer) return { ok: false, notFound: true } as const;
    const statements = await producerStatements(tx, target.producerId, now);
    const statement = statements.find((s) => s.period === target.period);
    if (!statement) return { ok: false, notFound: true } as const;
    const refusal = refuse(statement, statements);
    if (refusal) return refusal;
    if (input.amountVnd !== statement.owedVnd)
      return { ok: false, fieldErrors: { amountVnd: "settle.error.amountNotOwed" } } as const;
    const after = firstDayOf(addPeriods(statement.period, 1));
    if (input.paidOn < after || input.paidOn > todayInVietnam(now))
      return { ok: false, fieldErrors: { paidOn: "settle.error.paidOnRange" } } as const;
    const inserted = await insertEntry(tx, {
      producerId: target.producerId,
      orderPartId: null,
      kind: "payout",
      amountVnd: -statement.owedVnd,
      provider: null,
      period: statement.period,
      occurredAt: now,
      reference: `payout:${target.producerId}:${statement.period}`,
      paidOn: input.paidOn,
      bankReference: input.bankReference,
    });
    if (!inserted) return { ok: false, formError: "settle.error.alreadyPaid" } as const;
    await recordAudit(tx, user, {
      action: "payout.record",
      entityType: "producer",
      entityId: target.producerId,
      provinceCode: producer.province_code,
      after: {
        period: statement.period,
        amountVnd: statement.owedVnd,
        paidOn: input.paidOn,
        bankReference: input.bankReference,
      },
    });
    return { ok: true } as const;
  });
}

/** Why this statement cannot be paid now, if it cannot. */
function refuse(statement: Statement, all: Statement[]): PayoutResult | null {
  switch (statement.state) {
    case "paid":
      return { ok: false, formError: "settle.error.alreadyPaid" };
    case "open":
      return { ok: false, formError: "settle.error.notOver" };
    case "nothingOwed":
      return { ok: false, formError: "settle.error.nothingOwed" };
    case "due":
      break;
  }
  const earlier = all.find((s) => s.period < statement.period && s.state === "due");
  if (earlier)
    return { ok: false, formError: "settle.error.earlierDue", params: { month: earlier.period } };
  return null;
}
