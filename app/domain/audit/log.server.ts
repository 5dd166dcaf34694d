/**
 * Reading the audit log (writing is audit/record.server.ts): newest first, filtered, a page at a
 * time by keyset (`before` = the last id of the previous page), so a long log costs the same
 * on every page. Administrators read every entry; an official reads the entries whose
 * province/commune lies in their unit (an entry without a place is the administrators' only).
 */
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client";
import { auditLog, type Role } from "../../../db/schema";
import { VIETNAM_TZ } from "../../lib/dates";
import { inScope, type ScopeUser } from "../policy/scope.server";
import { parseInteger, parseIsoDate } from "../../lib/params";

export const AUDIT_PAGE_SIZE = 25;

const isoDate = z.unknown().transform((v) => parseIsoDate(v) ?? undefined);

/** The filters as read from the query string; anything malformed is ignored, never a 500. */
export const auditFiltersSchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  entityType: z.string().trim().max(40).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
  // audit_log.id is a bigserial: ids beyond 32 bits are real, beyond 2^53 they are not ours.
  before: z
    .unknown()
    .transform((v) => parseInteger(v, { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(search: URLSearchParams): AuditFilters {
  const raw = Object.fromEntries(
    ["action", "entityType", "actor", "from", "to", "before"].map((k) => [
      k,
      search.get(k) || undefined,
    ]),
  );
  const parsed = auditFiltersSchema.parse(raw);
  // Empty after trimming means no filter.
  return Object.fromEntries(
    Object.entries(parsed).filter(([, v]) => v !== undefined && v !== ""),
  ) as AuditFilters;
}

export type AuditChange = { field: string; before: unknown; after: unknown };

export type AuditListEntry = {
  id: number;
  actorEmail: string;
  actorRole: Role;
  action: string;
  entityType: string;
  entityId: string;
  provinceCode: string | null;
  communeCode: string | null;
  /** ISO instant; pages print it in Vietnam time. */
  createdAt: string;
  changes: AuditChange[];
};

export type AuditPage = {
  entries: AuditListEntry[];
  /** The id to pass as `before` for the next (older) page, or null on the last page. */
  nextBefore: number | null;
  /** Actions and entity types present in the user's part of the log, for the filter lists. */
  actions: string[];
  entityTypes: string[];
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Midnight at the start of a Vietnam calendar day, as a timestamp. */
function vietnamMidnight(isoDay: string): SQL {
  return sql`(${isoDay}::date)::timestamp at time zone ${VIETNAM_TZ}`;
}

/** Field by field: every key of before or after, in the order they first appear. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: field in b ? b[field] : null,
    after: field in a ? a[field] : null,
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One page of the user's part of the log and the filter options: two queries. */
export async function listAuditEntries(
  db: Db,
  user: ScopeUser,
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const scope = inScope(user, auditLog.provinceCode, auditLog.communeCode);
  const where: SQL[] = [scope];
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.actor)
    where.push(sql`${auditLog.actorEmail} like ${`%${escapeLike(filters.actor.toLowerCase())}%`}`);
  if (filters.from) where.push(gte(auditLog.createdAt, vietnamMidnight(filters.from)));
  if (filters.to) {
    const next = sql`((${filters.to}::date + 1)::timestamp at time zone ${VIETNAM_TZ})`;
    where.push(lt(auditLog.createdAt, next));
  }
  if (filters.before) where.push(lt(auditLog.id, filters.before));

  const [rows, kinds] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.id))
      .limit(pageSize + 1),
    db
      .selectDistinct({ action: auditLog.action, entityType: auditLog.entityType })
      .from(auditLog)
      .where(scope),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    entries: page.map((r) => ({
      id: r.id,
      actorEmail: r.actorEmail,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      provinceCode: r.provinceCode,
      communeCode: r.communeCode,
      createdAt: r.createdAt.toISOString(),
      changes: auditChanges(r.before, r.after),
    })),
    nextBefore: rows.length > pageSize && last ? last.id : null,
    actions: [...new Set(kinds.map((k) => k.action))].sort(),
    entityTypes: [...new Set(kinds.map((k) => k.entityType))].sort(),
  };
}
