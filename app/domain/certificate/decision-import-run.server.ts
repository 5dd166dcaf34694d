/**
 * One submission of the decision-import page, dry run or import: the decision's fields are
 * checked, the file is the new upload or (for the import) the one the clean dry run kept, and
 * the annex is planned (and, for the import, written) by importDecision. A clean dry run keeps
 * the file so the import does not ask for it again; the import reads it back and checks it all
 * over again (the stash only saves the upload, never the verdict).
 */
import type { Db } from "../../../db/client";
import { logger } from "~/infra/logger";
import { todayInVietnam } from "~/lib/dates";
import { dropStash, readStash, stashUpload } from "~/infra/upload-stash.server";
import { fieldErrors, formFields, type FieldErrors } from "../account/schemas";
import type { SessionUser } from "../account/accounts.server";
import { loadDecisionContext } from "./commands.server";
import type { ImportIssue } from "./decision-import-columns";
import { importDecision, type ImportReport } from "./decision-import.server";
import { IMPORT_DECISION_FIELDS, importDecisionSchema, officialTier } from "./schemas";

export type DecisionImportRun =
  /** The form is not right (fields, or no file): nothing was read. */
  | { kind: "invalid"; values: Record<string, string>; errors: FieldErrors }
  /** Not this user's to commit: a commune official checks a file, the province imports it. */
  | { kind: "refused"; values: Record<string, string>; errors: FieldErrors }
  /** Imported: the products are in, under this decision number. */
  | { kind: "imported"; decisionNumber: string; count: number }
  /** The report of a dry run (or of an import the file no longer passes). */
  | {
      kind: "report";
      values: Record<string, string>;
      report: ImportReport;
      clean: boolean;
      /** Set after a clean run: the stashed file the import will read again. */
      token: string | null;
      fileName: string;
    };

/** The report of an upload that was refused before it was read (too large). */
export function refusedUploadReport(issues: ImportIssue[]): ImportReport {
  return {
    issues,
    warnings: [],
    summary: null,
    newProducers: [],
    matchedProducers: [],
    ignoredHeaders: [],
  };
}

export async function runDecisionImport(
  db: Db,
  user: SessionUser,
  form: FormData,
): Promise<DecisionImportRun> {
  const intent = form.get("intent") === "import" ? "import" : "dryRun";
  const raw = formFields(form, IMPORT_DECISION_FIELDS);
  const values = Object.fromEntries(IMPORT_DECISION_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const today = todayInVietnam();
  const parsed = importDecisionSchema(await loadDecisionContext(db, today)).safeParse(raw);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);

  // The file: a new upload, or (for the import) the one the dry run kept.
  const upload = form.get("file");
  const token = typeof form.get("token") === "string" ? String(form.get("token")) : "";
  let file: { name: string; bytes: Uint8Array } | null = null;
  if (upload instanceof File && upload.size > 0) {
    file = { name: upload.name.slice(0, 200), bytes: new Uint8Array(await upload.arrayBuffer()) };
  } else if (intent === "import" && token) {
    file = await readStash(user.id, token);
    if (!file) errors.file = "acert.import.stashExpired";
  } else {
    errors.file = "acert.import.fileRequired";
  }
  if (!parsed.success || !file) return { kind: "invalid", values, errors };
  // Under 1489 the commune assesses and proposes, the province recognises: a decision's import
  // takes effect at once, so only the province (or an administrator) commits one.
  if (intent === "import" && officialTier(user) === "commune")
    return { kind: "refused", values, errors: { form: "entries.import.provinceOnly" } };

  const outcome = await importDecision(db, user, {
    decision: parsed.data,
    bytes: file.bytes,
    fileName: file.name,
    today,
    commit: intent === "import",
  });
  if (outcome.kind === "imported") {
    if (token) await dropStash(token);
    logger.info(
      `decision import: ${outcome.productIds.length} products under ${parsed.data.decisionNumber} by user ${user.id}`,
    );
    return {
      kind: "imported",
      decisionNumber: parsed.data.decisionNumber,
      count: outcome.productIds.length,
    };
  }
  const clean = outcome.report.issues.length === 0;
  // A clean dry run keeps the file, so the import does not ask for it again.
  const kept = clean
    ? token && intent === "import"
      ? token
      : await stashUpload(user.id, file)
    : null;
  return {
    kind: "report",
    values,
    report: outcome.report,
    clean,
    token: kept,
    fileName: file.name,
  };
}
