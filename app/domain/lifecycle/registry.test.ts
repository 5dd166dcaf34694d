import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../../db/schema";
import { LIFECYCLES, NOT_LIFECYCLES } from "./registry";

type StatusColumn = { table: string; column: string; values: string[]; default: unknown };

/** Every text enum column named `status` or `*_status`, in every table the schema exports. */
function statusColumns(): StatusColumn[] {
  const found: StatusColumn[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    for (const column of config.columns) {
      if (!/(^|_)status$/.test(column.name)) continue;
      found.push({
        table: config.name,
        column: column.name,
        values: [...(column.enumValues ?? [])],
        default: column.default,
      });
    }
  }
  return found;
}

const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;

describe("lifecycle registry", () => {
  const columns = statusColumns();

  it("finds the status columns of the schema", () => {
    // A guard on the search itself: these are known to exist.
    expect(columns.map(key)).toEqual(
      expect.arrayContaining(["card_payments.status", "products.listing_status"]),
    );
    for (const c of columns) expect(c.values.length, key(c)).toBeGreaterThan(0);
  });

  it("gives every status column exactly one lifecycle, or a stated reason not to", () => {
    for (const c of columns) {
      const governing = LIFECYCLES.filter((l) => key(l) === key(c));
      const exempt = NOT_LIFECYCLES.some((n) => key(n) === key(c));
      expect({ column: key(c), lifecycles: governing.length + (exempt ? 1 : 0) }).toEqual({
        column: key(c),
        lifecycles: 1,
      });
    }
  });

  it("names only columns that exist", () => {
    const known = new Set(columns.map(key));
    for (const l of [...LIFECYCLES, ...NOT_LIFECYCLES]) {
      expect(known.has(key(l)), key(l)).toBe(true);
    }
  });

  it("spells each lifecycle's states as the column's enum", () => {
    for (const l of LIFECYCLES) {
      const c = columns.find((col) => key(col) === key(l));
      expect([...l.states].sort(), key(l)).toEqual([...(c?.values ?? [])].sort());
    }
  });

  it("records of moves hold the states of the column they record", () => {
    for (const n of NOT_LIFECYCLES) {
      const c = columns.find((col) => key(col) === key(n));
      const recorded = LIFECYCLES.find((l) => key(l) === n.records);
      expect(recorded, n.records).toBeDefined();
      expect([...(c?.values ?? [])].sort(), key(n)).toEqual([...(recorded?.states ?? [])].sort());
    }
  });

  it("inserts a row without a status in an initial state", () => {
    for (const l of LIFECYCLES) {
      const c = columns.find((col) => key(col) === key(l));
      expect(l.initial.length, key(l)).toBeGreaterThan(0);
      for (const s of l.initial) expect(l.states, key(l)).toContain(s);
      if (c?.default !== undefined) expect(l.initial, key(l)).toContain(c.default);
    }
  });

  it("moves only between known states, and every state is reachable", () => {
    for (const l of LIFECYCLES) {
      expect(Object.keys(l.moves).sort(), key(l)).toEqual([...l.states].sort());
      const reached = new Set<string>(l.initial);
      for (const from of l.states) {
        for (const [to, actors] of Object.entries(l.moves[from] ?? {})) {
          expect(l.states, `${key(l)}: ${from} → ${to}`).toContain(to);
          expect(actors?.length ?? 0, `${key(l)}: ${from} → ${to}`).toBeGreaterThan(0);
          reached.add(to);
        }
      }
      expect([...reached].sort(), key(l)).toEqual([...l.states].sort());
    }
  });
});
