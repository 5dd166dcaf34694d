/**
 * `npm run bench:pages` — by hand, not in CI.
 *
 * Seeds 20,000 products into a separate database (BENCH_DATABASE_URL, default a local
 * "ocop_bench" database; `--pglite` for embedded PGlite in data/bench), starts the production
 * build on it, and measures /products (with and without filters) and /products/:slug at 50
 * connections with autocannon. Each page is also served, as the same HTML bytes, from memory
 * by a bare node:http server: that is the ceiling, and the ratio shows what the app costs.
 *
 * Flags: --products N (default 20000), --duration S (default 10), --connections C (default 50),
 * --pglite, --reseed, --no-page-cache (every request rendered: PAGE_CACHE_TTL_MS=0).
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, type DatabaseTarget } from "../db/client";
import { prepareBenchDatabase } from "./bench-database";
import { print } from "./print";

const root = path.resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    products: { type: "string", default: "20000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    pglite: { type: "boolean", default: false },
    reseed: { type: "boolean", default: false },
    "no-page-cache": { type: "boolean", default: false },
  },
});
const targetProducts = Number(flags.products);
const duration = Number(flags.duration);
const connections = Number(flags.connections);
const appPort = 3555;
const barePort = 3556;

async function sampleUrls(target: DatabaseTarget) {
  const database = await openDatabase(target);
  try {
    const slugs = await queryRows<{ slug: string }>(
      database.db,
      sql`select p.slug from products p
            join certificates c on c.product_id = p.id and c.status = 'active'
           where c.stars >= 3 and c.valid_until >= current_date and p.listing_status = 'listed'
           order by p.id desc limit 200`,
    );
    const provinces = await queryRows<{ code: string }>(
      database.db,
      sql`select province_code as code from producers group by province_code order by count(*) desc limit 1`,
    );
    return { slugs: slugs.map((s) => s.slug), province: provinces[0]?.code ?? "01" };
  } finally {
    await database.close();
  }
}

function startApp(env: Record<string, string>): ChildProcess {
  return spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd: root,
    // Its own process group, so stopping it stops npx's children too.
    detached: true,
    env: {
      ...process.env,
      ...env,
      PORT: String(appPort),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      SEED_ON_START: "false",
      ...(flags["no-page-cache"] ? { PAGE_CACHE_TTL_MS: "0" } : {}),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function waitFor(url: string, ms = 300_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in time`);
}

type Figures = { p50: number; p95: number; rps: number; errors: number; non2xx: number };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

async function measure(base: string, paths: string[]): Promise<Figures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration,
        requests: paths.map((p) => ({ method: "GET" as const, path: p })),
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.average,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Serves the given pages' exact HTML from memory: the fastest this machine can answer. */
async function startBare(pages: Map<string, string>) {
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url ?? "") ?? "";
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(barePort, "127.0.0.1", resolve));
  return server;
}

async function main() {
  const { env, target } = await prepareBenchDatabase({
    pglite: flags.pglite,
    reseed: flags.reseed,
    products: targetProducts,
  });
  const { slugs, province } = await sampleUrls(target);
  const busy = await fetch(`http://127.0.0.1:${appPort}/healthz`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${appPort} is already in use: stop what runs there first.`);
  const app = startApp(env);
  try {
    await waitFor(`http://127.0.0.1:${appPort}/readyz`);
    const scenarios: { name: string; paths: string[] }[] = [
      { name: "/products", paths: ["/products"] },
      {
        name: "/products (filters)",
        paths: [
          `/products?group=thuc-pham&stars=4&sort=price-asc`,
          `/products?province=${province}&sort=stars&page=2`,
          `/products?group=do-uong&province=${province}`,
        ],
      },
      { name: "/products/:slug", paths: slugs.slice(0, 50).map((s) => `/products/${s}`) },
    ];
    const pages = new Map<string, string>();
    for (const s of scenarios) {
      for (const p of s.paths) {
        const r = await fetch(`http://127.0.0.1:${appPort}${p}`);
        pages.set(p, await r.text());
      }
    }
    const bare = await startBare(pages);
    const rows: string[] = [];
    for (const s of scenarios) {
      const a = await measure(`http://127.0.0.1:${appPort}`, s.paths);
      const b = await measure(`http://127.0.0.1:${barePort}`, s.paths);
      rows.push(
        [
          s.name.padEnd(22),
          `${a.p50.toFixed(1)}`.padStart(8),
          `${a.p95.toFixed(1)}`.padStart(8),
          `${a.rps.toFixed(0)}`.padStart(8),
          `${b.p50.toFixed(1)}`.padStart(8),
          `${b.p95.toFixed(1)}`.padStart(8),
          `${b.rps.toFixed(0)}`.padStart(8),
          `${(b.rps / a.rps).toFixed(1)}x`.padStart(8),
          `${a.errors + a.non2xx}`.padStart(6),
        ].join(" "),
      );
    }
    bare.close();
    print(
      `\n${targetProducts} products, ${connections} connections, ${duration} s each, database: ${target.kind}, page cache: ${flags["no-page-cache"] ? "off" : "on"}\n`,
    );
    print(
      [
        "page".padEnd(22),
        "p50 ms",
        "p95 ms",
        "req/s",
        "bare p50",
        "bare p95",
        "bare r/s",
        "ratio",
        "errs",
      ]
        .map((h, i) => (i === 0 ? h : h.padStart(i === 8 ? 6 : 8)))
        .join(" "),
    );
    for (const r of rows) print(r);
    print("\nBudget: app p95 < 50 ms. ratio = bare req/s ÷ app req/s.");
  } finally {
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
