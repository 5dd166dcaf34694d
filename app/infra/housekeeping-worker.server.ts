import { getDb } from "./db.server";
import { startHousekeepingWorker } from "../domain/maintenance/housekeeping.server";
import type { PollingWorker } from "./polling-worker";

declare global {
  // One housekeeping loop per process, surviving module reloads in development.
  var __ocopHousekeeping: PollingWorker | undefined;
}

/** Deletes old guest carts, expired sessions, spent links and old mail: at start, then hourly. */
export function startHousekeeping(): void {
  if (globalThis.__ocopHousekeeping) return;
  globalThis.__ocopHousekeeping = startHousekeepingWorker(getDb);
}
