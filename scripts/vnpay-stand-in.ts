/**
 * A STAND-IN for VNPay's HTTP endpoints, for the e2e suite (started by scripts/e2e-server.ts)
 * and the route tests (VNPay cannot be reached from the test machines). It is built from
 * VNPay's documented algorithm (integration guide for payment v2.1.0 and the merchant API),
 * written here independently of the app's code and of the npm `vnpay` library, so a test
 * passing through it checks the app against the documentation, not against itself:
 *
 * - GET  /paymentv2/vpcpay.html?…  the payment page. It checks vnp_SecureHash (HMAC-SHA512 with
 *   the hash secret over the vnp_ parameters but vnp_SecureHash/vnp_SecureHashType, sorted by
 *   name, each `urlencode(key)=urlencode(value)` joined by "&", empty values left out; PHP's
 *   urlencode: spaces as "+"); a wrong signature shows VNPay's "Sai chữ ký" (code 70) page.
 *   Otherwise it shows the amount (vnp_Amount ÷ 100) and two buttons, pay and cancel.
 * - POST /paymentv2/complete        the button: builds the signed result (vnp_ResponseCode and
 *   vnp_TransactionStatus "00" when paid, "24"/"02" when cancelled), calls the merchant's IPN
 *   with it (GET, as VNPay does), then redirects the browser to vnp_ReturnUrl with it.
 * - POST /merchant_webapi/api/transaction   the refund API (vnp_Command=refund, JSON), checks
 *   the "|"-joined signature and answers a signed JSON ("00", or a refusal when told to).
 *
 * It imitates no more of VNPay than that. Everything is recorded for the tests: `payments`
 * (each payment page's parameters), `ipnAnswers`, `refunds`; over HTTP GET /__payments,
 * /__ipn-answers, /__refunds.
 */
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { E2E_APP_PORT } from "./e2e-database";

export const E2E_VNPAY = {
  tmnCode: "OCOPTEST",
  hashSecret: "STANDINSECRETFORE2ETESTSONLY0000",
  port: E2E_APP_PORT + 2,
};

/** PHP's urlencode, which VNPay's reference code uses: RFC 3986 escapes with spaces as "+". */
export function vnpEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, "+")
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The string VNPay signs: the vnp_ fields but the hash ones, sorted, encoded, empty ones out. */
export function vnpHashData(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k.startsWith("vnp_") && k !== "vnp_SecureHash" && k !== "vnp_SecureHashType")
    .filter((k) => params[k] !== undefined && params[k] !== "")
    .sort()
    .map((k) => `${vnpEncode(k)}=${vnpEncode(params[k] ?? "")}`)
    .join("&");
}

export function vnpSign(params: Record<string, string>, secret: string): string {
  return createHmac("sha512", secret).update(vnpHashData(params), "utf8").digest("hex");
}

/** The query string of a signed result, as VNPay sends it to the IPN and the return URL. */
export function signedQuery(params: Record<string, string>, secret: string): string {
  return `${vnpHashData(params)}&vnp_SecureHash=${vnpSign(params, secret)}`;
}

const pipe = (fields: string[], body: Record<string, string>) =>
  fields.map((k) => body[k] ?? "").join("|");

export type IpnAnswerRecord = { txnRef: string; answer: unknown };

export type VnpayStandIn = {
  server: Server;
  port: number;
  url: string;
  paymentUrl: string;
  apiUrl: string;
  payments: Record<string, string>[];
  ipnAnswers: IpnAnswerRecord[];
  refunds: Record<string, string>[];
  /** The next `times` refund requests are refused with this response code. */
  refuseRefunds: (code: string, times?: number) => void;
  /** The result the pay button would produce for a payment URL's parameters. */
  resultFor: (params: Record<string, string>, outcome: "pay" | "cancel") => Record<string, string>;
  close: () => Promise<void>;
};

let seq = 0;

export function startVnpayStandIn(opts: {
  port?: number;
  tmnCode?: string;
  hashSecret?: string;
  /** Where VNPay calls the merchant's IPN (GET); or a function answering it (route tests). */
  ipn: string | ((query: string) => Promise<unknown>);
}): Promise<VnpayStandIn> {
  const tmnCode = opts.tmnCode ?? E2E_VNPAY.tmnCode;
  const secret = opts.hashSecret ?? E2E_VNPAY.hashSecret;
  const payments: Record<string, string>[] = [];
  const ipnAnswers: IpnAnswerRecord[] = [];
  const refunds: Record<string, string>[] = [];
  const refusals = { code: "", left: 0 };

  const resultFor = (p: Record<string, string>, outcome: "pay" | "cancel") => {
    seq += 1;
    const paid = outcome === "pay";
    const now = new Date(Date.now() + 7 * 3600_000).toISOString().replace(/\D/g, "").slice(0, 14);
    return {
      vnp_Amount: p.vnp_Amount ?? "",
      vnp_BankCode: paid ? "NCB" : "VNPAY",
      vnp_BankTranNo: paid ? `VNP${14000000 + seq}` : "",
      vnp_CardType: paid ? "ATM" : "QRCODE",
      vnp_OrderInfo: p.vnp_OrderInfo ?? "",
      vnp_PayDate: now,
      vnp_ResponseCode: paid ? "00" : "24",
      vnp_TmnCode: tmnCode,
      vnp_TransactionNo: paid ? String(14000000 + seq) : "0",
      vnp_TransactionStatus: paid ? "00" : "02",
      vnp_TxnRef: p.vnp_TxnRef ?? "",
    };
  };

  const deliverIpn = async (query: string): Promise<unknown> => {
    if (typeof opts.ipn === "function") return opts.ipn(query);
    const response = await fetch(`${opts.ipn}?${query}`);
    return response.json();
  };

  const html = (title: string, body: string) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="font-family:sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem"><p><strong>VNPay (stand-in for tests)</strong></p>${body}</body></html>`;
  const escape = (s: string) =>
    s.replace(
      /[&<>"]/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
    );

  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://stand-in");
        const json = (status: number, value: unknown) => {
          res.writeHead(status, { "Content-Type": "application/json" });
          res.end(JSON.stringify(value));
        };
        const page = (status: number, markup: string) => {
          res.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
          res.end(markup);
        };
        if (req.method === "GET" && url.pathname === "/__payments") return json(200, payments);
        if (req.method === "GET" && url.pathname === "/__ipn-answers") return json(200, ipnAnswers);
        if (req.method === "GET" && url.pathname === "/__refunds") return json(200, refunds);

        if (req.method === "GET" && url.pathname === "/paymentv2/vpcpay.html") {
          const params = Object.fromEntries(url.searchParams);
          if (vnpSign(params, secret) !== (params.vnp_SecureHash ?? "").toLowerCase()) {
            return page(400, html("Sai chữ ký", "<h1>Sai chữ ký</h1><p>Mã lỗi: 70</p>"));
          }
          payments.push(params);
          const amount = Number(params.vnp_Amount) / 100;
          const hidden = `<input type="hidden" name="q" value="${escape(url.search.slice(1))}">`;
          return page(
            200,
            html(
              "VNPay",
              `<h1>Thanh toán qua VNPay</h1><p>Đơn vị: ${escape(params.vnp_TmnCode ?? "")}</p>` +
                `<p>Số tiền: <strong data-testid="vnpay-amount">${amount.toLocaleString("vi-VN")} VND</strong></p>` +
                `<p>Nội dung: ${escape(params.vnp_OrderInfo ?? "")}</p>` +
                `<form method="post" action="/paymentv2/complete">${hidden}<button name="outcome" value="pay">Thanh toán</button> ` +
                `<button name="outcome" value="cancel">Huỷ thanh toán</button></form>`,
            ),
          );
        }

        if (req.method === "POST" && url.pathname === "/paymentv2/complete") {
          const form = new URLSearchParams(body);
          const params = Object.fromEntries(new URLSearchParams(form.get("q") ?? ""));
          const result = resultFor(params, form.get("outcome") === "pay" ? "pay" : "cancel");
          const query = signedQuery(result, secret);
          // VNPay calls the IPN from its servers; the browser is then sent back to the shop.
          let answer: unknown;
          try {
            answer = await deliverIpn(query);
          } catch (error) {
            answer = { error: String(error) };
          }
          ipnAnswers.push({ txnRef: result.vnp_TxnRef, answer });
          res.writeHead(302, { Location: `${params.vnp_ReturnUrl ?? "/"}?${query}` });
          return res.end();
        }

        if (req.method === "POST" && url.pathname === "/merchant_webapi/api/transaction") {
          const request = JSON.parse(body || "{}") as Record<string, string>;
          refunds.push(request);
          const signed = pipe(
            [
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
            ],
            request,
          );
          const valid =
            createHmac("sha512", secret).update(signed, "utf8").digest("hex") ===
            request.vnp_SecureHash;
          let code = valid ? "00" : "97";
          if (valid && refusals.left > 0) {
            refusals.left -= 1;
            code = refusals.code;
          }
          seq += 1;
          const answer: Record<string, string> = {
            vnp_ResponseId: `resp${seq}`,
            vnp_Command: "refund",
            vnp_ResponseCode: code,
            vnp_Message: code === "00" ? "Refund success" : "Refund refused",
            vnp_TmnCode: tmnCode,
            vnp_TxnRef: request.vnp_TxnRef ?? "",
            vnp_Amount: request.vnp_Amount ?? "",
            vnp_BankCode: "NCB",
            vnp_PayDate: request.vnp_CreateDate ?? "",
            vnp_TransactionNo: code === "00" ? String(15000000 + seq) : "",
            vnp_TransactionType: request.vnp_TransactionType ?? "",
            vnp_TransactionStatus: code === "00" ? "05" : "",
            vnp_OrderInfo: request.vnp_OrderInfo ?? "",
          };
          answer.vnp_SecureHash = createHmac("sha512", secret)
            .update(
              pipe(
                [
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
                ],
                answer,
              ),
              "utf8",
            )
            .digest("hex");
          return json(200, answer);
        }
        return json(404, { error: "not part of the stand-in" });
      })();
    });
  });
  return new Promise((resolve) => {
    server.listen(opts.port ?? E2E_VNPAY.port, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}`;
      resolve({
        server,
        port,
        url,
        paymentUrl: `${url}/paymentv2/vpcpay.html`,
        apiUrl: `${url}/merchant_webapi/api/transaction`,
        payments,
        ipnAnswers,
        refunds,
        refuseRefunds: (code, times = 1) => {
          refusals.code = code;
          refusals.left = times;
        },
        resultFor,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
