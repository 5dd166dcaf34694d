/**
 * The form walker: every route file under app/routes that exports an action must have cases
 * in tests/forms/*.cases.ts (see README.md), and every bad submission listed there must be
 * answered with its 4xx, a translated message on each named field, and no change to any table
 * of the database (a checksum of every table before and after), except the tables a case
 * names with a reason. Each case is also posted from another site: 403, nothing written.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MessageKey } from "../../app/i18n";
import { messages } from "../../app/i18n/messages";
import { routeFilesExporting } from "../support/route-files";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  WALKER_STRIPE_ENV,
  type BadSubmission,
  type FieldExpectation,
  type FormCase,
} from "./form-case";
import { isData, ORIGIN, type RouteArgs } from "../support/route-call";
import { changedTables, tableChecksums } from "./table-checksums";

// Read by getConfig() on first use, which happens inside the first action called below.
for (const [name, value] of Object.entries(WALKER_STRIPE_ENV)) vi.stubEnv(name, value);

type RouteModule = { action?: (args: RouteArgs) => unknown };

const routeModules = import.meta.glob<RouteModule>("../../app/routes/**/*.{ts,tsx}");
const caseFiles = import.meta.glob<{ cases?: FormCase<unknown>[] }>("./*.cases.ts", {
  eager: true,
});

const withAction = routeFilesExporting("action");
const cases = Object.entries(caseFiles).flatMap(([file, mod]) =>
  (mod.cases ?? []).map((c) => ({ file: path.basename(file), c })),
);

type Outcome =
  | { kind: "answer"; status: number; body: unknown; text: string }
  | { kind: "crash"; error: unknown };

/** Calls the action and reads what it returned or threw, whatever its shape. */
async function run(call: () => unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = await call();
  } catch (thrown) {
    if (!(thrown instanceof Response) && !isData(thrown)) return { kind: "crash", error: thrown };
    result = thrown;
  }
  if (result instanceof Response)
    return { kind: "answer", status: result.status, body: null, text: await result.text() };
  if (isData(result)) {
    const status = (result.init as ResponseInit | null)?.status ?? 200;
    return { kind: "answer", status, body: result.data, text: JSON.stringify(result.data) };
  }
  return { kind: "answer", status: 200, body: result, text: JSON.stringify(result ?? null) };
}

function request(
  c: FormCase<unknown>,
  state: unknown,
  bad: Pick<BadSubmission<unknown>, "change" | "form" | "raw" | "origin">,
  origin: string | null = ORIGIN,
  path: string = c.path(state),
): Request {
  const url = `${ORIGIN}${path}`;
  const headers: Record<string, string> = {};
  const cookie = c.cookie?.(state);
  if (cookie) headers.Cookie = cookie;
  if (bad.raw) {
    const raw = bad.raw(state);
    return new Request(url, {
      method: "POST",
      body: raw.body,
      headers: { ...headers, ...raw.headers },
    });
  }
  const form: Record<string, string> = bad.form ? bad.form(state) : { ...(c.valid?.(state) ?? {}) };
  for (const [name, value] of Object.entries(bad.change ?? {})) {
    if (value === null) delete form[name];
    else form[name] = value;
  }
  const sentOrigin = bad.origin === undefined ? origin : bad.origin;
  if (sentOrigin !== null) headers.Origin = sentOrigin;
  headers["Content-Type"] = "application/x-www-form-urlencoded";
  return new Request(url, { method: "POST", body: new URLSearchParams(form), headers });
}

function expectTranslatedFields(body: unknown, expected: FieldExpectation, what: string) {
  const errors =
    body && typeof body === "object" && "errors" in body
      ? (body as { errors: unknown }).errors
      : undefined;
  if (!errors || typeof errors !== "object")
    throw new Error(`${what}: the answer has no "errors" object naming the fields`);
  const got = errors as Record<string, unknown>;
  expect(Object.keys(got).sort(), `${what}: fields with a message`).toEqual(
    Object.keys(expected.fields).sort(),
  );
  const formError = (body as { formError?: unknown }).formError;
  const formKey =
    formError && typeof formError === "object" && "key" in formError ? formError.key : formError;
  if (expected.formError) expect(formKey, `${what}: the form's message`).toBe(expected.formError);
  const keys = Object.entries(expected.fields).concat(
    expected.formError ? [["(form)", expected.formError]] : [],
  );
  for (const [field, key] of keys) {
    if (field !== "(form)") expect(got[field], `${what}: message of "${field}"`).toBe(key);
    if (!key) continue;
    // A translation key of both languages, never raw error text.
    for (const lang of ["vi", "en"] as const) {
      const text = messages[lang][key];
      expect(text, `${what}: ${lang} text of ${key}`).toBeTruthy();
      expect(text, `${what}: ${lang} text of ${key}`).not.toBe(key);
    }
  }
}

/**
 * An exception's name or a stack frame in an answer. The house's own `formError` key (a
 * translation key for the whole form, e.g. the route kit's unknown intent) is not one.
 */
function hasRawErrorText(text: string): boolean {
  return /Error|\bat \S+ \(/.test(text.replaceAll('"formError"', ""));
}

function hasErrors(body: unknown): boolean {
  return !!body && typeof body === "object" && "errors" in body;
}

/**
 * When a refusal names fields (`errors`), it must name the changed one, each with a message
 * of both languages; a bare refusal (a hidden field) names none. Null when that holds.
 */
function namedFieldProblem(body: unknown, field: string): string | null {
  if (!body || typeof body !== "object" || !("errors" in body)) return null;
  const errors = (body as { errors: unknown }).errors;
  if (!errors || typeof errors !== "object") return null;
  const named = errors as Record<string, unknown>;
  if (Object.keys(named).length === 0) return null;
  if (!(field in named)) return `the answer names ${Object.keys(named).join(", ")}, not ${field}`;
  for (const [name, key] of Object.entries(named)) {
    for (const lang of ["vi", "en"] as const) {
      const text = typeof key === "string" ? messages[lang][key as MessageKey] : undefined;
      if (!text || text === key) return `no ${lang} text for the message of ${name}`;
    }
  }
  return null;
}

/** A field's name or valid value says it holds a number or an id. */
function looksNumeric(name: string, value: string): boolean {
  return (
    /^-?[0-9][0-9., ]*$/.test(value) ||
    /(?:^|[a-z])(?:id|Id|ID)$|quantity|price|stock|score|stars|page|amount|count|weight/i.test(name)
  );
}

/** A field's name or valid value says it holds a date. */
function looksLikeDate(name: string, value: string): boolean {
  // Case matters: "startsOn" is a date, "reason" is not.
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) || /[dD]ate|[a-z]On$|^(?:from|to)$/.test(name);
}

/** What a case's path params (an id, a slug, a token) also get, the valid form sent with them. */
const HOSTILE_PATH_VALUES = [
  "a\u0000b",
  "x".repeat(100_000),
  "2147483648",
  "99999999999",
  "-1",
  "0",
  "abc",
  "1e3",
  "0x10",
  " 12",
  "2026-02-30",
];

/**
 * What every field of every case also gets, without anyone writing it down: a NUL byte and
 * 100 kB in every field; beyond-the-column, negative and non-numeric numbers in fields that
 * hold numbers; impossible days in fields that hold dates. Each is the case's valid form with
 * that one field changed, and must be refused (4xx) with nothing written.
 */
function hostileChanges(
  valid: Record<string, string>,
): { name: string; change: Record<string, string> }[] {
  const out: { name: string; change: Record<string, string> }[] = [];
  for (const [field, value] of Object.entries(valid)) {
    const add = (what: string, v: string) =>
      out.push({ name: `${field}: ${what}`, change: { [field]: v } });
    add("a NUL byte", `${value}\u0000`);
    add("an escape character", `\u001b[31m${value}`);
    add("100 kB", "x".repeat(100_000));
    if (looksNumeric(field, value)) {
      add("one past a 32-bit integer", "2147483648");
      add("an id beyond the column", "99999999999");
      add("beyond a double's integers", "9007199254740993");
      add("negative", "-1");
      add("negative beyond 32 bits", "-2147483649");
      add("text", "abc");
      add("an exponent", "1e3");
      add("hex", "0x10");
      add("trailing letters", "12abc");
    }
    if (looksLikeDate(field, value)) {
      add("30 February", "2026-02-30");
      add("year zero", "0000-01-01");
      add("a thirteenth month", "2026-13-01");
      add("a five-digit year", "20260-01-01");
    }
  }
  return out;
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  vi.unstubAllEnvs();
  await t.cleanup();
});

describe("the form walker's coverage", () => {
  it("finds the route files with an action by reading app/routes", () => {
    // The storefront's own, at least: the enumeration itself must work.
    expect(withAction).toEqual(expect.arrayContaining(["checkout.tsx", "login.tsx", "cart.tsx"]));
    expect(withAction).not.toContain("products._index.tsx");
  });

  it("has bad-input cases for every route file with an action", () => {
    const covered = new Set(cases.map(({ c }) => c.route));
    const uncovered = withAction.filter((r) => !covered.has(r));
    expect(
      uncovered,
      `${uncovered.length} route file(s) export an action but have no case in tests/forms/*.cases.ts ` +
        `(add tests/forms/<area>.cases.ts, see tests/forms/README.md):\n  ${uncovered.join("\n  ")}\n`,
    ).toEqual([]);
  });

  it("has cases only for route files that exist and export an action", () => {
    const unknown = cases
      .filter(({ c }) => !withAction.includes(c.route))
      .map(({ file, c }) => `${file}: ${c.route}`);
    expect(unknown, "cases naming no route file with an action").toEqual([]);
  });

  it("has at least one bad submission, or the cross-site post, for every case", () => {
    const empty = cases
      .filter(({ c }) => c.bad.length === 0 && c.crossSite)
      .map(({ file, c }) => `${file}: ${c.route}`);
    expect(empty, "cases that submit nothing bad").toEqual([]);
  });
});

for (const { file, c } of cases) {
  describe(`${c.route}${c.about ? ` ${c.about}` : ""} (${file})`, () => {
    let state: unknown;
    let tables: string[] = [];
    beforeAll(async () => {
      state = await c.setup?.(t.db);
      tables = Object.keys(await tableChecksums(t.db));
    });

    async function actionOf(): Promise<NonNullable<RouteModule["action"]>> {
      const load = routeModules[`../../app/routes/${c.route}`];
      if (!load) throw new Error(`no module app/routes/${c.route}`);
      const { action } = await load();
      if (!action) throw new Error(`app/routes/${c.route} exports no action`);
      return action;
    }

    async function submit(
      bad: Pick<BadSubmission<unknown>, "change" | "form" | "raw" | "origin">,
      origin?: string,
      address?: { params: Record<string, string>; path: string },
    ) {
      const action = await actionOf();
      const before = await tableChecksums(t.db);
      const out = await run(() =>
        action({
          request: request(c, state, bad, origin, address?.path),
          params: address?.params ?? c.params?.(state) ?? {},
          context: { clientAddress: "203.0.113.9" },
        }),
      );
      const changed = changedTables(before, await tableChecksums(t.db));
      return { out, changed };
    }

    for (const bad of c.bad) {
      const fields =
        "fields" in bad.expect
          ? Object.keys(bad.expect.fields).join(", ") || "the form's message"
          : "no field";
      it(`${bad.name} → ${bad.expect.status} (${fields}), nothing written`, async () => {
        const what = `${c.route}: "${bad.name}"`;
        for (const table of Object.keys(bad.mayWrite ?? {}))
          expect(tables, `${what}: mayWrite names a table`).toContain(table);
        const { out, changed } = await submit(bad);
        if (out.kind === "crash") {
          const message = out.error instanceof Error ? out.error.message : String(out.error);
          throw new Error(`${what} threw "${message}": an unexpected error answers 500`);
        }
        expect(out.status, `${what}: status`).toBe(bad.expect.status);
        if ("fields" in bad.expect) expectTranslatedFields(out.body, bad.expect, what);
        else
          expect(hasRawErrorText(out.text), `${what}: no raw error text in ${out.text}`).toBe(
            false,
          );
        const allowed = new Set(Object.keys(bad.mayWrite ?? {}));
        expect(
          changed.filter((table) => !allowed.has(table)),
          `${what}: tables written by a refused submission`,
        ).toEqual([]);
      });
    }

    const validForm = c.valid;
    if (validForm) {
      it("hostile values in every field → 4xx, nothing written", async () => {
        const failures: string[] = [];
        for (const hostile of hostileChanges(validForm(state))) {
          if (c.hostileSkip?.[Object.keys(hostile.change)[0] ?? ""]) continue;
          const { out, changed } = await submit({ change: hostile.change });
          if (out.kind === "crash") {
            const e = out.error;
            failures.push(
              `${hostile.name}: threw ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`,
            );
            continue;
          }
          if (out.status < 400 || out.status >= 500)
            failures.push(`${hostile.name}: ${out.status}`);
          if (!hasErrors(out.body) && hasRawErrorText(out.text))
            failures.push(`${hostile.name}: raw error text`);
          if (changed.length) failures.push(`${hostile.name}: wrote ${changed.join(", ")}`);
          const problem = namedFieldProblem(out.body, Object.keys(hostile.change)[0] ?? "");
          if (problem) failures.push(`${hostile.name}: ${problem}`);
        }
        expect(failures, `${c.route}: hostile values`).toEqual([]);
      });
    }

    const pathParams = c.params;
    if (pathParams && c.valid) {
      it("hostile path params → 4xx, nothing written", async () => {
        const failures: string[] = [];
        const base = pathParams(state);
        for (const [name, original] of Object.entries(base)) {
          for (const value of HOSTILE_PATH_VALUES) {
            const what = `:${name}=${JSON.stringify(value.slice(0, 20))}`;
            const { out, changed } = await submit({}, undefined, {
              params: { ...base, [name]: value },
              path: c.path(state).replace(original, encodeURIComponent(value)),
            });
            if (out.kind === "crash") {
              const e = out.error;
              failures.push(
                `${what}: threw ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`,
              );
              continue;
            }
            if (out.status < 400 || out.status >= 500) failures.push(`${what}: ${out.status}`);
            if (changed.length) failures.push(`${what}: wrote ${changed.join(", ")}`);
          }
        }
        expect(failures, `${c.route}: hostile path params`).toEqual([]);
      });
    }

    if (!c.crossSite) {
      it("refuses the form posted from another site: 403, nothing written", async () => {
        const sample = c.bad.find((b) => !b.raw);
        // The valid form when there is one: without the check it would be accepted.
        const { out, changed } = await submit(
          c.valid ? {} : { form: sample?.form, change: sample?.change },
          "https://evil.example",
        );
        if (out.kind === "crash") throw out.error;
        expect(out.status).toBe(403);
        expect(changed).toEqual([]);
      });
    }
  });
}
