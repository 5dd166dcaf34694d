/**
 * The query walker: every route file under app/routes that exports a loader must have a case
 * in tests/query/*.cases.ts (see README.md), naming every query parameter the loader reads.
 * Each parameter, and each path param, is then set in turn to hostile values (a NUL byte,
 * 100 kB, negative, non-numeric, beyond a 32-bit integer, an impossible date, repeated…) and
 * the loader, called with a real Request as someone who may see the page, must answer a
 * 2xx, 3xx or 4xx: a 5xx, or a thrown error that is not a Response, fails.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, type World } from "../authz/world";
import { args, get, isData, type RouteArgs } from "../support/route-call";
import { routeFilesExporting, routeSource } from "../support/route-files";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import type { QueryCase } from "./query-case";

type RouteModule = { loader?: (args: RouteArgs) => unknown };

const routeModules = import.meta.glob<RouteModule>("../../app/routes/**/*.{ts,tsx}");
const caseFiles = import.meta.glob<{ cases?: QueryCase[] }>("./*.cases.ts", { eager: true });
const cases = Object.entries(caseFiles).flatMap(([file, mod]) =>
  (mod.cases ?? []).map((c) => ({ file: path.basename(file), c })),
);

/**
 * Query parameter names a route's source reads by name: `searchParams.get("x")`,
 * `.getAll("x")`, `.has("x")`, and the same on `query` (what readQuery() returns).
 */
function namesReadBySource(route: string): string[] {
  const source = routeSource(route);
  const re = /\b(?:searchParams|query)\.(?:get|getAll|has)\(\s*["'`]([^"'`]+)["'`]/g;
  return [...new Set([...source.matchAll(re)].map((m) => m[1] ?? ""))].sort();
}

/** What an attacker sends in place of a parameter's value. */
const HOSTILE: { name: string; values: string[] }[] = [
  { name: "a NUL byte", values: ["a\u0000b"] },
  { name: "only a NUL byte", values: ["\u0000"] },
  { name: "other control characters", values: ["\u0001\u001b[31m\u007f"] },
  { name: "100 kB of text", values: ["x".repeat(100_000)] },
  { name: "100 kB of digits", values: ["9".repeat(100_000)] },
  { name: "a negative number", values: ["-1"] },
  { name: "a negative beyond 32 bits", values: ["-2147483649"] },
  { name: "zero", values: ["0"] },
  { name: "text", values: ["abc"] },
  { name: "one past the 32-bit integer", values: ["2147483648"] },
  { name: "an id beyond the column", values: ["99999999999"] },
  { name: "a page beyond the column", values: ["99999999999999"] },
  { name: "beyond a double's integers", values: ["9007199254740993"] },
  { name: "an exponent", values: ["1e3"] },
  { name: "hex", values: ["0x10"] },
  { name: "a leading space", values: [" 12"] },
  { name: "trailing letters", values: ["12abc"] },
  { name: "a fraction", values: ["1.5"] },
  { name: "an impossible date", values: ["2026-02-30"] },
  { name: "year zero", values: ["0000-01-01"] },
  { name: "a thirteenth month", values: ["2026-13-01"] },
  { name: "a five-digit year", values: ["20260-01-01"] },
  { name: "a date and time", values: ["2026-01-01T00:00:00Z"] },
  { name: "empty", values: [""] },
  { name: "a replacement character (bad UTF-8)", values: ["\ufffd\ufffd"] },
  { name: "SQL", values: ["' or 1=1 --"] },
  { name: "a path", values: ["../../etc/passwd"] },
  { name: "repeated", values: ["4", "5"] },
  { name: "repeated, one with NUL", values: ["1", "\u0000"] },
];

type Outcome = { status: number } | { crash: unknown };

async function outcomeOf(call: () => unknown): Promise<Outcome> {
  let value: unknown;
  try {
    value = await call();
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status };
    if (isData(thrown)) return { status: thrown.init?.status ?? 200 };
    return { crash: thrown };
  }
  if (value instanceof Response) {
    // Read the body: a streamed body that fails half-way is a 500 too.
    await value.arrayBuffer();
    return { status: value.status };
  }
  if (isData(value)) return { status: value.init?.status ?? 200 };
  return { status: 200 };
}

function describeOutcome(o: Outcome): string {
  if ("status" in o) return String(o.status);
  const e = o.crash;
  return `threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 160)}` : String(e)}`;
}

const withLoader = routeFilesExporting("loader");

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

describe("the query walker's coverage", () => {
  it("finds the route files with a loader by reading app/routes", () => {
    expect(withLoader).toEqual(
      expect.arrayContaining(["products._index.tsx", "admin.audit.tsx", "certificates.tsx"]),
    );
    expect(withLoader).not.toContain("admin.products.$id.test.tsx");
  });

  it("has a case for every route file with a loader", () => {
    const covered = new Set(cases.map(({ c }) => c.route));
    const uncovered = withLoader.filter((r) => !covered.has(r));
    expect(
      uncovered,
      `${uncovered.length} route file(s) export a loader but have no case in tests/query/*.cases.ts ` +
        `(see tests/query/README.md):\n  ${uncovered.join("\n  ")}\n`,
    ).toEqual([]);
  });

  it("has cases only for route files that exist and export a loader", () => {
    const unknown = cases
      .filter(({ c }) => !withLoader.includes(c.route))
      .map(({ file, c }) => `${file}: ${c.route}`);
    expect(unknown, "cases naming no route file with a loader").toEqual([]);
  });

  it("lists every query parameter a route's source reads by name", () => {
    const missing: string[] = [];
    for (const { c } of cases) {
      for (const name of namesReadBySource(c.route)) {
        if (!c.query.includes(name)) missing.push(`${c.route}: "${name}"`);
      }
    }
    expect(missing, "query parameters read by a route but not walked").toEqual([]);
  });
});

for (const { file, c } of cases) {
  describe(`${c.route} as ${c.as} (${file})`, () => {
    async function loaderOf(): Promise<NonNullable<RouteModule["loader"]>> {
      const load = routeModules[`../../app/routes/${c.route}`];
      if (!load) throw new Error(`no module app/routes/${c.route}`);
      const { loader } = await load();
      if (!loader) throw new Error(`app/routes/${c.route} exports no loader`);
      return loader;
    }

    async function ask(pathAndQuery: string, params: Record<string, string>): Promise<Outcome> {
      const loader = await loaderOf();
      const request = get(pathAndQuery, w.cookie[c.as] || undefined);
      return outcomeOf(() => loader(args(request, params, { clientAddress: "203.0.113.9" })));
    }

    it(`the untouched page answers ${c.baseline ? c.baseline.status : "2xx/3xx"}`, async () => {
      const o = await ask(c.path(w), c.params?.(w) ?? {});
      const got = describeOutcome(o);
      if (c.baseline) expect(got, c.baseline.why).toBe(String(c.baseline.status));
      else expect(got).toMatch(/^[23]\d\d$/);
    });

    for (const name of c.query) {
      it(`?${name}= hostile values → never a 5xx`, async () => {
        const failures: string[] = [];
        for (const hostile of HOSTILE) {
          const qs = new URLSearchParams(hostile.values.map((v) => [name, v]));
          const o = await ask(`${c.path(w)}?${qs.toString()}`, c.params?.(w) ?? {});
          if (!("status" in o) || o.status >= 500)
            failures.push(`${hostile.name}: ${describeOutcome(o)}`);
        }
        expect(failures, `${c.route} ?${name}=`).toEqual([]);
      });
    }

    if (c.params) {
      it("path params with hostile values → never a 5xx", async () => {
        const failures: string[] = [];
        const base = c.params?.(w) ?? {};
        for (const [name, original] of Object.entries(base)) {
          for (const hostile of HOSTILE) {
            // A path param has one value: the repeated ones are the query's.
            const value = hostile.values[0] ?? "";
            const pathname = c.path(w).replace(original, encodeURIComponent(value));
            const o = await ask(pathname, { ...base, [name]: value });
            if (!("status" in o) || o.status >= 500)
              failures.push(`:${name} ${hostile.name}: ${describeOutcome(o)}`);
          }
        }
        expect(failures, c.route).toEqual([]);
      });
    }
  });
}
