/**
 * The database the e2e app runs on when TEST_DATABASE_URL names a server. `E2E_SLOT` (a small
 * number) gives engineers running e2e side by side their own database, port and data folder.
 */
const slot = process.env.E2E_SLOT ? Number(process.env.E2E_SLOT) : 0;
export const E2E_SLOT = Number.isInteger(slot) && slot >= 0 && slot < 50 ? slot : 0;
export const E2E_DATABASE_NAME = E2E_SLOT === 0 ? "ocop_e2e" : `ocop_e2e_${E2E_SLOT}`;
export const E2E_APP_PORT = 3456 + E2E_SLOT * 10;
export const E2E_DATA_FOLDER = E2E_SLOT === 0 ? "e2e" : `e2e-${E2E_SLOT}`;
