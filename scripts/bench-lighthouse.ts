/**
 * `npm run bench:lighthouse` — by hand, not in CI.
 *
 * Starts the production build (built first when stale, as `npm start` does) on its own port
 * with a fresh PGlite folder and the demo seed, then runs Lighthouse with its default mobile
 * profile (simulated slow 4G and a 4× slower CPU) on the home, catalogue and product pages.
 * Prints per page the median of each category score and metric over the runs, and the
 * render-blocking resources with what they cost the first paint.
 *
 * Flags: --runs N (default 3), --port P (default 3571), --verbose (also the document's and the
 * scripts' sizes and the main thread's busiest categories, from the median run by FCP).
 *
 * FCP, LCP and Speed Index come from Lighthouse's network model (lantern) and move little
 * with the machine's load; TBT is simulated from the real long tasks, so a busy machine
 * inflates it: read it as an upper bound.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { print } from "./print";

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
type Details = Record<string, unknown> & { items?: Record<string, unknown>[] };

const root = path.resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3571" },
    verbose: { type: "boolean", default: false },
  },
});
const runs = Number(flags.runs);
const port = Number(flags.port);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number ≥ 1");
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error("--port must be 1–65535");

const PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/products" },
  { name: "product", path: "/products/che-shan-tuyet-cao-bo" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = [
  { id: "first-contentful-paint", label: "FCP", unit: "ms" },
  { id: "largest-contentful-paint", label: "LCP", unit: "ms" },
  { id: "total-blocking-time", label: "TBT", unit: "ms" },
  { id: "cumulative-layout-shift", label: "CLS", unit: "" },
  { id: "speed-index", label: "SI", unit: "ms" },
] as const;
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

function startApp(dataDir: string): ChildProcess {
  return spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd: root,
    // Its own process group, so stopping it stops npx's children too.
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: "",
      MEILI_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      SEED_ON_START: "true",
      SITE_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function waitFor(url: string, app: ChildProcess, ms = 600_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (app.exitCode !== null) throw new Error(`the app stopped (exit ${app.exitCode})`);
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

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function details(lhr: Result, audit: string): Details | undefined {
  const d = lhr.audits[audit]?.details;
  return d ? (d as unknown as Details) : undefined;
}

function num(v: unknown): number {
  return typeof v === "number" ? v : Number.NaN;
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** The render-blocking resources of a run, with bytes transferred and simulated ms saved. */
function renderBlocking(lhr: Result): { url: string; bytes: number; wastedMs: number }[] {
  return (details(lhr, "render-blocking-resources")?.items ?? []).map((item) => ({
    url: String(item.url),
    bytes: num(item.totalBytes),
    wastedMs: num(item.wastedMs),
  }));
}

function printVerbose(lhr: Result) {
  const requests = details(lhr, "network-requests")?.items ?? [];
  print("    requests (transferred / resource size, priority):");
  for (const r of requests) {
    print(
      `      ${shortUrl(String(r.url)).padEnd(56)} ${kb(num(r.transferSize)).padStart(9)} / ${kb(num(r.resourceSize)).padStart(9)}  ${String(r.priority ?? "")}`,
    );
  }
  const work = details(lhr, "mainthread-work-breakdown")?.items ?? [];
  print(
    `    main thread: ${work
      .slice(0, 5)
      .map((w) => `${String(w.groupLabel ?? w.group)} ${num(w.duration).toFixed(0)} ms`)
      .join(", ")}`,
  );
  const boot = details(lhr, "bootup-time")?.items ?? [];
  for (const b of boot.slice(0, 4)) {
    print(
      `    script ${shortUrl(String(b.url)).padEnd(48)} total ${num(b.total).toFixed(0)} ms, evaluation ${num(b.scripting).toFixed(0)} ms`,
    );
  }
  const tasks = details(lhr, "long-tasks")?.items ?? [];
  for (const t of tasks.slice(0, 4)) {
    print(
      `    long task ${num(t.duration).toFixed(0)} ms at ${num(t.startTime).toFixed(0)} ms: ${shortUrl(String(t.url))}`,
    );
  }
}

async function main() {
  const busy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${port} is already in use: pass another --port.`);
  const dataDir = path.join(root, "data", "bench-lighthouse");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const app = startApp(dataDir);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await waitFor(`http://127.0.0.1:${port}/readyz`, app);
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        // Our pages send Cross-Origin-Opener-Policy: same-origin (decision 0020). With site
        // isolation, Chrome moves such a page into a new process on navigation and Lighthouse
        // loses its trace (NO_NAVSTART); one process keeps the page and its trace together.
        "--disable-features=IsolateOrigins,site-per-process,ProcessPerSiteUpToMainFrameThreshold",
      ],
    });
    const started = new Date();
    for (const page of PAGES) {
      const url = `http://127.0.0.1:${port}${page.path}`;
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) {
        const outcome = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (outcome.lhr.runtimeError) {
          throw new Error(`Lighthouse failed on ${url}: ${outcome.lhr.runtimeError.message}`);
        }
        results.push(outcome.lhr);
      }
      print(`\n${page.name} (${page.path}), median of ${runs} run${runs > 1 ? "s" : ""}`);
      print(
        "  " +
          CATEGORIES.map((c) => {
            const score = median(results.map((r) => num(r.categories[c]?.score)));
            return `${c} ${Number.isFinite(score) ? Math.round(score * 100) : "—"}`;
          }).join("  "),
      );
      print(
        "  " +
          METRICS.map((m) => {
            const v = median(results.map((r) => num(r.audits[m.id]?.numericValue)));
            return m.unit === "ms"
              ? `${m.label} ${Math.round(v)} ms`
              : `${m.label} ${v.toFixed(3)}`;
          }).join("  "),
      );
      // Lantern counts a script the page preloads as render-blocking when it finished loading
      // before the paint Chrome really made: a late real paint (a busy machine) adds the
      // page's JavaScript to the simulated FCP. The real paint times show which runs did.
      const fcps = results.map((r) =>
        Math.round(num(r.audits["first-contentful-paint"]?.numericValue)),
      );
      const observed = results.map((r) => {
        const m = details(r, "metrics")?.items?.[0];
        return Math.round(num(m?.observedFirstContentfulPaint));
      });
      print(
        `  FCP per run ${fcps.join(" / ")} ms; Chrome's real first paint ${observed.join(" / ")} ms`,
      );
      const byUrl = new Map<string, { bytes: number[]; wastedMs: number[] }>();
      for (const r of results) {
        for (const item of renderBlocking(r)) {
          const entry = byUrl.get(item.url) ?? { bytes: [], wastedMs: [] };
          entry.bytes.push(item.bytes);
          entry.wastedMs.push(item.wastedMs);
          byUrl.set(item.url, entry);
        }
      }
      const blocking = [...byUrl.entries()]
        .map(([u, e]) => ({ url: u, bytes: median(e.bytes), wastedMs: median(e.wastedMs) }))
        .sort((a, b) => b.wastedMs - a.wastedMs)
        .slice(0, 5);
      if (!blocking.length) print("  render-blocking: none");
      for (const b of blocking) {
        print(
          `  render-blocking: ${shortUrl(b.url)} ${kb(b.bytes)} transferred, ≈${Math.round(b.wastedMs)} ms of the first paint`,
        );
      }
      const doc = (details(results[0] as Result, "network-requests")?.items ?? []).find(
        (r) => r.resourceType === "Document",
      );
      if (doc)
        print(
          `  document: ${kb(num(doc.transferSize))} transferred, ${kb(num(doc.resourceSize))} HTML`,
        );
      if (flags.verbose) {
        const fcpOrder = [...results].sort(
          (a, b) =>
            num(a.audits["first-contentful-paint"]?.numericValue) -
            num(b.audits["first-contentful-paint"]?.numericValue),
        );
        printVerbose(fcpOrder[Math.floor(fcpOrder.length / 2)] as Result);
      }
    }
    print(
      `\nLighthouse ${lighthouseVersion()} mobile profile (simulated slow 4G, 4× CPU slowdown), ${CHROMIUM}, started ${started.toISOString()}.`,
    );
    print("Budget (DESIGN.md): performance 95+, accessibility, best practices and SEO 100.");
  } finally {
    if (chrome) chrome.kill();
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
  }
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(root, "node_modules", "lighthouse", "package.json"), "utf8"),
  ) as { version?: string };
  return pkg.version ?? "?";
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
