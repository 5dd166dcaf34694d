/**
 * `npm run bench:checkout` — by hand, not in CI.
 *
 * Orders per second and latency of placing an order (the domain function: one transaction
 * that re-reads prices, reserves stock, writes the order, its shipments, items, events and
 * the confirmation email) on the real Postgres server of the benchmarks' database, with 20
 * buyers at once. Each buyer has its own cart of two products from different producers;
 * half the orders compete for the same few products, so row locks are part of the figure.
 * Each cart is quoted first (the checkout's totals, not timed) and placed at that total, as
 * the checkout does: a total that no longer matches would be refused and counted as refused.
 *
 * Flags: --orders N (default 1000), --concurrency C (default 20).
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { todayInVietnam } from "../app/lib/dates";
import { addToCart, ensureCart } from "../app/domain/cart/cart.server";
import { placeOrder } from "../app/domain/order/orders.server";
import { quoteCheckout } from "../app/domain/order/quote.server";
import { openDatabase, queryRows } from "../db/client";
import { prepareBenchDatabase } from "./bench-database";
import { print } from "./print";

const { values: flags } = parseArgs({
  options: {
    orders: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "20" },
  },
});
const total = Number(flags.orders);
const concurrency = Number(flags.concurrency);

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

async function main() {
  const bench = await prepareBenchDatabase({ pglite: false, reseed: false, products: 20_000 });
  const database = await openDatabase(bench.target, {});
  const { db } = database;
  const today = todayInVietnam();
  try {
    const visible = await queryRows<{ id: number; producer_id: number }>(
      db,
      sql`select p.id, p.producer_id from products p
            join producers pr on pr.id = p.producer_id and pr.status = 'active'
            join certificates c on c.product_id = p.id and c.status = 'active'
           where p.listing_status = 'listed' and c.stars >= 3 and c.valid_until >= ${today}
           order by p.id limit 400`,
    );
    const [commune] = await queryRows<{ code: string; province_code: string }>(
      db,
      sql`select code, province_code from places where level = 'commune' order by code limit 1`,
    );
    if (visible.length < 20 || !commune)
      throw new Error("the benchmark database has too few products");
    // Enough stock that nobody is refused: the figure is about throughput, not scarcity.
    await db.execute(
      sql`update products set stock = 1000000 where id in (${sql.join(
        visible.map((v) => sql`${v.id}`),
        sql`, `,
      )})`,
    );
    const hot = visible.slice(0, 4);
    const carts: { cartId: number; totalVnd: number }[] = [];
    for (let i = 0; i < total; i += 1) {
      const { cartId } = await ensureCart(db, { guestToken: null });
      const first = i % 2 === 0 ? hot[i % hot.length] : visible[(i * 7) % visible.length];
      const second = visible.find(
        (v) => v.producer_id !== first?.producer_id && v.id !== first?.id,
      );
      for (const p of [first, second]) {
        if (!p) continue;
        const r = await addToCart(db, { cartId, productId: p.id, quantity: 1, today });
        if (!r.ok) throw new Error(`cart setup failed: ${r.error}`);
      }
      const quote = await quoteCheckout(db, cartId, commune.province_code, today);
      if (!quote) throw new Error("cart setup failed: no quote");
      carts.push({ cartId, totalVnd: quote.totalVnd });
    }

    const times: number[] = [];
    let refused = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < carts.length) {
          const cart = carts[next++];
          if (cart === undefined) break;
          const t0 = performance.now();
          const r = await placeOrder(db, {
            cartId: cart.cartId,
            expectedTotalVnd: cart.totalVnd,
            payment: "cod",
            buyer: {
              name: "Người mua thử",
              phone: "0912345678",
              email: "bench@example.com",
              provinceCode: commune.province_code,
              communeCode: commune.code,
              street: "Số 1 đường Thử nghiệm",
            },
          });
          times.push(performance.now() - t0);
          if (!r.ok) refused += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    print(`\n${total} orders, ${concurrency} buyers at once, Postgres (${refused} refused)`);
    print(`orders/s ${(total / seconds).toFixed(0)}`);
    print(
      `latency ms: p50 ${percentile(times, 50).toFixed(1)}, p95 ${percentile(times, 95).toFixed(1)}, max ${(times.at(-1) ?? 0).toFixed(1)}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
