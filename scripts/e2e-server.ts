/**
 * Starts the production build for the e2e suite on a fresh database: a new Postgres database
 * on the TEST_DATABASE_URL server when set (so specs can also write fixtures to it), else a
 * fresh PGlite folder.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { E2E_APP_PORT, E2E_DATA_FOLDER, E2E_DATABASE_NAME } from "./e2e-database";
import { E2E_STRIPE, startStripeStandIn } from "./stripe-stand-in";
import { E2E_VNPAY, startVnpayStandIn } from "./vnpay-stand-in";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? String(E2E_APP_PORT);

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: port,
    HOST: "127.0.0.1",
    NODE_ENV: "production",
  };
  delete env.DATABASE_URL;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = await openDatabase({ kind: "postgres", url: serverUrl, poolSize: 1 });
    await admin.db.execute(sql.raw(`drop database if exists ${E2E_DATABASE_NAME} with (force)`));
    await admin.db.execute(sql.raw(`create database ${E2E_DATABASE_NAME}`));
    await admin.close();
    const u = new URL(serverUrl);
    u.pathname = `/${E2E_DATABASE_NAME}`;
    env.DATABASE_URL = u.toString();
  }
  // A fresh database gets a fresh data folder too: uploads and the mail files of an earlier run
  // (the specs count the mails a sweep sent) belong to the database that was dropped.
  const dataDir = path.join(root, "data", E2E_DATA_FOLDER);
  fs.rmSync(dataDir, { recursive: true, force: true });
  env.DATA_DIR = dataDir;
  env.SITE_URL = `http://127.0.0.1:${port}`;
  // Card payments against a local stand-in of Stripe's HTTP API (Stripe is unreachable here).
  await startStripeStandIn();
  env.STRIPE_SECRET_KEY = E2E_STRIPE.secretKey;
  env.STRIPE_WEBHOOK_SECRET = E2E_STRIPE.webhookSecret;
  env.STRIPE_API_BASE = `http://127.0.0.1:${E2E_STRIPE.port}`;
  // VNPay against a local stand-in of its payment page and refund API (built from its documented
  // algorithm); the stand-in calls our IPN as VNPay's servers would.
  const vnpay = await startVnpayStandIn({ ipn: `${env.SITE_URL}/payments/vnpay/ipn` });
  env.VNPAY_TMN_CODE = E2E_VNPAY.tmnCode;
  env.VNPAY_HASH_SECRET = E2E_VNPAY.hashSecret;
  env.VNPAY_PAYMENT_URL = vnpay.paymentUrl;
  env.VNPAY_API_URL = vnpay.apiUrl;
  const child = spawn("npx", ["tsx", "scripts/start.ts"], { cwd: root, env, stdio: "inherit" });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
