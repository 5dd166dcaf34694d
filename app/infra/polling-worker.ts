/**
 * The loop every outbox worker runs: drain while there is work, then wait; prune now and
 * then; log failures and carry on. A worker never dies on one error.
 */
import { logger } from "./logger";

export type PollingWorker = { stop: () => Promise<void> };

export type DrainCounts = { claimed: number; failed: number };

export function startPollingWorker(opts: {
  /** Names the outbox in log lines, e.g. "search outbox". */
  name: string;
  drain: () => Promise<DrainCounts>;
  prune?: () => Promise<void>;
  idleMs?: number;
  pruneEveryMs?: number;
  log?: Pick<Console, "warn">;
}): PollingWorker {
  const idleMs = opts.idleMs ?? 1_000;
  const pruneEveryMs = opts.pruneEveryMs ?? 3_600_000;
  const log = opts.log ?? logger;
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    let lastPrune = 0;
    while (!stopped) {
      let busy = false;
      try {
        const r = await opts.drain();
        busy = r.claimed > 0 && r.failed === 0;
        if (r.failed) log.warn(`${opts.name}: ${r.failed} row(s) not processed, will retry`);
        if (opts.prune && Date.now() - lastPrune > pruneEveryMs) {
          await opts.prune();
          lastPrune = Date.now();
        }
      } catch (error) {
        log.warn(`${opts.name}: drain failed, will retry`, error);
      }
      if (!busy && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, idleMs).unref?.();
        });
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
