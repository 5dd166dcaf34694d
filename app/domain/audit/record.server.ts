/**
 * The audit log: every write in the producer and official workspaces records who did what,
 * to which record, with the record before and after. Call `recordAudit` with the transaction
 * that makes the change, so a rolled-back change leaves no entry and a change never lacks one.
 */
import { auditLog } from "../../../db/schema";
import type { Db } from "../../../db/client";
import type { SessionUser } from "../account/accounts.server";

export type AuditEntry = {
  /** e.g. "product.update", "certificate.revoke", "fair.publish". */
  action: string;
  entityType: string;
  entityId: string | number;
  /** The province (and commune) the record belongs to: scopes who may read the entry. */
  provinceCode?: string | null;
  communeCode?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Keeps only the fields that changed, so an entry shows the edit and not the whole row. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

export async function recordAudit(
  tx: Db,
  actor: Pick<SessionUser, "id" | "email" | "role">,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor.id,
    actorEmail: actor.email,
    actorRole: actor.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    provinceCode: entry.provinceCode ?? null,
    communeCode: entry.communeCode ?? null,
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
  });
}

/** Many entries in a few statements, for a bulk change (an import writes thousands). */
export async function recordAudits(
  tx: Db,
  actor: Pick<SessionUser, "id" | "email" | "role">,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await tx.insert(auditLog).values(
      entries.slice(i, i + 500).map((entry) => ({
        actorUserId: actor.id,
        actorEmail: actor.email,
        actorRole: actor.role,
        action: entry.action,
        entityType: entry.entityType,
        entityId: String(entry.entityId),
        provinceCode: entry.provinceCode ?? null,
        communeCode: entry.communeCode ?? null,
        before: entry.before === undefined ? null : toJson(entry.before),
        after: entry.after === undefined ? null : toJson(entry.after),
      })),
    );
  }
}

/** Dates and other non-plain values as JSON would write them. */
function toJson(value: unknown): unknown {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
