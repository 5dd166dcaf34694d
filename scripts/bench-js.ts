/**
 * `npm run bench:js`: the compressed JavaScript a browser downloads for a page, from the
 * production build's Remix manifest (entry + root + the page's route, with every module they
 * import, each counted once), gzip level 9 as a static server would send it. Builds first if
 * there is no build. DESIGN.md's budget: under 100 kB on a product page.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { print } from "./print";

type ManifestEntry = { module: string; imports?: string[] };
type Manifest = {
  entry: ManifestEntry;
  routes: Record<string, ManifestEntry & { parentId?: string }>;
};

const root = path.resolve(import.meta.dirname, "..");
const client = path.join(root, "build", "client");
const BUDGET_KB = 100;

const PAGES: Record<string, string> = {
  home: "routes/_index",
  catalogue: "routes/products._index",
  product: "routes/products.$slug",
  checkout: "routes/checkout",
  "admin dashboard": "routes/admin._index",
  "producer products": "routes/producer.products._index",
};

function loadManifest(): Manifest {
  const assets = path.join(client, "assets");
  if (!fs.existsSync(assets)) execSync("npx remix vite:build", { cwd: root, stdio: "inherit" });
  const file = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error("no Remix manifest in build/client/assets");
  const text = fs.readFileSync(path.join(assets, file), "utf8");
  return JSON.parse(text.slice(text.indexOf("=") + 1).replace(/;\s*$/, "")) as Manifest;
}

function gzipKb(file: string): number {
  return gzipSync(fs.readFileSync(path.join(client, file)), { level: 9 }).length / 1024;
}

const manifest = loadManifest();
// The manifest itself is a script every page loads.
const manifestFile = fs
  .readdirSync(path.join(client, "assets"))
  .find((f) => f.startsWith("manifest-"));
const manifestKb = manifestFile ? gzipKb(path.join("assets", manifestFile)) : 0;
let over = false;
for (const [name, routeId] of Object.entries(PAGES)) {
  const chain: (ManifestEntry & { parentId?: string })[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const r = manifest.routes[id];
    if (!r) break;
    chain.push(r);
  }
  if (chain.length === 0) {
    print(`${name.padEnd(18)} (no route ${routeId} in this build)`);
    continue;
  }
  const files = new Set<string>();
  for (const m of [manifest.entry, ...chain]) {
    files.add(m.module);
    for (const i of m.imports ?? []) files.add(i);
  }
  const kb = [...files].reduce((sum, f) => sum + gzipKb(f), 0) + manifestKb;
  const mark = name === "product" && kb >= BUDGET_KB ? "  OVER BUDGET" : "";
  if (mark) over = true;
  print(
    `${name.padEnd(18)} ${kb.toFixed(1).padStart(6)} kB gzip JavaScript (${files.size + 1} files)${mark}`,
  );
}
print(`budget: product page under ${BUDGET_KB} kB (DESIGN.md)`);
process.exitCode = over ? 1 : 0;
