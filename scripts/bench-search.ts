/**
 * `npm run bench:search` — by hand, not in CI.
 *
 * 20,000 products in the benchmarks' database (see bench-database.ts), 200 realistic queries
 * (product and place words with and without diacritics, one-letter typos, filters, sorts),
 * timed inside each available engine: the embedded one always, Meilisearch when MEILI_URL is
 * set (indexed first with a full reindex). Prints p50 / p95 / max per engine and query kind.
 *
 * Flags: --products N (default 20000), --queries N (default 200), --pglite, --reseed.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { parseConfig } from "../app/infra/config.server";
import { todayInVietnam } from "../app/lib/dates";
import { foldVietnamese } from "../app/lib/text";
import { openDatabase, queryRows } from "../db/client";
import { buildSearchDocuments } from "../search/document";
import { createEmbeddedEngine } from "../search/embedded";
import type { SearchEngine, SearchQuery, SearchSort } from "../search/port";
import { createPrimaryEngine } from "../search/primary";
import { prepareBenchDatabase } from "./bench-database";
import { print } from "./print";

const { values: flags } = parseArgs({
  options: {
    products: { type: "string", default: "20000" },
    queries: { type: "string", default: "200" },
    pglite: { type: "boolean", default: false },
    reseed: { type: "boolean", default: false },
  },
});

/** A small deterministic generator, so every run asks the same 200 questions. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Kind = "accented" | "folded" | "typo" | "filtered" | "browse";

function typo(word: string, r: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const letters = "aeiounmhtc";
  return word.slice(0, i) + letters[Math.floor(r() * letters.length)] + word.slice(i + 1);
}

async function buildQueries(
  names: string[],
  provinces: string[],
  n: number,
  today: string,
): Promise<{ kind: Kind; query: SearchQuery }[]> {
  const r = rng(20261123);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const groups = [
    "thuc-pham",
    "do-uong",
    "thao-duoc",
    "thu-cong-my-nghe",
    "sinh-vat-canh",
    "du-lich",
  ];
  const sorts: SearchSort[] = ["relevance", "price-asc", "price-desc", "stars", "newest"];
  const kinds: Kind[] = ["accented", "folded", "typo", "filtered", "browse"];
  const out: { kind: Kind; query: SearchQuery }[] = [];
  for (let i = 0; i < n; i += 1) {
    const kind = kinds[i % kinds.length] as Kind;
    const words = pick(names).split(/\s+/);
    const phrase = words.slice(0, 1 + Math.floor(r() * Math.min(3, words.length))).join(" ");
    const base: SearchQuery = {
      text: "",
      filters: {},
      facets: ["group", "stars", "province"],
      sort: "relevance",
      page: 1,
      pageSize: 24,
      today,
    };
    if (kind === "accented") base.text = phrase;
    if (kind === "folded") base.text = foldVietnamese(phrase);
    if (kind === "typo")
      base.text = foldVietnamese(phrase)
        .split(" ")
        .map((w) => typo(w, r))
        .join(" ");
    if (kind === "filtered") {
      base.text = foldVietnamese(words[0] ?? "");
      base.filters = { group: pick(groups), minStars: pick([3, 4, 5]) };
      if (r() < 0.5) base.filters.province = pick(provinces);
      base.sort = pick(sorts);
    }
    if (kind === "browse") {
      base.filters = { province: pick(provinces) };
      base.sort = pick(sorts);
      base.page = 1 + Math.floor(r() * 3);
    }
    out.push({ kind, query: base });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

async function time(engine: SearchEngine, queries: { kind: Kind; query: SearchQuery }[]) {
  for (const q of queries.slice(0, 20)) await engine.search(q.query); // warm caches
  const byKind = new Map<string, number[]>();
  const slowest: { ms: number; q: SearchQuery }[] = [];
  let empty = 0;
  for (const q of queries) {
    const started = performance.now();
    const r = await engine.search(q.query);
    const ms = performance.now() - started;
    if (r.total === 0) empty += 1;
    slowest.push({ ms, q: q.query });
    for (const key of [q.kind, "all"]) byKind.set(key, [...(byKind.get(key) ?? []), ms]);
  }
  print(`\n${engine.name}: ${queries.length} queries, ${empty} with no result`);
  print("slowest:");
  for (const { ms, q } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5)) {
    print(`  ${ms.toFixed(1)} ms  "${q.text}" ${JSON.stringify(q.filters)} ${q.sort} p${q.page}`);
  }
  print(
    `${"kind".padEnd(10)} ${"n".padStart(4)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`,
  );
  for (const [kind, times] of [...byKind].sort(([a], [b]) =>
    a === "all" ? 1 : b === "all" ? -1 : a.localeCompare(b),
  )) {
    times.sort((a, b) => a - b);
    print(
      `${kind.padEnd(10)} ${String(times.length).padStart(4)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${(times.at(-1) ?? 0).toFixed(1).padStart(8)}`,
    );
  }
}

async function main() {
  const bench = await prepareBenchDatabase({
    pglite: flags.pglite,
    reseed: flags.reseed,
    products: Number(flags.products),
  });
  const database = await openDatabase(bench.target);
  try {
    const today = todayInVietnam();
    const names = (
      await queryRows<{ name: string }>(
        database.db,
        sql`select name_vi as name from products order by id limit 400`,
      )
    ).map((r) => r.name);
    const provinces = (
      await queryRows<{ code: string }>(
        database.db,
        sql`select distinct province_code as code from producers`,
      )
    ).map((r) => r.code);
    const queries = await buildQueries(names, provinces, Number(flags.queries), today);
    print(`${flags.products} products, database: ${bench.target.kind}`);
    await time(createEmbeddedEngine(database.db), queries);

    const meili = createPrimaryEngine(parseConfig());
    if (meili) {
      const { documents } = await buildSearchDocuments(database.db, today);
      print(`\nIndexing ${documents.length} documents into Meilisearch…`);
      await meili.upsert(documents);
      await time(meili, queries);
    } else {
      print("\nMeilisearch: not measured (MEILI_URL is not set).");
    }
    print("\nBudget: embedded p95 < 20 ms inside the engine.");
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
