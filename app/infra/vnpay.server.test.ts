/**
 * VNPay's signature and payment URL, against VNPay's documentation and against the stand-in's
 * independent implementation of its algorithm (scripts/vnpay-stand-in.ts).
 */
import { describe, expect, it } from "vitest";
import { signedQuery, vnpHashData, vnpSign } from "../../scripts/vnpay-stand-in";
import {
  hmacSha512,
  refundSignData,
  vnpayDate,
  vnpayGateway,
  withoutDiacritics,
} from "./vnpay.server";

/**
 * The example payment URL of VNPay's integration guide ("Hướng dẫn tích hợp Cổng thanh toán
 * VNPAY", https://sandbox.vnpayment.vn/apis/docs/huong-dan-tich-hop/, section "Tạo URL Thanh
 * toán"). The guide does not publish the hash secret of merchant DEMOV210, so its
 * vnp_SecureHash cannot be recomputed; what it fixes is the signed data: the parameters sorted
 * by name, URL-encoded with spaces as "+", which is what is checked here, and the HMAC-SHA512
 * itself is checked against RFC 4231's published test vector.
 */
const DOCUMENTED_URL =
  "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0&vnp_SecureHash=3e0d61a0c0534b2e36680b3f7277743e8784cc4e1d68fa7d276e79c23be7d6318d338b477910a27992f5057bb1582bd44bd82ae8009ffaf6d141219218625c42";
const documentedSigned = DOCUMENTED_URL.split("?")[1]?.split("&vnp_SecureHash=")[0] ?? "";

const SECRET = "TESTSECRETTESTSECRETTESTSECRET12";

describe("VNPay's signature", () => {
  it("HMAC-SHA512 is the RFC 4231 one (test case 2)", () => {
    expect(hmacSha512("Jefe", "what do ya want for nothing?")).toBe(
      "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    );
  });

  it("signs the documented example's data byte for byte: sorted by name, encoded, spaces as +", () => {
    const params = {
      // Given out of order on purpose.
      vnp_Version: "2.1.0",
      vnp_TxnRef: "5",
      vnp_TmnCode: "DEMOV210",
      vnp_ReturnUrl: "https://domainmerchant.vn/ReturnUrl",
      vnp_OrderType: "other",
      vnp_OrderInfo: "Thanh toan don hang :5",
      vnp_Locale: "vn",
      vnp_IpAddr: "127.0.0.1",
      vnp_CurrCode: "VND",
      vnp_CreateDate: "20210801153333",
      vnp_Command: "pay",
      vnp_Amount: "1806000",
      vnp_BankCode: "",
    };
    expect(vnpHashData(params)).toBe(documentedSigned);
  });

  it("the app's payment URL (through the npm vnpay library) is the documented one, signed over it", () => {
    const gateway = vnpayGateway({
      tmnCode: "DEMOV210",
      hashSecret: SECRET,
      paymentUrl: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
      apiUrl: "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
    });
    const url = new URL(
      gateway.buildPaymentUrl({
        txnRef: "5",
        amountVnd: 18_060,
        orderInfo: "Thanh toan don hang :5",
        returnUrl: "https://domainmerchant.vn/ReturnUrl",
        ipAddr: "127.0.0.1",
        locale: "vn",
        createDate: "20210801153333",
        expireDate: "20210801154833",
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(
      "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
    );
    const [signedPart, hash] = url.search.slice(1).split("&vnp_SecureHash=");
    // The documented data with our expiry date in its sorted place (after vnp_CurrCode).
    expect(signedPart).toBe(
      documentedSigned.replace(
        "vnp_CurrCode=VND&",
        "vnp_CurrCode=VND&vnp_ExpireDate=20210801154833&",
      ),
    );
    expect(url.searchParams.get("vnp_Amount")).toBe("1806000"); // 18 060 đ × 100
    expect(hash).toBe(hmacSha512(SECRET, signedPart ?? ""));
    // The stand-in, written from the documentation alone, accepts it.
    expect(vnpSign(Object.fromEntries(url.searchParams), SECRET)).toBe(hash);
  });

  it("verifies a signed result and refuses a tampered one or a wrong secret", () => {
    const gateway = vnpayGateway({
      tmnCode: "OCOPTEST",
      hashSecret: SECRET,
      paymentUrl: "http://127.0.0.1:1/paymentv2/vpcpay.html",
      apiUrl: "http://127.0.0.1:1/api",
    });
    const result = {
      vnp_Amount: "33600000",
      vnp_BankCode: "NCB",
      vnp_OrderInfo: "Thanh toan don hang OC-7K3-9F2Q",
      vnp_PayDate: "20261207203000",
      vnp_ResponseCode: "00",
      vnp_TmnCode: "OCOPTEST",
      vnp_TransactionNo: "14226112",
      vnp_TransactionStatus: "00",
      vnp_TxnRef: "OC7K39F2Q",
    };
    const query = Object.fromEntries(new URLSearchParams(signedQuery(result, SECRET)));
    expect(gateway.verifyResult(query)).toMatchObject({
      txnRef: "OC7K39F2Q",
      amountVnd: 336_000,
      success: true,
      transactionNo: "14226112",
    });
    expect(gateway.verifyResult({ ...query, vnp_Amount: "100" })).toBeNull();
    expect(gateway.verifyResult({ ...query, vnp_ResponseCode: "24" })).toBeNull();
    const { vnp_SecureHash: _drop, ...unsigned } = query;
    expect(gateway.verifyResult(unsigned)).toBeNull();
    const other = Object.fromEntries(new URLSearchParams(signedQuery(result, "another secret")));
    expect(gateway.verifyResult(other)).toBeNull();
    // Paid only when both the response code and the transaction status say so.
    const pending = { ...result, vnp_TransactionStatus: "01" };
    expect(
      gateway.verifyResult(Object.fromEntries(new URLSearchParams(signedQuery(pending, SECRET))))
        ?.success,
    ).toBe(false);
  });
});

describe("VNPay's fields", () => {
  it("dates are yyyyMMddHHmmss in Vietnam time (GMT+7) whatever the server's zone", () => {
    expect(vnpayDate(new Date("2026-12-07T13:00:05Z"))).toBe("20261207200005");
    expect(vnpayDate(new Date("2026-12-31T17:30:00Z"))).toBe("20270101003000");
  });

  it("order info loses its diacritics", () => {
    expect(withoutDiacritics("Thanh toán đơn hàng OC-7K3-9F2Q")).toBe(
      "Thanh toan don hang OC-7K3-9F2Q",
    );
    expect(withoutDiacritics("Đặc sản <script>")).toBe("Dac san script");
  });

  it("the refund request signs its fields joined by | in VNPay's order", () => {
    expect(
      refundSignData({
        vnp_RequestId: "r1",
        vnp_Version: "2.1.0",
        vnp_Command: "refund",
        vnp_TmnCode: "OCOPTEST",
        vnp_TransactionType: "03",
        vnp_TxnRef: "OC7K39F2Q",
        vnp_Amount: "10000000",
        vnp_TransactionNo: "14226112",
        vnp_TransactionDate: "20261207200000",
        vnp_CreateBy: "cho-ocop",
        vnp_CreateDate: "20261208090000",
        vnp_IpAddr: "127.0.0.1",
        vnp_OrderInfo: "Hoan tien",
      }),
    ).toBe(
      "r1|2.1.0|refund|OCOPTEST|03|OC7K39F2Q|10000000|14226112|20261207200000|cho-ocop|20261208090000|127.0.0.1|Hoan tien",
    );
  });
});
