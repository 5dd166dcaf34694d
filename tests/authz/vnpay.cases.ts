/**
 * VNPay's two public routes (decision 0023). Neither needs a session: the IPN is VNPay's server
 * calling, the return page VNPay's redirect of the buyer. What guards them is the signature
 * (checked first) and, for the return page, the order's private key in the path. So: every
 * persona is "allowed" to reach them, and gets nothing without a valid signature; a signed
 * result with a key that is not the order's shows no order to anyone (404).
 *
 * VNPay is configured for this matrix's world here (a test secret), before the first
 * getConfig(): without it both routes are 404 for everyone and the rows would prove nothing.
 */
import { signedQuery } from "../../scripts/vnpay-stand-in";
import type { AuthzCase } from "./authz-case";
import { PERSONAS } from "./world";

const SECRET = "AUTHZTESTSECRET0AUTHZTESTSECRET0";
process.env.VNPAY_TMN_CODE = "OCOPTEST";
process.env.VNPAY_HASH_SECRET = SECRET;

const signed = signedQuery(
  {
    vnp_Amount: "10000000",
    vnp_ResponseCode: "00",
    vnp_TransactionStatus: "00",
    vnp_TmnCode: "OCOPTEST",
    vnp_TransactionNo: "1",
    vnp_TxnRef: "OCNOTANORDER",
  },
  SECRET,
);

export const cases: AuthzCase[] = [
  {
    route: "payments.vnpay.ipn.ts",
    method: "GET",
    url: () => "/payments/vnpay/ipn?vnp_TxnRef=OC1&vnp_Amount=100&vnp_SecureHash=00",
    allow: PERSONAS,
    note: "public, but an unsigned call only gets RspCode 97 and changes nothing",
    answers: { status: 200 },
  },
  {
    route: "payments.vnpay.return.$key.tsx",
    method: "GET",
    url: () => `/payments/vnpay/return/not-the-key?${signed}`,
    params: () => ({ key: "not-the-key" }),
    allow: [],
    // Nobody is allowed, so nobody must see it; the matrix asks every record-bound row to say.
    shows: () => "OCNOTANORDER",
    note: "a signed result with a key that is not the order's: 404 for everyone (an unsigned one: 400, tests/routes/vnpay-payments)",
  },
];
