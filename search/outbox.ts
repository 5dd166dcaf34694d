/**
 * Drains the search outbox into an index. Rows are written by database triggers in the same
 * transaction as the change they describe (migration 0003), so nothing here has to remember
 * to write them. Each batch is claimed with FOR UPDATE SKIP LOCKED: several workers never
 * process one row twice, and a worker that dies leaves its rows to the next.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/client";
import { todayInVietnam } from "../app/lib/dates";
import { startPollingWorker, type PollingWorker } from "../app/infra/polling-worker";
import { buildSearchDocuments } from "./document";
import type { SearchEngine } from "./port";

/** What draining needs of an engine: where to write. The embedded engine has nothing to write. */
export type IndexWriter = Pick<SearchEngine, "name" | "upsert" | "remove">;

/** Acknowledges outbox rows without writing anywhere: the embedded engine reads the database. */
export const NO_INDEX: IndexWriter = {
  name: "embedded",
  upsert: async () => {},
  remove: async () => {},
};

export type DrainResult = { claimed: number; applied: number; failed: number; rowIds: number[] };

/**
 * Claims up to `batchSize` due rows in order, pushes the current documents of their products
 * (or removes the products no longer visible), and marks the rows done; on failure the rows
 * are kept with their attempt count raised and a back-off before they are due again.
 */
export async function drainOutboxOnce(
  db: Db,
  engine: IndexWriter,
  opts: { batchSize?: number; today?: string } = {},
): Promise<DrainResult> {
  const batchSize = opts.batchSize ?? 200;
  const today = opts.today ?? todayInVietnam();
  return db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string | number; product_id: number; attempts: number }>(
      tx,
      sql`select id, product_id, attempts from search_outbox
           where done_at is null and available_at <= now()
           order by id
           limit ${batchSize}
           for update skip locked`,
    );
    if (!rows.length) return { claimed: 0, applied: 0, failed: 0, rowIds: [] };
    const rowIds = rows.map((r) => Number(r.id));
    const idList = sql.join(
      rowIds.map((id) => sql`${id}`),
      sql`, `,
    );
    try {
      // The embedded engine reads the database itself: nothing to push, only to acknowledge.
      if (engine.name !== "embedded") {
        const productIds = [...new Set(rows.map((r) => r.product_id))];
        const { documents, hiddenIds } = await buildSearchDocuments(tx, today, productIds);
        if (documents.length) await engine.upsert(documents);
        if (hiddenIds.length) await engine.remove(hiddenIds);
      }
      await tx.execute(sql`update search_outbox set done_at = now() where id in (${idList})`);
      return { claimed: rows.length, applied: rows.length, failed: 0, rowIds };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      // Back-off doubles per attempt: 2 s, 4 s, 8 s … capped at 2^9 s (about 8.5 minutes).
      await tx.execute(
        sql`update search_outbox
               set attempts = attempts + 1,
                   last_error = ${message},
                   available_at = now() + make_interval(secs => power(2, least(attempts + 1, 9)))
             where id in (${idList})`,
      );
      return { claimed: rows.length, applied: 0, failed: rows.length, rowIds };
    }
  });
}

/** Deletes acknowledged rows older than a day so the table stays small. */
export async function pruneOutbox(db: Db): Promise<void> {
  await db.execute(
    sql`delete from search_outbox where done_at is not null and done_at < now() - interval '1 day'`,
  );
}

export type OutboxWorker = PollingWorker;

/** Polls the outbox until stopped (see app/infra/polling-worker.ts). */
export function startOutboxWorker(
  getDb: () => Promise<Db>,
  engine: IndexWriter,
  opts: { idleMs?: number; batchSize?: number; log?: Pick<Console, "warn"> } = {},
): OutboxWorker {
  return startPollingWorker({
    name: "search outbox",
    drain: async () => drainOutboxOnce(await getDb(), engine, { batchSize: opts.batchSize }),
    prune: async () => pruneOutbox(await getDb()),
    idleMs: opts.idleMs,
    log: opts.log,
  });
}
