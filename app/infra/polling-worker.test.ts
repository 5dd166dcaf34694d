import { describe, expect, it } from "vitest";
import { startPollingWorker } from "./polling-worker";

describe("polling worker", () => {
  it("drains while there is work, survives errors, prunes and stops", async () => {
    const warnings: string[] = [];
    let drains = 0;
    let prunes = 0;
    const results = [
      { claimed: 5, failed: 0 },
      { claimed: 5, failed: 0 },
      "boom",
      { claimed: 2, failed: 2 },
    ] as const;
    let done: () => void = () => {};
    const finished = new Promise<void>((r) => (done = r));
    const worker = startPollingWorker({
      name: "test outbox",
      idleMs: 5,
      log: { warn: (m: string) => warnings.push(m) },
      prune: async () => {
        prunes += 1;
      },
      drain: async () => {
        const r = results[drains];
        drains += 1;
        if (drains >= results.length + 1) done();
        if (r === "boom") throw new Error("database away");
        return r ?? { claimed: 0, failed: 0 };
      },
    });
    await finished;
    await worker.stop();
    expect(drains).toBeGreaterThanOrEqual(5);
    expect(prunes).toBe(1);
    expect(warnings).toEqual([
      "test outbox: drain failed, will retry",
      "test outbox: 2 row(s) not processed, will retry",
    ]);
  });
});
