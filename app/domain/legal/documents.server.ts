/**
 * The legal texts: reading the current (or a given) version, their history, and publishing a
 * new version (administrators only, audited). A published version is never changed, so a
 * consent always points to the words the person agreed to (decision 0028).
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import { legalDocuments } from "../../../db/schema";
import type { SessionUser } from "../account/accounts.server";
import { recordAudit } from "../audit/record.server";
import type { FieldErrors } from "../account/schemas";
import type { MessageKey } from "../../i18n/index";
import { LEGAL_CODES, type LegalCode } from "./codes";
import type { LegalDocumentInput } from "./schemas";

export type LegalDocument = {
  code: LegalCode;
  version: number;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  publishedAt: Date;
};

const documentColumns = {
  code: legalDocuments.code,
  version: legalDocuments.version,
  titleVi: legalDocuments.titleVi,
  titleEn: legalDocuments.titleEn,
  bodyVi: legalDocuments.bodyVi,
  bodyEn: legalDocuments.bodyEn,
  publishedAt: legalDocuments.publishedAt,
};

/** The current version of a text, or the one asked for; null when there is none. */
export async function legalDocument(
  db: Db,
  code: LegalCode,
  version?: number,
): Promise<LegalDocument | null> {
  const [row] = await db
    .select(documentColumns)
    .from(legalDocuments)
    .where(
      version === undefined
        ? eq(legalDocuments.code, code)
        : and(eq(legalDocuments.code, code), eq(legalDocuments.version, version)),
    )
    .orderBy(desc(legalDocuments.version))
    .limit(1);
  return row ? { ...row, code } : null;
}

export type LegalVersionSummary = { version: number; publishedAt: Date; updatedBy: string | null };

/** Every version of a text, newest first, with who published it. */
export async function legalDocumentHistory(
  db: Db,
  code: LegalCode,
): Promise<LegalVersionSummary[]> {
  const rows = await queryRows<{
    version: number;
    published_at: Date | string;
    name: string | null;
  }>(
    db,
    sql`select d.version, d.published_at, u.name
          from legal_documents d left join users u on u.id = d.updated_by
         where d.code = ${code}
         order by d.version desc`,
  );
  return rows.map((r) => ({
    version: Number(r.version),
    publishedAt: new Date(r.published_at),
    updatedBy: r.name,
  }));
}

export type LegalDocumentListItem = {
  code: LegalCode;
  version: number;
  titleVi: string;
  titleEn: string;
  publishedAt: Date;
};

/** The current version of every text, in the order of LEGAL_CODES. */
export async function listLegalDocuments(db: Db): Promise<LegalDocumentListItem[]> {
  const rows = await queryRows<{
    code: string;
    version: number;
    title_vi: string;
    title_en: string;
    published_at: Date | string;
  }>(
    db,
    sql`select distinct on (code) code, version, title_vi, title_en, published_at
          from legal_documents order by code, version desc`,
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return LEGAL_CODES.flatMap((code) => {
    const r = byCode.get(code);
    return r
      ? [
          {
            code,
            version: Number(r.version),
            titleVi: r.title_vi,
            titleEn: r.title_en,
            publishedAt: new Date(r.published_at),
          },
        ]
      : [];
  });
}

export type PublishResult =
  | { ok: true; version: number }
  | { ok: false; fieldErrors: FieldErrors }
  | { ok: false; formError: MessageKey; currentVersion?: number };

/**
 * Publishes the edit as the next version of the text. Administrators only; the edit must start
 * from the current version (someone else's newer version is not overwritten) and change
 * something. One transaction with its audit entry.
 */
export async function publishLegalDocument(
  db: Db,
  user: Pick<SessionUser, "id" | "email" | "role">,
  code: LegalCode,
  input: LegalDocumentInput,
): Promise<PublishResult> {
  if (user.role !== "administrator") return { ok: false, formError: "admin.legal.error.forbidden" };
  return db.transaction(async (tx) => {
    // One publisher at a time per text: the version number is taken under the lock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`legal:${code}`}))`);
    const current = await legalDocument(tx, code);
    const currentVersion = current?.version ?? 0;
    if (input.baseVersion !== currentVersion)
      return { ok: false, formError: "admin.legal.error.stale", currentVersion } as const;
    const next = {
      titleVi: input.titleVi,
      titleEn: input.titleEn,
      bodyVi: input.bodyVi,
      bodyEn: input.bodyEn,
    };
    if (
      current &&
      current.titleVi === next.titleVi &&
      current.titleEn === next.titleEn &&
      current.bodyVi === next.bodyVi &&
      current.bodyEn === next.bodyEn
    )
      return { ok: false, formError: "admin.legal.error.unchanged" } as const;
    const version = currentVersion + 1;
    await tx.insert(legalDocuments).values({ code, version, ...next, updatedBy: user.id });
    await recordAudit(tx, user, {
      action: "legal.publish",
      entityType: "legal_document",
      entityId: code,
      before: current ? { version: current.version } : null,
      after: {
        version,
        changed: (Object.keys(next) as (keyof typeof next)[]).filter(
          (k) => !current || current[k] !== next[k],
        ),
      },
    });
    return { ok: true, version } as const;
  });
}
