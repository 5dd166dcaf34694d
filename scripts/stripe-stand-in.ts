/**
 * A stand-in for Stripe's HTTP API, for the e2e suite (started by scripts/e2e-server.ts) and
 * the integration tests (Stripe cannot be reached from the test machines). The real Stripe
 * SDK talks to it through its host/port options. It answers, in shape only, the calls the app
 * makes: create a Checkout Session, retrieve one (with a payment intent), create a refund.
 * It decides nothing and imitates no Stripe logic; it records every request so a test can
 * read back what the app sent (`requests`, or over HTTP: `GET /__sessions/<id>` → the
 * session's form fields, `GET /__refunds` → every refund request).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { E2E_APP_PORT } from "./e2e-database";

export const E2E_STRIPE = {
  secretKey: "sk_test_e2e_stand_in",
  webhookSecret: "whsec_e2e_stand_in",
  port: E2E_APP_PORT + 1,
};

export type StandInRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: URLSearchParams;
};

export type StripeStandIn = {
  server: Server;
  port: number;
  /** Base URL for the app's STRIPE_API_BASE. */
  url: string;
  /** Every request received, oldest first. */
  requests: StandInRequest[];
  /** The next `times` requests whose path starts with `pathPrefix` answer 400 with an error. */
  refuse: (pathPrefix: string, times?: number) => void;
  close: () => Promise<void>;
};

/** The payment intent the stand-in reports for a session: derived from its id, nothing more. */
export function standInPaymentIntent(sessionId: string): string {
  return `pi_for_${sessionId}`;
}

export function startStripeStandIn(opts: { port?: number } = {}): Promise<StripeStandIn> {
  const sessions = new Map<string, Record<string, string>>();
  const requests: StandInRequest[] = [];
  const refusals: { prefix: string; left: number }[] = [];
  let seq = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      res.setHeader("Content-Type", "application/json");
      const url = req.url ?? "";
      const method = req.method ?? "";
      const fields = new URLSearchParams(body);
      const send = (status: number, json: unknown) => {
        res.statusCode = status;
        res.end(JSON.stringify(json));
      };
      if (!url.startsWith("/__")) {
        requests.push({
          method,
          path: url,
          headers: Object.fromEntries(
            Object.entries(req.headers).map(([k, v]) => [
              k,
              Array.isArray(v) ? v.join(",") : (v ?? ""),
            ]),
          ),
          body: fields,
        });
        const refusal = refusals.find((r) => r.left > 0 && url.startsWith(r.prefix));
        if (refusal) {
          refusal.left -= 1;
          send(400, { error: { type: "invalid_request_error", message: "stand-in refusal" } });
          return;
        }
      }
      if (method === "POST" && url === "/v1/checkout/sessions") {
        seq += 1;
        const id = `cs_test_stand_in_${Date.now()}_${seq}`;
        sessions.set(id, Object.fromEntries(fields));
        send(200, {
          id,
          object: "checkout.session",
          url: `https://checkout.stripe.test/c/pay/${id}`,
        });
        return;
      }
      const session = /^\/v1\/checkout\/sessions\/([A-Za-z0-9_]+)$/.exec(url);
      if (method === "GET" && session?.[1]) {
        const id = session[1];
        const sent = sessions.get(id) ?? {};
        send(200, {
          id,
          object: "checkout.session",
          payment_intent: standInPaymentIntent(id),
          success_url: sent.success_url ?? null,
          metadata: {
            ...(sent["metadata[order_id]"] ? { order_id: sent["metadata[order_id]"] } : {}),
            ...(sent["metadata[lang]"] ? { lang: sent["metadata[lang]"] } : {}),
          },
        });
        return;
      }
      if (method === "POST" && url === "/v1/refunds") {
        seq += 1;
        send(200, {
          id: `re_test_stand_in_${seq}`,
          object: "refund",
          amount: Number(fields.get("amount")),
          currency: "vnd",
          payment_intent: fields.get("payment_intent"),
          status: "succeeded",
        });
        return;
      }
      const readBack = /^\/__sessions\/([A-Za-z0-9_]+)$/.exec(url);
      if (method === "GET" && readBack?.[1] && sessions.has(readBack[1])) {
        send(200, sessions.get(readBack[1]));
        return;
      }
      if (method === "GET" && url === "/__refunds") {
        send(
          200,
          requests
            .filter((r) => r.method === "POST" && r.path === "/v1/refunds")
            .map((r) => ({
              ...Object.fromEntries(r.body),
              idempotencyKey: r.headers["idempotency-key"] ?? null,
            })),
        );
        return;
      }
      send(404, { error: { type: "invalid_request_error", message: "not in the stand-in" } });
    });
  });
  return new Promise((resolve) =>
    server.listen(opts.port ?? E2E_STRIPE.port, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}`,
        requests,
        refuse: (prefix, times = 1) => refusals.push({ prefix, left: times }),
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}
