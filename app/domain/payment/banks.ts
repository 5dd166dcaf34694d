/**
 * The banks a producer can be paid at by VietQR: the NAPAS member banks with their BIN (the
 * six digits a VietQR code names the bank by), short code and names, as data in one place.
 *
 * Source: the bank list shipped by the npm package `vietnam-qr-pay` (MIT, © xuannghia,
 * https://github.com/xuannghia/vietnam-qr-pay, src/constants/banks.ts), itself kept from the
 * NAPAS / VietQR bank list (https://api.vietqr.io/v2/banks). We keep the banks whose VietQR
 * status is "receive only" or "transfer supported": a code naming any other cannot be paid.
 * Updating the package updates the list; the BINs stored in producer_bank_accounts are checked
 * against it when an account is saved.
 * Browser-safe: no drizzle, no configuration.
 */
import { Banks, VietQRStatus } from "vietnam-qr-pay";

export type Bank = {
  /** NAPAS BIN, e.g. "970436". */
  bin: string;
  /** The bank's short code, e.g. "VCB". */
  code: string;
  /** The name people know, e.g. "Vietcombank". */
  shortName: string;
  /** The full legal name in Vietnamese. */
  name: string;
};

/**
 * One entry per BIN. A BIN listed twice in the package (a bank renamed or merged: Ocean Bank →
 * MBV, LienVietPostBank → LPBank, DongA Bank → Vikki Bank) becomes one entry with both names,
 * the one that supports VietQR transfers first.
 */
function fromPackage(): Bank[] {
  const byBin = new Map<string, (typeof Banks)[number][]>();
  for (const b of Banks) {
    if (b.vietQRStatus === VietQRStatus.NOT_SUPPORTED || !/^[0-9]{6}$/.test(b.bin)) continue;
    byBin.set(b.bin, [...(byBin.get(b.bin) ?? []), b]);
  }
  return [...byBin.values()]
    .map((same) => {
      const ranked = [...same].sort((a, b) => b.vietQRStatus - a.vietQRStatus);
      const first = ranked[0]!;
      return {
        bin: first.bin,
        code: String(first.code),
        shortName: ranked.map((b) => b.shortName).join(" / "),
        name: first.name,
      };
    })
    .sort((a, b) => a.shortName.localeCompare(b.shortName, "vi"));
}

export const BANKS: readonly Bank[] = fromPackage();

const BY_BIN = new Map(BANKS.map((b) => [b.bin, b]));

export function bankByBin(bin: string): Bank | null {
  return BY_BIN.get(bin) ?? null;
}
