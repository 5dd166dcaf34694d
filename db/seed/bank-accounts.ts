/**
 * Demo bank accounts, so bank transfer (VietQR) works in `npm start`: every active demo
 * producer gets one. The numbers are FICTITIOUS (999 000… — no real account): a buyer's banking
 * app will scan the code and then find no such account. The holder is the producer's name as
 * a bank prints it (capitals, no diacritics).
 */
import { eq } from "drizzle-orm";
import { foldVietnamese } from "../../app/lib/text";
import type { Db } from "../client";
import { producerBankAccounts, producers } from "../schema";

/** Vietcombank, Agribank, VietinBank, BIDV, MB, Techcombank: taken in turn. */
const DEMO_BINS = ["970436", "970405", "970415", "970418", "970422", "970407"] as const;

export function demoAccountNumber(index: number): string {
  return `999000${String(index + 1).padStart(6, "0")}`;
}

/** "HTX Mật ong Bắc Hà" → "HTX MAT ONG BAC HA". */
export function bankHolderName(name: string): string {
  return foldVietnamese(name)
    .toUpperCase()
    .replace(/[^A-Z0-9 .,&()/-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 70)
    .trim();
}

export async function seedDemoBankAccounts(db: Db): Promise<number> {
  const rows = await db
    .select({ id: producers.id, name: producers.name })
    .from(producers)
    .where(eq(producers.status, "active"))
    .orderBy(producers.id);
  if (rows.length === 0) return 0;
  await db
    .insert(producerBankAccounts)
    .values(
      rows.map((p, i) => ({
        producerId: p.id,
        bankBin: DEMO_BINS[i % DEMO_BINS.length]!,
        accountNumber: demoAccountNumber(i),
        accountHolder: bankHolderName(p.name),
      })),
    )
    .onConflictDoNothing();
  return rows.length;
}
