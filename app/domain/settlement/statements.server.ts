/**
 * Monthly statements of the producers' ledger (decision 0024), computed from the entries:
 * per producer and Vietnam-time month, the balance owed at the start, the month's sales,
 * refunds, fees (net of fees given back) and corrections, the net, the payout that closed it
 * and the balance at the end.
 *
 *   net     = sales − refunds − fees + corrections
 *   closing = opening + net − payouts
 *
 * A payout closes one month's statement and pays what is owed at its end (opening + net);
 * the months are paid in order, so the balance after a paid month is 0.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import type { LedgerKind, LedgerProvider } from "../../../db/schema";
import { monthInVietnam } from "../../lib/months";

export type StatementState =
  /** The month is not over yet. */
  | "open"
  /** Over, money owed, not paid yet. */
  | "due"
  /** Closed by a payout. */
  | "paid"
  /** Over with nothing owed (a balance of 0 or below carries to the next month). */
  | "nothingOwed";

export type Payout = { paidOn: string; bankReference: string; amountVnd: number };

export type Statement = {
  producerId: number;
  period: string;
  openingVnd: number;
  salesVnd: number;
  /** Money refunded to buyers, as a positive amount taken off. */
  refundsVnd: number;
  /** Platform fees less the fees given back, as a positive amount taken off. */
  feesVnd: number;
  correctionsVnd: number;
  netVnd: number;
  /** Paid out in this month's statement, as a positive amount. */
  payoutsVnd: number;
  closingVnd: number;
  /** What a payout of this statement must be: opening + net. */
  owedVnd: number;
  payout: Payout | null;
  state: StatementState;
};

type SumRow = {
  producer_id: number;
  period: string;
  kind: LedgerKind;
  total: string;
  paid_on: string | null;
  bank_reference: string | null;
};

async function sums(db: Db, producerId: number | null): Promise<SumRow[]> {
  return queryRows<SumRow>(
    db,
    sql`select producer_id, period, kind, sum(amount_vnd)::text as total,
               max(paid_on)::text as paid_on, max(bank_reference) as bank_reference
          from ledger_entries
         where ${producerId === null ? sql`true` : sql`producer_id = ${producerId}`}
         group by producer_id, period, kind
         order by producer_id, period`,
  );
}

/** Folds the sums of one producer's months into statements, oldest first. */
function fold(rows: SumRow[], currentMonth: string): Statement[] {
  const byPeriod = new Map<string, SumRow[]>();
  for (const r of rows) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
  const out: Statement[] = [];
  let balance = 0;
  for (const [period, list] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const of = (kind: LedgerKind) => Number(list.find((r) => r.kind === kind)?.total ?? 0);
    const payoutRow = list.find((r) => r.kind === "payout");
    const salesVnd = of("sale");
    const refundsVnd = 0 - of("refund");
    const feesVnd = 0 - (of("platform_fee") + of("fee_refund"));
    const correctionsVnd = of("correction");
    const netVnd = salesVnd - refundsVnd - feesVnd + correctionsVnd;
    const payoutsVnd = 0 - of("payout");
    const openingVnd = balance;
    const owedVnd = openingVnd + netVnd;
    const closingVnd = owedVnd - payoutsVnd;
    balance = closingVnd;
    const payout: Payout | null = payoutRow
      ? {
          paidOn: payoutRow.paid_on ?? "",
          bankReference: payoutRow.bank_reference ?? "",
          amountVnd: payoutsVnd,
        }
      : null;
    out.push({
      producerId: Number(list[0]!.producer_id),
      period,
      openingVnd,
      salesVnd,
      refundsVnd,
      feesVnd,
      correctionsVnd,
      netVnd,
      payoutsVnd,
      closingVnd,
      owedVnd,
      payout,
      state: payout
        ? "paid"
        : period >= currentMonth
          ? "open"
          : owedVnd > 0
            ? "due"
            : "nothingOwed",
    });
  }
  return out;
}

/** A producer's statements, oldest first (only months with entries). */
export async function producerStatements(
  db: Db,
  producerId: number,
  now: Date = new Date(),
): Promise<Statement[]> {
  return fold(await sums(db, producerId), monthInVietnam(now));
}

export type StatementEntry = {
  id: number;
  kind: LedgerKind;
  amountVnd: number;
  provider: LedgerProvider | null;
  occurredAt: string;
  orderNumber: string | null;
  note: string | null;
  paidOn: string | null;
  bankReference: string | null;
};

/** One month's statement of a producer with its entries, or null when it has none. */
export async function producerStatement(
  db: Db,
  producerId: number,
  period: string,
  now: Date = new Date(),
): Promise<{ statement: Statement; entries: StatementEntry[] } | null> {
  const statement = (await producerStatements(db, producerId, now)).find(
    (s) => s.period === period,
  );
  if (!statement) return null;
  const rows = await queryRows<{
    id: number;
    kind: LedgerKind;
    amount_vnd: string;
    provider: LedgerProvider | null;
    occurred_at: string | Date;
    number: string | null;
    note: string | null;
    paid_on: string | null;
    bank_reference: string | null;
  }>(
    db,
    sql`select e.id, e.kind, e.amount_vnd::text as amount_vnd, e.provider, e.occurred_at,
               o.number, e.note, e.paid_on::text as paid_on, e.bank_reference
          from ledger_entries e
          left join order_parts p on p.id = e.order_part_id
          left join orders o on o.id = p.order_id
         where e.producer_id = ${producerId} and e.period = ${period}
         order by e.occurred_at, e.id`,
  );
  return {
    statement,
    entries: rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      amountVnd: Number(r.amount_vnd),
      provider: r.provider,
      occurredAt: new Date(r.occurred_at).toISOString(),
      orderNumber: r.number,
      note: r.note,
      paidOn: r.paid_on,
      bankReference: r.bank_reference,
    })),
  };
}

export type AdminStatement = Statement & { producerName: string };

/**
 * Every producer's statements for the administrator, newest month first; `due` keeps only
 * those waiting for a payout.
 */
export async function adminStatements(
  db: Db,
  opts: { due?: boolean; now?: Date } = {},
): Promise<AdminStatement[]> {
  const current = monthInVietnam(opts.now ?? new Date());
  const rows = await sums(db, null);
  const names = await queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from producers
         where id in (select distinct producer_id from ledger_entries)`,
  );
  const nameOf = new Map(names.map((n) => [Number(n.id), n.name]));
  const byProducer = new Map<number, SumRow[]>();
  for (const r of rows) {
    const id = Number(r.producer_id);
    byProducer.set(id, [...(byProducer.get(id) ?? []), r]);
  }
  const all = [...byProducer.values()].flatMap((list) =>
    fold(list, current).map((s) => ({ ...s, producerName: nameOf.get(s.producerId) ?? "" })),
  );
  return all
    .filter((s) => !opts.due || s.state === "due")
    .sort(
      (a, b) =>
        b.period.localeCompare(a.period) || a.producerName.localeCompare(b.producerName, "vi"),
    );
}

/** The producer's name as statements print it, or null when there is no such producer. */
export async function statementProducerName(db: Db, producerId: number): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`select name from producers where id = ${producerId}`,
  );
  return row?.name ?? null;
}
