/**
 * VNPay's payment gateway (protocol version 2.1.0), as a service the domain is handed: build
 * the signed payment URL, verify a signed result (IPN or return), ask for a refund. The payment
 * URL and the verification use the npm `vnpay` library (HMAC-SHA512 over the parameters sorted
 * by name and URL-encoded, spaces as "+", empty values left out, as VNPay's integration guide
 * specifies); we give it the dates ourselves because it formats "GMT+7" with the server's local
 * clock. The refund request is our own small code: VNPay signs it over "|"-joined fields in
 * a fixed order (see `refundSignData`), and we check the answer's signature over the amount
 * exactly as VNPay sent it.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { VNPay, type ReturnQueryFromVNPay } from "vnpay";
import { VIETNAM_TZ } from "../lib/dates";
import { getConfig } from "./config.server";

export type VnpayGateway = {
  tmnCode: string;
  buildPaymentUrl(input: VnpayPaymentRequest): string;
  /** The verified result of a payment, or null when the signature is wrong or missing. */
  verifyResult(query: Record<string, string>): VnpayResult | null;
  refund(input: VnpayRefundRequest): Promise<VnpayRefundAnswer>;
};

export type VnpayPaymentRequest = {
  txnRef: string;
  /** Whole đồng; VNPay receives it ×100. */
  amountVnd: number;
  /** ASCII, no diacritics (VNPay's rule for vnp_OrderInfo). */
  orderInfo: string;
  returnUrl: string;
  ipAddr: string;
  locale: "vn" | "en";
  /** yyyyMMddHHmmss in Vietnam time. */
  createDate: string;
  expireDate: string;
};

export type VnpayResult = {
  txnRef: string;
  /** Whole đồng (VNPay's vnp_Amount ÷ 100). */
  amountVnd: number;
  responseCode: string;
  transactionStatus: string;
  transactionNo: string;
  bankCode: string;
  payDate: string;
  /** VNPay's rule: paid only when both the response code and the transaction status are "00". */
  success: boolean;
};

export type VnpayRefundRequest = {
  requestId: string;
  txnRef: string;
  amountVnd: number;
  /** "02" the whole payment, "03" a part of it. */
  transactionType: "02" | "03";
  transactionNo: string | null;
  /** vnp_CreateDate of the payment. */
  transactionDate: string;
  createBy: string;
  createDate: string;
  ipAddr: string;
  orderInfo: string;
};

export type VnpayRefundAnswer =
  { ok: true; transactionNo: string } | { ok: false; responseCode: string; message: string };

/** yyyyMMddHHmmss of an instant in Vietnam (GMT+7), whatever the server's time zone. */
export function vnpayDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: VIETNAM_TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}${get("month")}${get("day")}${get("hour")}${get("minute")}${get("second")}`;
}

/** VNPay's order info: Latin letters without diacritics, digits and a few signs. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 .,:_-]/g, "")
    .slice(0, 255);
}

export function hmacSha512(secret: string, data: string): string {
  return createHmac("sha512", secret).update(Buffer.from(data, "utf-8")).digest("hex");
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a.toLowerCase(), "utf8");
  const y = Buffer.from(b.toLowerCase(), "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The refund request's signed data (VNPay's merchant API, vnp_Command=refund). */
export function refundSignData(body: Record<string, string>): string {
  return [
    "vnp_RequestId",
    "vnp_Version",
    "vnp_Command",
    "vnp_TmnCode",
    "vnp_TransactionType",
    "vnp_TxnRef",
    "vnp_Amount",
    "vnp_TransactionNo",
    "vnp_TransactionDate",
    "vnp_CreateBy",
    "vnp_CreateDate",
    "vnp_IpAddr",
    "vnp_OrderInfo",
  ]
    .map((k) => body[k] ?? "")
    .join("|");
}

/** The refund answer's signed data. */
export function refundAnswerSignData(answer: Record<string, string>): string {
  return [
    "vnp_ResponseId",
    "vnp_Command",
    "vnp_ResponseCode",
    "vnp_Message",
    "vnp_TmnCode",
    "vnp_TxnRef",
    "vnp_Amount",
    "vnp_BankCode",
    "vnp_PayDate",
    "vnp_TransactionNo",
    "vnp_TransactionType",
    "vnp_TransactionStatus",
    "vnp_OrderInfo",
  ]
    .map((k) => answer[k] ?? "")
    .join("|");
}

/** A gateway for the given merchant, secret and addresses (the tests hand a stand-in's). */
export function vnpayGateway(opts: {
  tmnCode: string;
  hashSecret: string;
  paymentUrl: string;
  apiUrl: string;
}): VnpayGateway {
  const pay = new URL(opts.paymentUrl);
  const client = new VNPay({
    tmnCode: opts.tmnCode,
    secureSecret: opts.hashSecret,
    vnpayHost: pay.origin,
    paymentEndpoint: pay.pathname.replace(/^\//, ""),
    enableLog: false,
  });
  return {
    tmnCode: opts.tmnCode,
    buildPaymentUrl(input) {
      return client.buildPaymentUrl({
        vnp_TxnRef: input.txnRef,
        vnp_Amount: input.amountVnd,
        vnp_OrderInfo: input.orderInfo,
        vnp_ReturnUrl: input.returnUrl,
        vnp_IpAddr: input.ipAddr,
        vnp_Locale: input.locale as never,
        vnp_CreateDate: Number(input.createDate),
        vnp_ExpireDate: Number(input.expireDate),
      });
    },
    verifyResult(query) {
      if (!query.vnp_SecureHash || !/^[0-9]+$/.test(query.vnp_Amount ?? "")) return null;
      // Only VNPay's own parameters are signed; anything else in the URL is ignored.
      const vnp = Object.fromEntries(
        Object.entries(query).filter(([k]) => k.startsWith("vnp_")),
      ) as unknown as ReturnQueryFromVNPay;
      let verified;
      try {
        verified = client.verifyIpnCall(vnp);
      } catch {
        return null;
      }
      if (!verified.isVerified) return null;
      const responseCode = query.vnp_ResponseCode ?? "";
      const transactionStatus = query.vnp_TransactionStatus ?? "";
      return {
        txnRef: query.vnp_TxnRef ?? "",
        amountVnd: Number(query.vnp_Amount) / 100,
        responseCode,
        transactionStatus,
        transactionNo: query.vnp_TransactionNo ?? "",
        bankCode: query.vnp_BankCode ?? "",
        payDate: query.vnp_PayDate ?? "",
        success: responseCode === "00" && transactionStatus === "00",
      };
    },
    async refund(input) {
      const body: Record<string, string> = {
        vnp_RequestId: input.requestId,
        vnp_Version: "2.1.0",
        vnp_Command: "refund",
        vnp_TmnCode: opts.tmnCode,
        vnp_TransactionType: input.transactionType,
        vnp_TxnRef: input.txnRef,
        vnp_Amount: String(input.amountVnd * 100),
        vnp_TransactionNo: input.transactionNo ?? "0",
        vnp_TransactionDate: input.transactionDate,
        vnp_CreateBy: input.createBy,
        vnp_CreateDate: input.createDate,
        vnp_IpAddr: input.ipAddr,
        vnp_OrderInfo: input.orderInfo,
      };
      body.vnp_SecureHash = hmacSha512(opts.hashSecret, refundSignData(body));
      const response = await fetch(opts.apiUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      if (!response.ok) throw new Error(`VNPay refund API answered HTTP ${response.status}`);
      const raw = (await response.json()) as Record<string, unknown>;
      const answer = Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]),
      );
      const expected = hmacSha512(opts.hashSecret, refundAnswerSignData(answer));
      if (!sameHex(expected, answer.vnp_SecureHash ?? ""))
        throw new Error("VNPay's refund answer has a wrong signature");
      if (answer.vnp_ResponseCode !== "00")
        return {
          ok: false,
          responseCode: answer.vnp_ResponseCode ?? "",
          message: answer.vnp_Message ?? "",
        };
      return { ok: true, transactionNo: answer.vnp_TransactionNo ?? "" };
    },
  };
}

/** A fresh vnp_RequestId (unique per request, per VNPay). */
export function vnpayRequestId(): string {
  return randomBytes(12).toString("hex");
}

let gateway: VnpayGateway | undefined;

/** Null when VNPay is not configured. */
export function getVnpay(): VnpayGateway | null {
  const config = getConfig();
  if (!config.VNPAY_TMN_CODE || !config.VNPAY_HASH_SECRET) return null;
  gateway ??= vnpayGateway({
    tmnCode: config.VNPAY_TMN_CODE,
    hashSecret: config.VNPAY_HASH_SECRET,
    paymentUrl: config.VNPAY_PAYMENT_URL,
    apiUrl: config.VNPAY_API_URL,
  });
  return gateway;
}
