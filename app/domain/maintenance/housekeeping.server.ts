/**
 * Housekeeping: deletes what the app no longer needs and should not keep (decision 0014).
 * Run hourly inside the app, and once by `npm run housekeeping`. Every threshold is measured
 * from `now`, so a test can put rows on both sides of it.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { logger, type Logger } from "../../infra/logger";
import { startPollingWorker, type PollingWorker } from "../../infra/polling-worker";
import { pruneMail, SENT_MAIL_KEEP_DAYS } from "../mail/outbox.server";

export const HOUSEKEEPING_RULES = {
  /** A guest's cart (no account) untouched this long is deleted with its lines. */
  guestCartDays: 30,
  /** Log-in failures are counted over 15 minutes; a day is kept for a person looking into abuse. */
  loginFailureHours: 24,
  /** Reset, invitation and sign-up links (and sign-up notices), used or expired this long ago. */
  spentTokenDays: 7,
  /** Sent email (pruneMail). */
  sentMailDays: SENT_MAIL_KEEP_DAYS,
} as const;

export type HousekeepingCounts = {
  guestCarts: number;
  guestCartItems: number;
  expiredSessions: number;
  loginFailures: number;
  orderLookupFailures: number;
  expiredOrderGrants: number;
  spentTokens: number;
  signupRequests: number;
  sentMail: number;
};

async function deleted(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  return (await queryRows<{ n: number }>(db, query)).length;
}

/** Deletes each kind past its threshold; returns how many rows of each went, and logs them. */
export async function runHousekeeping(
  db: Db,
  now: Date,
  log: Pick<Logger, "info"> = logger,
): Promise<HousekeepingCounts> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const r = HOUSEKEEPING_RULES;
  const carts = await db.transaction(async (tx) => {
    const stale = sql`select id from carts
                       where user_id is null
                         and updated_at < ${at} - make_interval(days => ${r.guestCartDays})`;
    const items = await deleted(
      tx,
      sql`delete from cart_items where cart_id in (${stale}) returning 1 as n`,
    );
    const carts = await deleted(tx, sql`delete from carts where id in (${stale}) returning 1 as n`);
    return { carts, items };
  });
  const counts: HousekeepingCounts = {
    guestCarts: carts.carts,
    guestCartItems: carts.items,
    expiredSessions: await deleted(
      db,
      sql`delete from sessions where expires_at < ${at} returning 1 as n`,
    ),
    loginFailures: await deleted(
      db,
      sql`delete from login_failures
           where created_at < ${at} - make_interval(hours => ${r.loginFailureHours})
          returning 1 as n`,
    ),
    // Order look-ups (decision 0025): failures kept as long as log-in failures; grants once expired.
    orderLookupFailures: await deleted(
      db,
      sql`delete from order_lookup_failures
           where created_at < ${at} - make_interval(hours => ${r.loginFailureHours})
          returning 1 as n`,
    ),
    expiredOrderGrants: await deleted(
      db,
      sql`delete from order_access_grants where expires_at < ${at} returning 1 as n`,
    ),
    spentTokens: await deleted(
      db,
      sql`delete from password_reset_tokens
           where used_at < ${at} - make_interval(days => ${r.spentTokenDays})
              or expires_at < ${at} - make_interval(days => ${r.spentTokenDays})
          returning 1 as n`,
    ),
    signupRequests: await deleted(
      db,
      sql`delete from signup_requests
           where used_at < ${at} - make_interval(days => ${r.spentTokenDays})
              or expires_at < ${at} - make_interval(days => ${r.spentTokenDays})
          returning 1 as n`,
    ),
    sentMail: await pruneMail(db, now),
  };
  log.info(
    `housekeeping: deleted ${Object.entries(counts)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ")}`,
  );
  return counts;
}

/** Runs housekeeping now and then every `everyMs` (an hour) until stopped. */
export function startHousekeepingWorker(
  getDb: () => Promise<Db>,
  opts: { everyMs?: number } = {},
): PollingWorker {
  return startPollingWorker({
    name: "housekeeping",
    drain: async () => {
      await runHousekeeping(await getDb(), new Date());
      // Nothing is claimed: always wait a full interval before the next run.
      return { claimed: 0, failed: 0 };
    },
    idleMs: opts.everyMs ?? 3_600_000,
  });
}
