/**
 * The VietQR code of one bank transfer: the EMVCo "merchant-presented" payload NAPAS defines
 * for account transfers (service QRIBFTTA), built by the `vietnam-qr-pay` library, with the
 * bank's BIN and the account number, the amount in đồng and the memo ("nội dung chuyển
 * khoản"). A banking app that scans it fills in all four; the buyer only confirms.
 * Pure: no database.
 */
import { QRPay } from "vietnam-qr-pay";

export type TransferDetails = {
  bankBin: string;
  accountNumber: string;
  /** Whole đồng. */
  amountVnd: number;
  memo: string;
};

/**
 * What banks carry through in a transfer's content without mangling it: Latin capitals,
 * digits and spaces (diacritics and punctuation are dropped or refused by some banking apps),
 * at most 25 characters (the "purpose of transaction" of the EMVCo additional data that some
 * banks truncate at).
 */
export const MEMO_PATTERN = /^[A-Z0-9 ]{1,25}$/;

/** The shipment's code as the buyer and the producer read it: "P" and the part's number. */
export function shipmentCode(partId: number): string {
  return `P${partId}`;
}

/** "OC-7K3-9F2Q", part 12 → "OC7K39F2Q P12": the order and the shipment, nothing else. */
export function transferMemo(orderNumber: string, partId: number): string {
  const memo = `${orderNumber.replace(/[^0-9A-Z]/g, "")} ${shipmentCode(partId)}`;
  if (!MEMO_PATTERN.test(memo)) throw new Error(`transfer memo not bank-safe: ${memo}`);
  return memo;
}

/** The EMVCo payload (the text inside the QR code), CRC included. */
export function vietQrPayload(t: TransferDetails): string {
  if (!Number.isSafeInteger(t.amountVnd) || t.amountVnd <= 0)
    throw new Error("a VietQR amount is a positive whole number of đồng");
  return QRPay.initVietQR({
    bankBin: t.bankBin,
    bankNumber: t.accountNumber,
    amount: String(t.amountVnd),
    purpose: t.memo,
  }).build();
}

/** The fields a scanning bank app reads back from a payload, or null when it is not valid. */
export function readVietQr(payload: string): TransferDetails | null {
  const qr = new QRPay(payload);
  if (!qr.isValid || qr.provider.name !== "VIETQR") return null;
  const amount = Number(qr.amount);
  return {
    bankBin: qr.consumer.bankBin ?? "",
    accountNumber: qr.consumer.bankNumber ?? "",
    amountVnd: Number.isSafeInteger(amount) ? amount : NaN,
    memo: qr.additionalData.purpose ?? "",
  };
}

/** The account number as a page shows it to anyone but its producer: "•••• 6789". */
export function maskAccountNumber(accountNumber: string): string {
  return `•••• ${accountNumber.slice(-4)}`;
}
