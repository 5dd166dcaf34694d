import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DecisionImportForm } from "~/components/admin/decision-import-form";
import { ImportGuide } from "~/components/admin/decision-import-guide";
import { ImportReportPanel } from "~/components/admin/decision-import-report";
import { FormAlert } from "~/components/form/form-alert";
import { PageHeader, secondaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { IMPORT_COLUMNS, IMPORT_MAX_BYTES } from "~/domain/certificate/decision-import-columns";
import {
  refusedUploadReport,
  runDecisionImport,
} from "~/domain/certificate/decision-import-run.server";
import type { ImportReport } from "~/domain/certificate/decision-import.server";
import { officialTier } from "~/domain/certificate/schemas";
import { listLegalBases, listProductSetOptions } from "~/domain/product/register.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter, enterWrite, reply } from "~/web/route.server";
import { readUploadForm } from "~/web/upload-form.server";
import { privatePageMeta } from "~/lib/page-meta";

/** Room for the form's other fields and the multipart framing around the file. */
const BODY_MAX_BYTES = IMPORT_MAX_BYTES + 64 * 1024;

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, user } = await enter(args, { role: ["official"] });
  const [bases, sets] = await Promise.all([listLegalBases(db), listProductSetOptions(db)]);
  const t = makeT(lang);
  return reply({
    bases,
    sets: sets.map((s) => ({
      code: s.code,
      nameVi: s.nameVi,
      nameEn: s.nameEn,
      groupNameVi: s.groupNameVi,
      groupNameEn: s.groupNameEn,
    })),
    columns: IMPORT_COLUMNS.map((c) => ({ key: c.key, vi: c.vi, en: c.en, required: c.required })),
    today: todayInVietnam(),
    provinceOnly: officialTier(user) === "commune",
    meta: { title: `${t("acert.import.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  values: Record<string, string>;
  errors: FieldErrors;
  report: ImportReport | null;
  /** Set after a clean dry run: the stashed file the import will read again. */
  token: string | null;
  fileName: string | null;
};

export async function action(args: ActionFunctionArgs) {
  // The body is an upload, read below with its own size limit.
  const { request, user, db } = await enterWrite(args, { role: ["official"] });
  const answer = (d: Partial<ActionData>, status: number) =>
    reply<ActionData>(
      { values: {}, errors: {}, report: null, token: null, fileName: null, ...d },
      status,
    );
  const tooLarge = () =>
    answer(
      {
        errors: { file: "acert.import.file.tooLarge" },
        report: refusedUploadReport([
          { row: null, field: "file", key: "acert.import.file.tooLarge", params: { max: 5 } },
        ]),
      },
      413,
    );
  if (Number(request.headers.get("Content-Length") ?? 0) > BODY_MAX_BYTES) return tooLarge();
  const form = await readUploadForm(request, IMPORT_MAX_BYTES);
  if (form === "tooLarge") return tooLarge();

  const run = await runDecisionImport(db, user, form);
  if (run.kind === "invalid") return answer({ values: run.values, errors: run.errors }, 400);
  if (run.kind === "refused") return answer({ values: run.values, errors: run.errors }, 403);
  if (run.kind === "imported") {
    const query = new URLSearchParams({
      decision: run.decisionNumber,
      imported: String(run.count),
    });
    return redirect(`/admin/products?${query}`, 303);
  }
  const { values, report, token, fileName } = run;
  return answer({ values, report, token, fileName }, run.clean ? 200 : 422);
}

export default function ImportDecision() {
  const { t, lang } = useT();
  const { bases, sets, columns, provinceOnly } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const values = actionData?.values ?? {};
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
          {(provinceOnly || actionData?.errors.form) && (
            <FormAlert tone={actionData?.errors.form ? "error" : "info"}>
              {t("entries.import.provinceOnly")}
            </FormAlert>
          )}
          <DecisionImportForm
            t={t}
            lang={lang}
            bases={bases}
            values={values}
            errors={actionData?.errors ?? {}}
            busy={busy}
          />
          {actionData?.report && (
            <ImportReportPanel
              t={t}
              lang={lang}
              report={actionData.report}
              fileName={actionData.fileName}
              token={actionData.token}
              values={values}
              busy={busy}
            />
          )}
        </div>
        <ImportGuide t={t} lang={lang} columns={columns} sets={sets} />
      </div>
    </>
  );
}
