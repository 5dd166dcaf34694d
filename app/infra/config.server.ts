import path from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "../../db/client";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), {
    message: "must be a postgres:// or postgresql:// URL",
  });

const boolFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  /** Absent: embedded PGlite in DATA_DIR. Present: a Postgres server through postgres.js. */
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  /** Public origin used in the sitemap, canonical links and JSON-LD. */
  SITE_URL: z
    .string()
    .trim()
    .url()
    .optional()
    .transform((v) => v?.replace(/\/+$/, "")),
  /** Seed the demo catalogue when the database has no products. */
  SEED_ON_START: boolFlag.default("true"),
  /** Size of the postgres.js connection pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Absent: the embedded search engine answers. Present: Meilisearch, with the embedded one as fallback. */
  MEILI_URL: z.string().trim().url().optional(),
  MEILI_API_KEY: z.string().trim().min(1).optional(),
  /** Prefix of the index names, so several deployments can share one Meilisearch. */
  MEILI_INDEX_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{0,40}$/, { message: "may only hold letters, digits, _ and -" })
    .default("ocop_"),
  /** How long a Meilisearch request may take before the embedded engine answers instead. */
  SEARCH_TIMEOUT_MS: z.coerce.number().int().min(20).max(10_000).default(300),
  /**
   * How long anonymous readers may be served the same rendered storefront page (0: never).
   * Certification, names and prices are never stale: the key holds the data version and day.
   */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  /** Run the search outbox worker inside the app process (turn off when running search:worker). */
  SEARCH_WORKER: boolFlag.default("true"),
  /** Absent: email is written to the log and to DATA_DIR/mail. Present: sent through this SMTP server. */
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\/.+/.test(v), { message: "must be an smtp:// or smtps:// URL" })
    .optional(),
  /** The sender of every email the app sends. */
  MAIL_FROM: z.string().trim().min(3).default("Chợ OCOP <no-reply@cho-ocop.vn>"),
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  TRUST_PROXY: boolFlag.default("false"),
  /** Absent: card payment is not offered (cash on delivery only). */
  STRIPE_SECRET_KEY: z.string().trim().min(1).optional(),
  /** The signing secret of the /webhooks/stripe endpoint (whsec_…). */
  STRIPE_WEBHOOK_SECRET: z.string().trim().min(1).optional(),
  /** Another address for Stripe's API, e.g. a local stand-in in end-to-end tests. */
  STRIPE_API_BASE: z.string().trim().url().optional(),
  /** VNPay's merchant code (vnp_TmnCode). With VNPAY_HASH_SECRET, VNPay is offered at checkout. */
  VNPAY_TMN_CODE: z.string().trim().min(1).optional(),
  /** VNPay's secret for HMAC-SHA512 signatures (vnp_HashSecret). */
  VNPAY_HASH_SECRET: z.string().trim().min(1).optional(),
  /** VNPay's payment page; the sandbox unless set (production: https://pay.vnpay.vn/vpcpay.html). */
  VNPAY_PAYMENT_URL: z
    .string()
    .trim()
    .url()
    .default("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"),
  /** VNPay's API for refunds (and queries); the sandbox unless set. */
  VNPAY_API_URL: z
    .string()
    .trim()
    .url()
    .default("https://sandbox.vnpayment.vn/merchant_webapi/api/transaction"),
  /** Bank transfer (VietQR): the buyer is reminded once when nothing is confirmed after this. */
  TRANSFER_REMIND_AFTER_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** Bank transfer (VietQR): a shipment still unpaid after this is cancelled, its stock released. */
  TRANSFER_CANCEL_AFTER_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  /**
   * The platform's fee on money it collects for producers (cards, VNPay), as a fraction: 0.03
   * is 3 %. Whole hundredths of a per cent; rounded half up to the đồng per order part.
   */
  PLATFORM_FEE_RATE: z.coerce
    .number()
    .min(0)
    .max(0.5)
    .refine((v) => Math.abs(v * 10_000 - Math.round(v * 10_000)) < 1e-9, {
      message: "must be in whole hundredths of a per cent (e.g. 0.03 or 0.0275)",
    })
    .default(0.03),
});

export type Config = z.infer<typeof configSchema> & {
  pgliteDir: string;
  /** Where email goes when no SMTP server is configured. */
  mailDir: string;
  siteUrl: string;
};

/** Reads and validates the environment; throws one sentence naming each bad setting. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `${i.path.join(".") || "(environment)"} ${i.message}`)
      .join("; ");
    throw new Error(`Invalid configuration: ${problems}. See .env.example.`);
  }
  const c = result.data;
  return {
    ...c,
    pgliteDir: path.resolve(c.DATA_DIR, "pglite"),
    mailDir: path.resolve(c.DATA_DIR, "mail"),
    siteUrl: c.SITE_URL ?? `http://localhost:${c.PORT}`,
  };
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= parseConfig();
  return cached;
}

/** The database the configuration names: the server of DATABASE_URL, else PGlite in DATA_DIR. */
export function databaseTarget(
  config: Config,
  poolSize = config.DATABASE_POOL_SIZE,
): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL, poolSize }
    : { kind: "pglite", dataDir: config.pgliteDir };
}
