/**
 * Nothing writes a status outside its lifecycle. This test reads the source of app/ and
 * db/seed and finds every drizzle write to a table with a lifecycle (`.update(t).set(...)`,
 * `.insert(t).values(...)`) and every raw SQL statement that names a status column in an
 * update or insert. A written status must be a value the lifecycle module handed out:
 * `move.to` of a `moveTo`/`moveOrStay` result (or a parameter typed as such a move),
 * `initialState(...)` in an insert, `recordedState(...)` in seed data only. A plain string, a
 * variable or the caller's input is refused, and so is raw SQL that writes a status.
 *
 * The written object is followed through the file: object and array literals, spreads,
 * constants, `.map`/`.flatMap` callbacks, local helper functions, callback parameters. A write
 * whose value comes from elsewhere (a helper's parameter) is "unseen"; the few that exist are
 * listed in PASS_THROUGH with the reason their callers are the ones checked, and any new one
 * fails until it is seen or listed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { getTableColumns, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as schema from "../../../db/schema";
import { LIFECYCLES } from "./registry";

const ROOT = join(import.meta.dirname, "../../..");

type Governed = { table: string; column: string; key: string };

/** Schema export name (what the code writes `.update(x)` with) → the governed column. */
function governedTables(): Map<string, Governed> {
  const map = new Map<string, Governed>();
  for (const [name, value] of Object.entries(schema)) {
    if (!is(value, PgTable)) continue;
    const table = getTableConfig(value).name;
    for (const l of LIFECYCLES) {
      if (l.table !== table) continue;
      const key = Object.entries(getTableColumns(value)).find(([, c]) => c.name === l.column)?.[0];
      if (!key) throw new Error(`${table} has no column ${l.column}`);
      map.set(name, { table, column: l.column, key });
    }
  }
  return map;
}

const GOVERNED = governedTables();

/**
 * Writes whose object comes from a helper's parameter: the helper writes what its callers
 * pass, and those callers' objects are built (and checked) where the helper is called, or
 * carry no status at all. "file: argument" as it appears in the source.
 */
const PASS_THROUGH = new Set([
  // insertProductWithFreeSlug: onboarding and the decision import build the values, with
  // listingStatus from initialState.
  "app/domain/certificate/commands.server.ts: { ...values, slug }",
  // insertProducerWithFreeSlug: the decision import's new producer when its slug was taken
  // meanwhile; the row is one its chunked insert tried (checked there), with no status.
  "app/domain/certificate/decision-import.server.ts: { ...values, slug }",
  // queueCardRefund: { orderId, orderPartId, amountVnd } from the part's cancellation; the
  // status is the column's default, an initial state (registry.test.ts).
  "app/domain/payment/card-refunds.server.ts: refund",
  // The register's producer insert: values from recordOf(input), which has no status (the
  // default is an initial state).
  "app/domain/producer/register.server.ts: { ...values, slug }",
  // The demo seed's promotion insert: both callers name the status with recordedState.
  "db/seed/promotion.ts: values",
]);

export type Finding = { file: string; line: number; text: string; problem: string };

function isLifecycleModule(specifier: string): boolean {
  return /(^|\/)lifecycle$/.test(specifier);
}

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (
    ts.isParenthesizedExpression(n) ||
    ts.isAsExpression(n) ||
    ts.isSatisfiesExpression(n) ||
    ts.isNonNullExpression(n)
  ) {
    n = n.expression;
  }
  return n;
}

/** Scans one file's text. `inSeed`: seed data may recreate rows as they stand. */
export function scanSource(
  file: string,
  text: string,
  inSeed: boolean,
  passThrough: ReadonlySet<string> = PASS_THROUGH,
): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, problem: string) =>
    findings.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: node.getText().slice(0, 120),
      problem,
    });

  // Names this file imports from a lifecycle module (the kit or an entity's lifecycle.ts).
  const fromLifecycle = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    if (!isLifecycleModule(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) fromLifecycle.add(el.name.text);
    }
  }

  // Every declaration of a name in the file; `declarationsOf` picks the one in scope at a use.
  const declarations = new Map<string, ts.Node[]>();
  const visitDecl = (node: ts.Node) => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && ts.isIdentifier(node.name)) {
      declarations.set(node.name.text, [...(declarations.get(node.name.text) ?? []), node]);
    }
    if (ts.isFunctionDeclaration(node) && node.name) {
      declarations.set(node.name.text, [...(declarations.get(node.name.text) ?? []), node]);
    }
    ts.forEachChild(node, visitDecl);
  };
  visitDecl(source);

  /** The region a declaration is visible in: its function for a parameter, else its block. */
  const scopeOf = (d: ts.Node): ts.Node => {
    if (ts.isParameter(d)) return d.parent;
    let n: ts.Node = ts.isFunctionDeclaration(d) ? d.parent : d;
    while (
      !ts.isBlock(n) &&
      !ts.isSourceFile(n) &&
      !ts.isForOfStatement(n) &&
      !ts.isForStatement(n)
    )
      n = n.parent;
    return n;
  };
  /** The innermost declaration of `name` whose scope holds `use`. */
  const declarationsOf = (name: string, use: ts.Node): ts.Node[] => {
    const visible = (declarations.get(name) ?? []).filter((d) => {
      const scope = scopeOf(d);
      return scope.getStart() <= use.getStart() && use.getEnd() <= scope.getEnd();
    });
    const innermost = Math.max(...visible.map((d) => scopeOf(d).getStart()));
    return visible.filter((d) => scopeOf(d).getStart() === innermost);
  };

  const callsLifecycle = (expr: ts.Expression, allowed: (name: string) => boolean): boolean => {
    const e = unwrap(expr);
    return (
      ts.isCallExpression(e) &&
      ts.isIdentifier(e.expression) &&
      fromLifecycle.has(e.expression.text) &&
      allowed(e.expression.text)
    );
  };

  /** `x.to` where x is a move the lifecycle module returned (or a parameter typed as one). */
  const isMoveTarget = (expr: ts.Expression): boolean => {
    const e = unwrap(expr);
    if (!ts.isPropertyAccessExpression(e) || e.name.text !== "to") return false;
    const base = unwrap(e.expression);
    if (!ts.isIdentifier(base)) return false;
    const decls = declarationsOf(base.text, base);
    return (
      decls.length > 0 &&
      decls.every((d) => {
        if (ts.isParameter(d)) {
          const type = d.type;
          return (
            !!type &&
            ts.isTypeReferenceNode(type) &&
            ts.isIdentifier(type.typeName) &&
            fromLifecycle.has(type.typeName.text)
          );
        }
        if (ts.isVariableDeclaration(d) && d.initializer) {
          const init = unwrap(d.initializer);
          const moveCall = (x: ts.Expression) =>
            callsLifecycle(x, (n) => n !== "initialState" && n !== "recordedState");
          const isNull = (x: ts.Expression) => unwrap(x).kind === ts.SyntaxKind.NullKeyword;
          if (ts.isConditionalExpression(init)) {
            return (
              (moveCall(init.whenTrue) || isNull(init.whenTrue)) &&
              (moveCall(init.whenFalse) || isNull(init.whenFalse))
            );
          }
          // `pay && moveTo(...)`
          if (
            ts.isBinaryExpression(init) &&
            init.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
          ) {
            return moveCall(init.right);
          }
          return moveCall(init);
        }
        return false;
      })
    );
  };

  const checkValue = (value: ts.Expression, kind: "set" | "values") => {
    if (isMoveTarget(value)) return;
    if (kind === "values" && callsLifecycle(value, (n) => n === "initialState")) return;
    if (inSeed && callsLifecycle(value, (n) => n === "recordedState")) return;
    report(
      value,
      kind === "set"
        ? "a status change must write `move.to` of its lifecycle's moveTo/moveOrStay"
        : inSeed
          ? "a seeded status must come from initialState or recordedState of its lifecycle"
          : "an inserted status must come from initialState of its lifecycle",
    );
  };

  /** The object literals an expression may evaluate to; `unseen` what cannot be followed. */
  const resolve = (
    expr: ts.Expression,
    seen: Set<ts.Node>,
    objects: ts.ObjectLiteralExpression[],
    unseen: ts.Node[],
  ): void => {
    const e = unwrap(expr);
    if (seen.has(e)) return;
    seen.add(e);
    if (ts.isObjectLiteralExpression(e)) {
      objects.push(e);
      return;
    }
    if (ts.isArrayLiteralExpression(e)) {
      for (const el of e.elements) {
        resolve(ts.isSpreadElement(el) ? el.expression : el, seen, objects, unseen);
      }
      return;
    }
    if (ts.isConditionalExpression(e)) {
      resolve(e.whenTrue, seen, objects, unseen);
      resolve(e.whenFalse, seen, objects, unseen);
      return;
    }
    if (ts.isBinaryExpression(e)) {
      // `a ?? b`, `a || b`, `cond && {...}`: either side may be written.
      resolve(e.left, seen, objects, unseen);
      resolve(e.right, seen, objects, unseen);
      return;
    }
    if (ts.isIdentifier(e)) {
      const decls = declarationsOf(e.text, e);
      if (decls.length === 0) unseen.push(e);
      for (const d of decls) resolveDeclaration(d, e, seen, objects, unseen);
      return;
    }
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      // `d.product`, `rows[i]`: the property (or element) of what the base resolves to.
      const inner: ts.ObjectLiteralExpression[] = [];
      resolve(e.expression, seen, inner, unseen);
      if (ts.isElementAccessExpression(e)) {
        objects.push(...inner);
        return;
      }
      for (const o of inner) {
        const prop = o.properties.find(
          (p) => p.name && ts.isIdentifier(p.name) && p.name.text === e.name.text,
        );
        if (prop && ts.isPropertyAssignment(prop)) resolve(prop.initializer, seen, objects, unseen);
        else if (prop && ts.isShorthandPropertyAssignment(prop))
          resolve(prop.name, seen, objects, unseen);
        else unseen.push(e);
      }
      return;
    }
    if (ts.isCallExpression(e)) {
      const callee = unwrap(e.expression);
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (method === "map" || method === "flatMap") {
          const cb = e.arguments[0];
          if (cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) {
            resolveReturns(cb, seen, objects, unseen);
            return;
          }
        }
        if (method === "slice" || method === "filter" || method === "concat") {
          resolve(callee.expression, seen, objects, unseen);
          for (const a of method === "concat" ? e.arguments : []) resolve(a, seen, objects, unseen);
          return;
        }
      }
      if (ts.isIdentifier(callee)) {
        const fns = declarationsOf(callee.text, callee).flatMap((d): ts.SignatureDeclaration[] =>
          ts.isFunctionDeclaration(d)
            ? [d]
            : ts.isVariableDeclaration(d) &&
                d.initializer &&
                (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
              ? [d.initializer]
              : [],
        );
        if (fns.length > 0) {
          for (const fn of fns) resolveReturns(fn, seen, objects, unseen);
          return;
        }
      }
    }
    unseen.push(e);
  };

  const resolveDeclaration = (
    d: ts.Node,
    use: ts.Node,
    seen: Set<ts.Node>,
    objects: ts.ObjectLiteralExpression[],
    unseen: ts.Node[],
  ) => {
    if (ts.isVariableDeclaration(d)) {
      if (d.initializer) resolve(d.initializer, seen, objects, unseen);
      else unseen.push(use);
      return;
    }
    if (ts.isParameter(d)) {
      const fn = d.parent;
      const call = fn.parent;
      if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(call)) {
        const callee = unwrap(call.expression);
        // A callback's parameter: the elements of the array it runs over…
        if (
          ts.isPropertyAccessExpression(callee) &&
          ["map", "flatMap", "filter", "forEach"].includes(callee.name.text)
        ) {
          resolve(callee.expression, seen, objects, unseen);
          return;
        }
        // …or what the call hands it: the call's other, non-function arguments.
        const data = call.arguments.filter(
          (a) => !ts.isArrowFunction(a) && !ts.isFunctionExpression(a),
        );
        if (data.length > 0) {
          for (const a of data) resolve(a, seen, objects, unseen);
          return;
        }
      }
    }
    unseen.push(use);
  };

  const resolveReturns = (
    fn: ts.SignatureDeclaration,
    seen: Set<ts.Node>,
    objects: ts.ObjectLiteralExpression[],
    unseen: ts.Node[],
  ) => {
    const body = (fn as { body?: ts.Node }).body;
    if (!body) return;
    if (!ts.isBlock(body)) {
      resolve(body as ts.Expression, seen, objects, unseen);
      return;
    }
    const visit = (n: ts.Node) => {
      if (ts.isReturnStatement(n) && n.expression) resolve(n.expression, seen, objects, unseen);
      if (ts.isFunctionLike(n)) return;
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(body, visit);
  };

  /** The table of `.update(t)` / `.insert(t)` up the chain of a `.set(...)` / `.values(...)`. */
  const tableOf = (call: ts.CallExpression, method: "update" | "insert"): string | null => {
    let e: ts.Expression = call.expression;
    while (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e)) {
      if (
        ts.isCallExpression(e) &&
        ts.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === method
      ) {
        const arg = e.arguments[0];
        return arg && ts.isIdentifier(arg) ? arg.text : null;
      }
      e = ts.isPropertyAccessExpression(e) ? e.expression : e.expression;
    }
    return null;
  };

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === "set" || method === "values") {
        const table = tableOf(node, method === "set" ? "update" : "insert");
        const governed = table ? GOVERNED.get(table) : undefined;
        const arg = node.arguments[0];
        if (governed && arg) {
          const unseen: ts.Node[] = [];
          const seen = new Set<ts.Node>();
          const checkObject = (o: ts.ObjectLiteralExpression) => {
            const isKey = (p: ts.ObjectLiteralElementLike) =>
              !!p.name && ts.isIdentifier(p.name) && p.name.text === governed.key;
            const lastKey = o.properties.map(isKey).lastIndexOf(true);
            o.properties.forEach((p, i) => {
              if (isKey(p)) {
                if (ts.isPropertyAssignment(p)) checkValue(p.initializer, method);
                else report(p, `${governed.key} written from a plain variable`);
              } else if (ts.isSpreadAssignment(p) && i > lastKey) {
                // A spread after the last explicit status may bring one: follow it.
                const inner: ts.ObjectLiteralExpression[] = [];
                resolve(p.expression, seen, inner, unseen);
                inner.forEach(checkObject);
              }
            });
          };
          const objects: ts.ObjectLiteralExpression[] = [];
          resolve(arg, seen, objects, unseen);
          objects.forEach(checkObject);
          if (unseen.length > 0 && !passThrough.has(`${file}: ${arg.getText()}`)) {
            report(
              arg,
              `cannot see what this writes to ${governed.table}: ${unseen.map((u) => u.getText()).join(", ")}`,
            );
          }
        }
      }
    }
    // Raw SQL: a template or string that updates or inserts a status column of a governed table.
    if (
      ts.isTemplateExpression(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isStringLiteral(node)
    ) {
      const sqlText = node.getText().replace(/\s+/g, " ").toLowerCase();
      for (const g of GOVERNED.values()) {
        const update = new RegExp(`update ${g.table}\\b[^;]*\\bset\\b[^;]*\\b${g.column}\\s*=`);
        const insert = new RegExp(`insert into ${g.table}\\s*\\([^)]*\\b${g.column}\\b`);
        if (update.test(sqlText) || insert.test(sqlText)) {
          report(
            node,
            `raw SQL writes ${g.table}.${g.column}: use drizzle with the lifecycle's value`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe("status writes", () => {
  it("knows the governed tables", () => {
    expect([...GOVERNED.values()].map((g) => `${g.table}.${g.column}`).sort()).toEqual(
      LIFECYCLES.map((l) => `${l.table}.${l.column}`).sort(),
    );
  });

  it("go through their lifecycle everywhere in app/ and db/seed", () => {
    const findings = [
      ...sourceFiles(join(ROOT, "app")).map((f) => [f, false] as const),
      ...sourceFiles(join(ROOT, "db/seed")).map((f) => [f, true] as const),
    ].flatMap(([path, inSeed]) =>
      scanSource(relative(ROOT, path), readFileSync(path, "utf8"), inSeed),
    );
    expect(findings).toEqual([]);
    // Parsing a few hundred files takes seconds on a busy machine.
  }, 60_000);

  it("lists only pass-through writes that exist", () => {
    // An entry whose write is gone (or now seen) would let a new one of that text through.
    for (const entry of PASS_THROUGH) {
      const [file = "", argument = ""] = entry.split(": ");
      const text = readFileSync(join(ROOT, file), "utf8");
      expect(text.includes(`.values(${argument})`), entry).toBe(true);
      const withoutEntry = scanSource(file, text, false, new Set());
      expect(
        withoutEntry.some((f) => f.text === argument),
        entry,
      ).toBe(true);
    }
  });

  const fixture = (body: string) => `
    import { initialState, moveTo, recordedState } from "../lifecycle/lifecycle";
    import { CARD_PAYMENT_LIFECYCLE as L } from "./lifecycle";
    export async function f(tx, pay, to, rows) {
      ${body}
    }`;
  const problems = (body: string, inSeed = false) =>
    scanSource("fixture.ts", fixture(body), inSeed).map((f) => f.problem);

  it("accepts the lifecycle's values", () => {
    expect(
      problems(`
        const move = moveTo(L, pay.status, "paid", "stripe");
        if (!move.ok) return;
        await tx.update(cardPayments).set({ status: move.to }).where(x);
        await tx.insert(cardPayments).values({ orderId: 1, status: initialState(L, "pending") });
        await tx.insert(orderEvents).values({ toStatus: "paid" });`),
    ).toEqual([]);
  });

  it("catches a status written straight, from a variable, or through a spread", () => {
    expect(
      problems(`await tx.update(cardPayments).set({ status: "paid" }).where(x);`),
    ).toHaveLength(1);
    expect(
      problems(`await db.update(cardRefunds).set({ status: to, updatedAt: now });`),
    ).toHaveLength(1);
    expect(problems(`await tx.update(producers).set({ status });`)).toHaveLength(1);
    expect(
      problems(`
        const after = { stock: 1, listingStatus: to };
        await tx.update(products).set({ ...after, updatedAt: now });`),
    ).toHaveLength(1);
    expect(
      problems(`
        const values = rows.map((r) => ({ productId: r.id, status: r.revoked ? "revoked" : "active" }));
        await tx.insert(certificates).values(values.slice(0, 10));`),
    ).toHaveLength(1);
  });

  it("refuses an insert in a later state, and recordedState outside the seed", () => {
    // initialState is for inserts only: a status change needs a move.
    expect(
      problems(`await tx.update(cardPayments).set({ status: initialState(L, "pending") });`),
    ).toHaveLength(1);
    expect(
      problems(`await tx.insert(producers).values({ status: recordedState(L, "suspended") });`),
    ).toHaveLength(1);
    expect(
      problems(
        `await tx.insert(producers).values({ status: recordedState(L, "suspended") });`,
        true,
      ),
    ).toEqual([]);
  });

  it("refuses a move target that did not come from the lifecycle", () => {
    expect(
      problems(`
        const move = { ok: true, to: "paid" };
        await tx.update(cardPayments).set({ status: move.to });`),
    ).toHaveLength(1);
  });

  it("catches raw SQL that writes a status, and a write it cannot follow", () => {
    expect(
      problems(
        "await tx.execute(sql`update card_payments set status = 'paid' where order_id = ${1}`);",
      ),
    ).toHaveLength(1);
    expect(
      problems(
        "await tx.execute(sql`insert into certificates (product_id, status) values (1, 'active')`);",
      ),
    ).toHaveLength(1);
    expect(problems(`await tx.insert(cardRefunds).values(rows);`)).toHaveLength(1);
  });
});
