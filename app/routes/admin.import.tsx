import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { levelLabel } from "~/components/admin/certificate-bits";
import { FormAlert } from "~/components/account-form";
import { DataTable } from "~/components/workspace/data-table";
import { SelectField, TextField } from "~/components/workspace/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { listLegalBases, listProductSetOptions } from "~/domain/product/register.server";
import {
  IMPORT_DECISION_FIELDS,
  importDecisionSchema,
  ISSUING_LEVEL_VALUES,
} from "~/domain/certificate/schemas";
import { loadDecisionContext } from "~/domain/certificate/commands.server";
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  type ImportColumn,
  type ImportIssue,
} from "~/domain/certificate/decision-import-columns";
import { importDecision, type ImportReport } from "~/domain/certificate/decision-import.server";
import { formatNumber, makeT, pick, type MessageKey, type T } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { logger } from "~/infra/logger";
import { cleanForm, readForm as readSmallForm } from "~/web/request-input.server";
import { assertSameOrigin } from "~/web/same-origin.server";
import { dropStash, readStash, stashUpload } from "~/web/upload-stash.server";

const NO_STORE = { "Cache-Control": "private, no-store" };
/** Room for the form's other fields and the multipart framing around the file. */
const BODY_MAX_BYTES = IMPORT_MAX_BYTES + 64 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "official");
  const db = await getDb();
  const [bases, sets] = await Promise.all([listLegalBases(db), listProductSetOptions(db)]);
  const t = makeT(await getLang(request));
  return data(
    {
      bases,
      sets: sets.map((s) => ({
        code: s.code,
        nameVi: s.nameVi,
        nameEn: s.nameEn,
        groupNameVi: s.groupNameVi,
        groupNameEn: s.groupNameEn,
      })),
      columns: IMPORT_COLUMNS.map((c) => ({
        key: c.key,
        vi: c.vi,
        en: c.en,
        required: c.required,
      })),
      today: todayInVietnam(),
      meta: { title: `${t("acert.import.title")} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = {
  values: Record<string, string>;
  errors: FieldErrors;
  report: ImportReport | null;
  /** Set after a clean dry run: the stashed file the import will read again. */
  token: string | null;
  fileName: string | null;
};

const emptyReport = (issues: ImportIssue[]): ImportReport => ({
  issues,
  warnings: [],
  summary: null,
  newProducers: [],
  matchedProducers: [],
  ignoredHeaders: [],
});

async function readForm(request: Request): Promise<FormData | "tooLarge"> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return readSmallForm(request);
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: IMPORT_MAX_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return "tooLarge";
    throw new Response("Bad Request", { status: 400 });
  }
  return cleanForm(form);
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const reply = (d: Partial<ActionData>, status: number) =>
    data<ActionData>(
      { values: {}, errors: {}, report: null, token: null, fileName: null, ...d },
      { status, headers: NO_STORE },
    );
  const tooLarge = () =>
    reply(
      {
        errors: { file: "acert.import.file.tooLarge" },
        report: emptyReport([
          { row: null, field: "file", key: "acert.import.file.tooLarge", params: { max: 5 } },
        ]),
      },
      413,
    );
  if (Number(request.headers.get("Content-Length") ?? 0) > BODY_MAX_BYTES) return tooLarge();
  const form = await readForm(request);
  if (form === "tooLarge") return tooLarge();

  const intent = form.get("intent") === "import" ? "import" : "dryRun";
  const raw = formFields(form, IMPORT_DECISION_FIELDS);
  const values = Object.fromEntries(IMPORT_DECISION_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const db = await getDb();
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
  if (!parsed.success || !file) return reply({ values, errors }, 400);

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
    const query = new URLSearchParams({
      decision: parsed.data.decisionNumber,
      imported: String(outcome.productIds.length),
    });
    return redirect(`/admin/products?${query}`, 303);
  }
  const clean = outcome.report.issues.length === 0;
  // A clean dry run keeps the file, so the import does not ask for it again.
  const kept = clean
    ? token && intent === "import"
      ? token
      : await stashUpload(user.id, file)
    : null;
  return reply(
    { values, report: outcome.report, token: kept, fileName: file.name },
    clean ? 200 : 422,
  );
}

function fieldLabel(t: T, lang: "vi" | "en", field: ImportIssue["field"]): string {
  if (field === null) return "–";
  if (field === "file") return t("acert.import.reportFile");
  const column = IMPORT_COLUMNS.find((c) => c.key === field);
  if (column) return lang === "en" ? column.en : column.vi;
  return t("acert.import.reportForm");
}

function issueText(t: T, i: ImportIssue): string {
  return t(i.key, i.params);
}

const ACCEPTS: Record<ImportColumn, MessageKey> = {
  productName: "acert.import.accepts.productName",
  setCode: "acert.import.accepts.setCode",
  producerName: "acert.import.accepts.producerName",
  legalForm: "acert.import.accepts.legalForm",
  province: "acert.import.accepts.province",
  commune: "acert.import.accepts.commune",
  address: "acert.import.accepts.address",
  score: "acert.import.accepts.score",
  stars: "acert.import.accepts.stars",
  price: "acert.import.accepts.price",
  unit: "acert.import.accepts.unit",
};

export default function ImportDecision() {
  const { t, lang } = useT();
  const { bases, sets, columns } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const values = actionData?.values ?? {};
  const errors = actionData?.errors ?? {};
  const err = (name: string) => {
    const key: MessageKey | undefined = errors[name];
    return key ? t(key) : undefined;
  };
  const report = actionData?.report ?? null;
  const clean = report !== null && report.issues.length === 0 && report.summary !== null;
  const fileError = err("file");

  return (
    <>
      <PageHeader
        title={t("acert.import.title")}
        description={t("acert.import.description")}
        actions={
          <a
            href={`/admin/import/template.csv?lang=${lang}`}
            className={secondaryButtonClass}
            download
          >
            {t("acert.import.template")}
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Form
            method="post"
            encType="multipart/form-data"
            noValidate
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
          >
            {Object.keys(errors).length > 0 && <FormAlert>{t("acert.error.form")}</FormAlert>}
            <fieldset>
              <legend className="mb-3 text-lg font-bold">
                {t("acert.import.sectionDecision")}
              </legend>
              <div className="grid gap-x-4 sm:grid-cols-2">
                <TextField
                  name="decisionNumber"
                  label={t("acert.field.decisionNumber")}
                  hint={t("acert.field.decisionNumberHint")}
                  defaultValue={values.decisionNumber}
                  error={err("decisionNumber")}
                  maxLength={60}
                  autoComplete="off"
                  required
                />
                <TextField
                  name="decisionDate"
                  type="date"
                  label={t("acert.field.decisionDate")}
                  defaultValue={values.decisionDate}
                  error={err("decisionDate")}
                  required
                />
                <TextField
                  name="issuingBody"
                  label={t("acert.field.issuingBody")}
                  hint={t("acert.field.issuingBodyHint")}
                  defaultValue={values.issuingBody}
                  error={err("issuingBody")}
                  maxLength={200}
                  required
                />
                <SelectField
                  name="issuingLevel"
                  label={t("acert.field.issuingLevel")}
                  placeholder={t("acert.field.issuingLevelPlaceholder")}
                  options={ISSUING_LEVEL_VALUES.map((l) => ({ value: l, label: levelLabel(t, l) }))}
                  defaultValue={values.issuingLevel}
                  error={err("issuingLevel")}
                  required
                />
              </div>
              <SelectField
                name="legalBasisCode"
                label={t("acert.field.legalBasis")}
                hint={t("acert.field.legalBasisHint")}
                placeholder={t("acert.field.legalBasisAuto")}
                options={[...bases].reverse().map((b) => ({
                  value: b.code,
                  label: pick(lang, b.nameVi, b.nameEn),
                }))}
                defaultValue={values.legalBasisCode}
                error={err("legalBasisCode")}
              />
            </fieldset>
            <fieldset className="border-t border-stone-200 pt-5">
              <legend className="mb-3 text-lg font-bold">{t("acert.import.sectionFile")}</legend>
              <div className="mb-4">
                <label htmlFor="import-file" className="block text-sm font-medium text-stone-800">
                  {t("acert.import.file")}
                </label>
                <input
                  id="import-file"
                  name="file"
                  type="file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  required
                  aria-invalid={fileError ? true : undefined}
                  aria-describedby={`import-file-hint${fileError ? " import-file-error" : ""}`}
                  className={`mt-1 block w-full rounded-lg border bg-white p-2 text-base file:mr-3 file:min-h-10 file:rounded-md file:border-0 file:bg-brand-50 file:px-4 file:font-semibold file:text-brand-800 ${fileError ? "border-red-500" : "border-stone-300"}`}
                />
                <p id="import-file-hint" className="mt-1 text-sm text-stone-600">
                  {t("acert.import.fileHint")}
                </p>
                {fileError && (
                  <p id="import-file-error" className="mt-1 text-sm font-medium text-red-700">
                    {fileError}
                  </p>
                )}
              </div>
            </fieldset>
            <button
              type="submit"
              name="intent"
              value="dryRun"
              className={`${primaryButtonClass} w-full sm:w-auto`}
              disabled={busy}
            >
              {t("acert.import.dryRun")}
            </button>
            <p className="mt-2 text-sm text-stone-600">{t("acert.import.dryRunHint")}</p>
          </Form>

          {report && (
            <section
              aria-labelledby="import-report"
              className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
            >
              <h2 id="import-report" className="text-lg font-bold">
                {t("acert.import.reportTitle")}
              </h2>
              {actionData?.fileName && (
                <p className="mt-1 break-all text-sm text-stone-600">
                  {t("acert.import.checkedFile", { name: actionData.fileName })}
                </p>
              )}
              {clean ? (
                <p
                  role="status"
                  className="mt-3 rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm font-semibold text-brand-900"
                >
                  {t("acert.import.reportClean")}
                </p>
              ) : (
                <p
                  role="alert"
                  className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-800"
                >
                  {report.issues.length === 1
                    ? t("acert.import.reportProblemsOne")
                    : t("acert.import.reportProblems", {
                        count: formatNumber(lang, report.issues.length),
                      })}
                </p>
              )}

              {report.summary && (
                <dl className="mt-4 grid grid-cols-[1fr_max-content] gap-x-6 gap-y-1 text-sm">
                  {(
                    [
                      ["acert.import.summary.rows", report.summary.rows],
                      ["acert.import.summary.newProducts", report.summary.newProducts],
                      ["acert.import.summary.recertified", report.summary.recertifiedProducts],
                      ["acert.import.summary.newProducers", report.summary.newProducers],
                      ["acert.import.summary.matchedProducers", report.summary.matchedProducers],
                      ["acert.import.summary.unlisted", report.summary.unlisted],
                    ] as const
                  ).map(([key, n]) => (
                    <div key={key} className="contents">
                      <dt className="text-stone-700">{t(key)}</dt>
                      <dd className="text-right font-semibold tabular-nums">
                        {formatNumber(lang, n)}
                      </dd>
                    </div>
                  ))}
                  {report.summary.byStars.map((s) => (
                    <div key={s.stars} className="contents">
                      <dt className="pl-4 text-stone-600">
                        {t("acert.import.summary.stars", { stars: s.stars })}
                      </dt>
                      <dd className="text-right tabular-nums">{formatNumber(lang, s.count)}</dd>
                    </div>
                  ))}
                </dl>
              )}

              {report.issues.length > 0 && (
                <div className="mt-4">
                  <DataTable
                    caption={t("acert.import.reportCaption")}
                    rows={report.issues.map((issue, i) => ({ ...issue, i }))}
                    rowKey={(r) => r.i}
                    empty=""
                    columns={[
                      {
                        key: "row",
                        header: t("acert.import.reportRow"),
                        numeric: true,
                        rowHeader: true,
                        cell: (r) => (r.row === null ? "–" : String(r.row)),
                      },
                      {
                        key: "field",
                        header: t("acert.import.reportField"),
                        cell: (r) => fieldLabel(t, lang, r.field),
                      },
                      {
                        key: "problem",
                        header: t("acert.import.reportProblem"),
                        cell: (r) => issueText(t, r),
                      },
                    ]}
                  />
                </div>
              )}

              {report.warnings.length > 0 && (
                <div className="mt-4">
                  <h3 className="font-semibold">{t("acert.import.warnings")}</h3>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700">
                    {report.warnings.map((w, i) => (
                      <li key={i}>
                        {t("acert.import.reportRow")} {w.row}: {issueText(t, w)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {report.ignoredHeaders.length > 0 && (
                <p className="mt-3 text-sm text-stone-600">
                  {t("acert.import.ignoredHeaders", { headers: report.ignoredHeaders.join(", ") })}
                </p>
              )}
              {(
                [
                  ["acert.import.matchedTitle", report.matchedProducers],
                  ["acert.import.newTitle", report.newProducers],
                ] as const
              ).map(([title, list]) =>
                list.length > 0 && report.summary ? (
                  <div key={title} className="mt-4">
                    <h3 className="font-semibold">{t(title)}</h3>
                    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700">
                      {list.map((p) => (
                        <li key={`${p.name}|${p.communeName}`}>
                          {t("acert.import.producerRows", {
                            name: p.name,
                            commune: p.communeName,
                            rows: p.rows.join(", "),
                          })}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}

              {clean && actionData?.token && report.summary && (
                <Form method="post" className="mt-6 border-t border-stone-200 pt-5">
                  <input type="hidden" name="intent" value="import" />
                  <input type="hidden" name="token" value={actionData.token} />
                  {IMPORT_DECISION_FIELDS.map((f) => (
                    <input key={f} type="hidden" name={f} value={values[f] ?? ""} />
                  ))}
                  <p className="mb-3 text-sm text-stone-700">{t("acert.import.commitHint")}</p>
                  <button
                    type="submit"
                    className={`${primaryButtonClass} w-full sm:w-auto`}
                    disabled={busy}
                  >
                    {t("acert.import.commit", {
                      count: formatNumber(lang, report.summary.rows),
                    })}
                  </button>
                </Form>
              )}
            </section>
          )}
        </div>

        <aside className="min-w-0 space-y-6">
          <section aria-labelledby="import-columns">
            <h2 id="import-columns" className="text-lg font-bold">
              {t("acert.import.columnsTitle")}
            </h2>
            <p className="mb-3 mt-1 text-sm text-stone-700">{t("acert.import.columnsLead")}</p>
            <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white text-sm shadow-sm">
              {columns.map((c) => (
                <li key={c.key} className="p-3">
                  <p className="font-semibold text-stone-900">
                    {c.vi} <span className="font-normal text-stone-600">/ {c.en}</span>
                  </p>
                  <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                    {c.required
                      ? t("acert.import.columnRequired")
                      : c.key === "score" || c.key === "stars"
                        ? t("acert.import.gradeRequired")
                        : t("acert.import.columnOptional")}
                  </p>
                  <p className="mt-1 text-stone-700">{t(ACCEPTS[c.key])}</p>
                </li>
              ))}
            </ul>
          </section>
          <details className="rounded-xl border border-stone-200 bg-white p-4 text-sm shadow-sm">
            <summary className="min-h-8 cursor-pointer font-semibold">
              {t("acert.field.productSet")}
            </summary>
            <dl className="mt-2 space-y-1">
              {sets.map((s) => (
                <div key={s.code}>
                  <dt className="inline font-mono text-xs text-stone-900">{s.code}</dt>
                  <dd className="inline text-stone-600">
                    {" "}
                    — {pick(lang, s.groupNameVi, s.groupNameEn)}: {pick(lang, s.nameVi, s.nameEn)}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
          <p className="text-sm">
            <Link to="/admin/products" className="font-semibold text-brand-700 underline">
              {t("acert.nav.products")}
            </Link>
          </p>
        </aside>
      </div>
    </>
  );
}
