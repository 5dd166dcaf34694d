/**
 * The decision-import form: the decision's fields (number, date, issuing body and level, legal
 * basis) and the annex file. Its button runs the dry run; the import is the report's button.
 */
import { Form } from "@remix-run/react";
import { errorText, SelectField, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { levelLabel } from "~/components/admin/certificate-bits";
import { primaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { ISSUING_LEVEL_VALUES } from "~/domain/certificate/schemas";
import { pick, type Lang, type T } from "~/i18n";

export function DecisionImportForm({
  t,
  lang,
  bases,
  values,
  errors,
  busy,
}: {
  t: T;
  lang: Lang;
  bases: readonly { code: string; nameVi: string; nameEn: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  busy: boolean;
}) {
  const err = errorText(t, errors);
  const fileError = err("file");
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      noValidate
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      {Object.keys(errors).length > 0 && <FormAlert>{t("acert.error.form")}</FormAlert>}
      <fieldset>
        <legend className="mb-3 text-lg font-bold">{t("acert.import.sectionDecision")}</legend>
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
  );
}
