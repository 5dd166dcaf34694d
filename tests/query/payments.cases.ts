/**
 * Issue 11's pages: VNPay's IPN and return page (configured here with a test secret, as the
 * authorisation matrix does, so hostile vnp_* values reach the signature check instead of a
 * 404), and the producer's bank account and shipping pages.
 */
import type { QueryCase } from "./query-case";

process.env.VNPAY_TMN_CODE ??= "OCOPTEST";
process.env.VNPAY_HASH_SECRET ??= "QUERYTESTSECRET0QUERYTESTSECRET0";

/** What VNPay puts in the query of both its calls; read as a whole and verified first. */
const VNPAY_RESULT = [
  "vnp_Amount",
  "vnp_ResponseCode",
  "vnp_TransactionStatus",
  "vnp_TxnRef",
  "vnp_SecureHash",
];

export const cases: QueryCase[] = [
  {
    route: "payments.vnpay.ipn.ts",
    as: "anonymous",
    path: () => "/payments/vnpay/ipn",
    query: VNPAY_RESULT,
  },
  {
    route: "payments.vnpay.return.$key.tsx",
    as: "anonymous",
    path: () => "/payments/vnpay/return/not-a-key",
    params: () => ({ key: "not-a-key" }),
    query: VNPAY_RESULT,
    baseline: { status: 400, why: "an unsigned result is refused before any order is read" },
  },
  {
    route: "producer.bank-account.tsx",
    as: "producerA",
    path: () => "/producer/bank-account",
    query: [],
  },
  { route: "producer.shipping.tsx", as: "producerA", path: () => "/producer/shipping", query: [] },
];
