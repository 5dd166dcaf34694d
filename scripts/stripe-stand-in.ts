/**
 * A stand-in for Stripe's HTTP API, for the e2e suite only (Stripe cannot be reached from
 * the test machines). It answers Checkout Session creation like Stripe does, in shape only,
 * and lets a spec read back what the app sent: `GET /__sessions/<id>` → the form fields.
 * It decides nothing and imitates no Stripe logic.
 */
import { createServer, type Server } from "node:http";
import { E2E_APP_PORT } from "./e2e-database";

export const E2E_STRIPE = {
  secretKey: "sk_test_e2e_stand_in",
  webhookSecret: "whsec_e2e_stand_in",
  port: E2E_APP_PORT + 1,
};

export function startStripeStandIn(port = E2E_STRIPE.port): Promise<Server> {
  const sessions = new Map<string, Record<string, string>>();
  let seq = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      res.setHeader("Content-Type", "application/json");
      const url = req.url ?? "";
      if (req.method === "POST" && url.startsWith("/v1/checkout/sessions")) {
        seq += 1;
        const id = `cs_test_e2e_${Date.now()}_${seq}`;
        sessions.set(id, Object.fromEntries(new URLSearchParams(body)));
        res.end(
          JSON.stringify({
            id,
            object: "checkout.session",
            url: `https://checkout.stripe.test/c/pay/${id}`,
          }),
        );
        return;
      }
      const m = /^\/__sessions\/([A-Za-z0-9_]+)$/.exec(url);
      if (req.method === "GET" && m?.[1] && sessions.has(m[1])) {
        res.end(JSON.stringify(sessions.get(m[1])));
        return;
      }
      res.statusCode = 404;
      res.end(
        JSON.stringify({
          error: { type: "invalid_request_error", message: "not in the stand-in" },
        }),
      );
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
