/** The database the e2e app runs on when TEST_DATABASE_URL names a server. */
export const E2E_DATABASE_NAME = "ocop_e2e";
