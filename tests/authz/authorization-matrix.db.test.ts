/**
 * The authorisation matrix (issue 5): every workspace route's loader and action × every
 * persona → allowed or denied as the rows in `*.cases.ts` say, denied by default. The route
 * files are enumerated from app/routes, so a route nobody decided about fails the test.
 * See README.md in this folder.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { args, get, post, run, type Outcome } from "../support/route-call";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import type { AuthzCase } from "./authz-case";
import { buildWorld, PERSONAS, type Persona, type World } from "./world";

type RouteModule = {
  loader?: (args: unknown) => Promise<unknown>;
  action?: (args: unknown) => Promise<unknown>;
};

const ROUTES_DIR = path.resolve(import.meta.dirname, "../../app/routes");
/** Workspace routes: everything under /producer and /admin. */
const WORKSPACE = /^(producer|admin)(\.|$)/;
/** Other pages that answer only to someone signed in; they have rows in storefront.cases.ts. */
const SIGNED_IN_PAGES = ["account.tsx", "orders.$number.tsx"];

const routeModules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}");
const caseFiles = import.meta.glob<{ cases: AuthzCase[] }>("./*.cases.ts", { eager: true });
const allCases: AuthzCase[] = Object.values(caseFiles).flatMap((m) => m.cases);

function routeFiles(): string[] {
  return fs
    .readdirSync(ROUTES_DIR)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => WORKSPACE.test(f.replace(/\.tsx?$/, "")) || SIGNED_IN_PAGES.includes(f))
    .sort();
}

async function loadRoute(file: string): Promise<RouteModule> {
  const load = routeModules[`../../app/routes/${file}`];
  if (!load) throw new Error(`no module for ${file}`);
  return load();
}

/** Exports named in the source, without importing it (so a broken module still gets listed). */
function exportsOf(file: string): { loader: boolean; action: boolean } {
  const source = fs.readFileSync(path.join(ROUTES_DIR, file), "utf8");
  return {
    loader: /export\s+(async\s+)?(function|const)\s+loader\b/.test(source),
    action: /export\s+(async\s+)?(function|const)\s+action\b/.test(source),
  };
}

/** One persona's request for a row, as the browser would send it. */
async function call(c: AuthzCase, persona: Persona, w: World): Promise<Outcome> {
  const mod = await loadRoute(c.route);
  const fn = c.method === "GET" ? mod.loader : mod.action;
  if (!fn) throw new Error(`${c.route} has no ${c.method === "GET" ? "loader" : "action"}`);
  const cookie = w.cookie[persona] || undefined;
  const request =
    c.method === "GET" ? get(c.url(w), cookie) : post(c.url(w), c.form?.(w) ?? {}, { cookie });
  return run(() => fn(args(request, c.params?.(w) ?? {}, { clientAddress: "127.0.0.1" })));
}

/** Record-bound GET rows without a record to show, and why. */
const NOTHING_TO_SHOW: Record<string, string> = {
  "invite.$token.tsx": "a made-up token; a real invitation is followed in tests/routes/admin-core",
};

function isLoginRedirect(o: Outcome): boolean {
  return o.status >= 300 && o.status < 400 && (o.location ?? "").startsWith("/login");
}

function denied(o: Outcome): boolean {
  return isLoginRedirect(o) || o.status === 403 || o.status === 404;
}

let t: TestDatabase;
let w: World;

beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  w = await buildWorld(t.db);
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

describe("authorisation matrix", () => {
  it("has a row for every loader and action of every workspace route", () => {
    const missing: string[] = [];
    for (const file of routeFiles()) {
      const ex = exportsOf(file);
      const rows = allCases.filter((c) => c.route === file);
      if (ex.loader && !rows.some((c) => c.method === "GET")) missing.push(`${file} GET (loader)`);
      if (ex.action && !rows.some((c) => c.method === "POST"))
        missing.push(`${file} POST (action)`);
    }
    expect(missing, `routes nobody decided about:\n${missing.join("\n")}`).toEqual([]);
  });

  it("says what the allowed see on every record-bound page", () => {
    const silent = allCases
      .filter((c) => c.method === "GET" && c.params && !c.shows && !NOTHING_TO_SHOW[c.route])
      .map((c) => `${c.route} ${c.url.toString()}`);
    expect(silent, "record-bound GET rows without `shows`").toEqual([]);
  });

  it("has no rows for routes that do not exist", () => {
    const files = new Set(fs.readdirSync(ROUTES_DIR));
    expect(allCases.map((c) => c.route).filter((r) => !files.has(r))).toEqual([]);
  });

  for (const c of allCases) {
    describe(`${c.method} ${c.route}${c.note ? ` (${c.note})` : ""}`, () => {
      for (const persona of PERSONAS) {
        const allowed = c.allow.includes(persona);
        it(`${persona} → ${allowed ? "allowed" : "denied"}`, async () => {
          const o = await call(c, persona, w);
          expect(o.status, `unexpected server error: ${o.text.slice(0, 200)}`).toBeLessThan(500);
          if (!allowed) {
            expect(denied(o), `expected denied, got ${o.status} ${o.location ?? ""}`).toBe(true);
            if (persona === "anonymous" && o.status !== 404) expect(isLoginRedirect(o)).toBe(true);
            // A denial never carries the record: at most a short status text.
            if (!isLoginRedirect(o)) {
              expect(o.text).not.toContain(w.producerA.name);
              expect(o.text).not.toContain(w.productA.nameVi);
            }
            return;
          }
          expect(denied(o), `expected allowed, got ${o.status} ${o.location ?? ""}`).toBe(false);
          const hidden = c.hiddenFrom?.personas.includes(persona) ?? false;
          if (hidden) expect(o.text).not.toContain(c.hiddenFrom?.text(w));
          if (c.answers) {
            expect(o.status, o.text.slice(0, 200)).toBe(c.answers.status);
            if (c.answers.location) expect(o.location).toMatch(c.answers.location);
          }
          // The positive side: not only "not denied", the record itself is in the answer.
          if (c.shows && !hidden) {
            expect(o.status, `expected the record, got ${o.status} ${o.location ?? ""}`).toBe(200);
            expect(o.text).toContain(c.shows(w));
          }
        });
      }
    });
  }
});
