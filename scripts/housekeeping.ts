/**
 * `npm run housekeeping`: runs the housekeeping once and prints what it deleted, then sends the
 * certificates' expiry notices that are due (the app also runs both hourly). Uses DATABASE_URL, else PGlite in DATA_DIR, which the running app must not
 * hold open at the same time.
 */
import { databaseTarget, parseConfig } from "../app/infra/config.server";
import { sweepExpiryNotices } from "../app/domain/certificate/expiry-notices.server";
import { HOUSEKEEPING_RULES, runHousekeeping } from "../app/domain/maintenance/housekeeping.server";
import { logger } from "../app/infra/logger";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { print } from "./print";

async function main() {
  const config = parseConfig();
  const database = await openDatabase(databaseTarget(config, 1));
  try {
    await migrateDatabase(database);
    const counts = await runHousekeeping(database.db, new Date(), { info: () => {} });
    const r = HOUSEKEEPING_RULES;
    print("Housekeeping: deleted");
    print(
      `  ${counts.guestCarts} guest carts untouched for ${r.guestCartDays} days (${counts.guestCartItems} lines)`,
    );
    print(`  ${counts.expiredSessions} expired sessions`);
    print(`  ${counts.loginFailures} log-in failures older than ${r.loginFailureHours} hours`);
    print(
      `  ${counts.spentTokens} reset and invitation links used or expired ${r.spentTokenDays}+ days ago`,
    );
    print(
      `  ${counts.signupRequests} sign-up requests used or expired ${r.spentTokenDays}+ days ago`,
    );
    print(`  ${counts.sentMail} emails sent more than ${r.sentMailDays} days ago`);
    const notices = await sweepExpiryNotices(database.db, new Date(), { siteUrl: config.siteUrl });
    print(
      `Certificate expiry notices: ${notices.notices} sent (${notices.emails} emails queued; the app's mail worker sends them)`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  logger.error("housekeeping failed", error);
  process.exit(1);
});
