/**
 * A producer's bank account for VietQR transfers: read (for its own workspace, and for
 * placing a transfer order) and saved by one of its members, with an audit entry holding the
 * change (the account number masked: the log is read by officials too).
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { producerBankAccounts, producers, users } from "../../../db/schema";
import { changedFields, recordAudit } from "../audit/record.server";
import type { ProducerActor } from "../producer/overview.server";
import type { BankAccountInput } from "./bank-account-schema";
import { bankByBin } from "./banks";
import { maskAccountNumber } from "./vietqr";

export type BankAccountView = {
  bankBin: string;
  bankName: string;
  accountNumber: string;
  accountHolder: string;
  updatedAt: Date;
  updatedByName: string | null;
};

export async function getBankAccount(db: Db, producerId: number): Promise<BankAccountView | null> {
  const [row] = await db
    .select({
      bankBin: producerBankAccounts.bankBin,
      accountNumber: producerBankAccounts.accountNumber,
      accountHolder: producerBankAccounts.accountHolder,
      updatedAt: producerBankAccounts.updatedAt,
      updatedByName: users.name,
    })
    .from(producerBankAccounts)
    .leftJoin(users, eq(users.id, producerBankAccounts.updatedByUserId))
    .where(eq(producerBankAccounts.producerId, producerId));
  if (!row) return null;
  return { ...row, bankName: bankByBin(row.bankBin)?.shortName ?? row.bankBin };
}

/** What the audit log keeps of an account: the bank and holder, the number masked. */
function auditable(a: { bankBin: string; accountNumber: string; accountHolder: string }) {
  return {
    bankBin: a.bankBin,
    accountNumber: maskAccountNumber(a.accountNumber),
    accountHolder: a.accountHolder,
  };
}

/** Creates or replaces the producer's account; audited in the same transaction. */
export async function saveBankAccount(
  db: Db,
  actor: ProducerActor,
  input: BankAccountInput,
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [producer] = await tx
      .select({ provinceCode: producers.provinceCode, communeCode: producers.communeCode })
      .from(producers)
      .where(eq(producers.id, actor.producerId));
    const [before] = await tx
      .select({
        bankBin: producerBankAccounts.bankBin,
        accountNumber: producerBankAccounts.accountNumber,
        accountHolder: producerBankAccounts.accountHolder,
      })
      .from(producerBankAccounts)
      .where(eq(producerBankAccounts.producerId, actor.producerId))
      .for("update");
    if (
      before &&
      before.bankBin === input.bankBin &&
      before.accountNumber === input.accountNumber &&
      before.accountHolder === input.accountHolder
    )
      return { changed: false };
    await tx
      .insert(producerBankAccounts)
      .values({ producerId: actor.producerId, ...input, updatedByUserId: actor.id })
      .onConflictDoUpdate({
        target: producerBankAccounts.producerId,
        set: { ...input, updatedByUserId: actor.id, updatedAt: sql`now()` },
      });
    const diff = before
      ? changedFields(auditable(before), auditable(input))
      : { before: null, after: auditable(input) };
    // Two numbers with the same last four digits mask alike: say that the number changed.
    if (before && before.accountNumber !== input.accountNumber && diff.before) {
      diff.before = { ...diff.before, accountNumber: auditable(before).accountNumber };
      diff.after = { ...diff.after, accountNumber: `${auditable(input).accountNumber} (changed)` };
    }
    await recordAudit(tx, actor, {
      action: before ? "bank_account.update" : "bank_account.create",
      entityType: "producer",
      entityId: actor.producerId,
      provinceCode: producer?.provinceCode ?? null,
      communeCode: producer?.communeCode ?? null,
      ...diff,
    });
    return { changed: true };
  });
}
