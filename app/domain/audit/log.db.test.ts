/**
 * Reading the audit log: scope by the entry's place, filters (action, entity type, actor,
 * Vietnam calendar days), newest first, keyset pages, before → after field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import {
  createTestDatabase,
  QueryCounter,
  type TestDatabase,
} from "../../../tests/support/test-db";
import { auditChanges, listAuditEntries, parseAuditFilters } from "./log.server";
import type { ScopeUser } from "../policy/scope.server";

const counter = new QueryCounter();
let t: TestDatabase;

const admin: ScopeUser = {
  role: "administrator",
  officialPlaceCode: null,
  officialLegacyPlaceId: null,
};
const province: ScopeUser = {
  role: "official",
  officialPlaceCode: "25",
  officialLegacyPlaceId: null,
};
const commune: ScopeUser = {
  role: "official",
  officialPlaceCode: "08848",
  officialLegacyPlaceId: null,
};
const member: ScopeUser = {
  role: "producer_member",
  officialPlaceCode: null,
  officialLegacyPlaceId: null,
};

type Seed = {
  action: string;
  entityType?: string;
  provinceCode: string | null;
  communeCode: string | null;
  actorEmail?: string;
  at: string;
  before?: unknown;
  after?: unknown;
};

const SEEDS: Seed[] = [
  // 08:00 on 14 March in Vietnam.
  {
    action: "producer.create",
    provinceCode: "25",
    communeCode: "08848",
    at: "2026-03-14T01:00:00Z",
    actorEmail: "phutho@example.com",
    after: { name: "HTX A" },
  },
  // 01:30 on 15 March in Vietnam, still 14 March in UTC.
  {
    action: "producer.update",
    provinceCode: "25",
    communeCode: "08866",
    at: "2026-03-14T18:30:00Z",
    actorEmail: "phutho@example.com",
    before: { phone: "0912345678" },
    after: { phone: "0987654321" },
  },
  {
    action: "producer.suspend",
    provinceCode: "01",
    communeCode: "00004",
    at: "2026-03-15T03:00:00Z",
    actorEmail: "hanoi@example.com",
    before: { status: "active" },
    after: { status: "suspended" },
  },
  {
    action: "fair.publish",
    entityType: "fair",
    provinceCode: "25",
    communeCode: "25",
    at: "2026-03-16T03:00:00Z",
    actorEmail: "admin@example.com",
  },
  {
    action: "settings.update",
    entityType: "settings",
    provinceCode: null,
    communeCode: null,
    at: "2026-03-16T04:00:00Z",
    actorEmail: "admin@example.com",
  },
];

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
  for (const [i, s] of SEEDS.entries()) {
    await t.db.insert(auditLog).values({
      actorUserId: null,
      actorEmail: s.actorEmail ?? "someone@example.com",
      actorRole: "official",
      action: s.action,
      entityType: s.entityType ?? "producer",
      entityId: String(i + 1),
      provinceCode: s.provinceCode,
      communeCode: s.communeCode,
      before: s.before ?? null,
      after: s.after ?? null,
      createdAt: new Date(s.at),
    });
  }
});
afterAll(async () => {
  await t.cleanup();
});

const actions = async (user: ScopeUser, query = "") =>
  (await listAuditEntries(t.db, user, parseAuditFilters(new URLSearchParams(query)))).entries.map(
    (e) => e.action,
  );

describe("listAuditEntries", () => {
  it("shows administrators everything and officials the entries of their unit, newest first", async () => {
    expect(await actions(admin)).toEqual([
      "settings.update",
      "fair.publish",
      "producer.suspend",
      "producer.update",
      "producer.create",
    ]);
    expect(await actions(province)).toEqual(["fair.publish", "producer.update", "producer.create"]);
    expect(await actions(commune)).toEqual(["producer.create"]);
    expect(await actions(member)).toEqual([]);
  });

  it("filters by action, entity type and actor email", async () => {
    expect(await actions(admin, "action=producer.update")).toEqual(["producer.update"]);
    expect(await actions(admin, "entityType=fair")).toEqual(["fair.publish"]);
    expect(await actions(admin, "actor=HANOI")).toEqual(["producer.suspend"]);
    expect(await actions(admin, "actor=%25")).toEqual([]);
    // A filter never widens the scope.
    expect(await actions(commune, "action=producer.suspend")).toEqual([]);
  });

  it("filters by calendar days in Vietnam time", async () => {
    expect(await actions(admin, "from=2026-03-15&to=2026-03-15")).toEqual([
      "producer.suspend",
      "producer.update",
    ]);
    expect(await actions(admin, "to=2026-03-14")).toEqual(["producer.create"]);
    expect(await actions(admin, "from=2026-03-16")).toEqual(["settings.update", "fair.publish"]);
  });

  it("ignores malformed filters instead of failing", async () => {
    const filters = parseAuditFilters(
      new URLSearchParams("from=15/03/2026&to=2026-13-45&before=abc&action=&actor=%20"),
    );
    expect(filters).toEqual({});
    expect(await actions(admin, "from=nope")).toHaveLength(5);
  });

  it("pages by keyset and lists the filter options in two queries", async () => {
    counter.reset();
    const first = await listAuditEntries(t.db, admin, {}, 2);
    expect(counter.count).toBe(2);
    expect(first.entries.map((e) => e.action)).toEqual(["settings.update", "fair.publish"]);
    expect(first.nextBefore).toBe(first.entries[1]?.id);
    const second = await listAuditEntries(t.db, admin, { before: first.nextBefore! }, 2);
    expect(second.entries.map((e) => e.action)).toEqual(["producer.suspend", "producer.update"]);
    const third = await listAuditEntries(t.db, admin, { before: second.nextBefore! }, 2);
    expect(third.entries.map((e) => e.action)).toEqual(["producer.create"]);
    expect(third.nextBefore).toBeNull();
    expect(first.actions).toEqual([
      "fair.publish",
      "producer.create",
      "producer.suspend",
      "producer.update",
      "settings.update",
    ]);
    const scoped = await listAuditEntries(t.db, commune, {});
    expect(scoped.actions).toEqual(["producer.create"]);
    expect(scoped.entityTypes).toEqual(["producer"]);
  });

  it("shows each change field by field", async () => {
    const [update] = (await listAuditEntries(t.db, admin, { action: "producer.update" })).entries;
    expect(update?.changes).toEqual([
      { field: "phone", before: "0912345678", after: "0987654321" },
    ]);
    expect(update?.createdAt).toBe("2026-03-14T18:30:00.000Z");
    expect(auditChanges(null, { name: "HTX A" })).toEqual([
      { field: "name", before: null, after: "HTX A" },
    ]);
    expect(auditChanges({ a: 1 }, { b: 2 })).toEqual([
      { field: "a", before: 1, after: null },
      { field: "b", before: null, after: 2 },
    ]);
    expect(auditChanges("x", [1])).toEqual([]);
  });
});
