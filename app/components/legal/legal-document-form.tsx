/**
 * The administrator's edit of a legal text: title and body in Vietnamese and English, a hint on
 * the few marks the body understands, the version history. Saving publishes the next version.
 */
import { Form, Link } from "@remix-run/react";
import { errorText, TextAreaField, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import type { FieldErrors } from "~/domain/account/schemas";
import { formatDate, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";

type Doc = { version: number; titleVi: string; titleEn: string; bodyVi: string; bodyEn: string };

export function LegalDocumentForm({
  document,
  values,
  errors,
  formError,
  published,
  publicPath,
  history,
}: {
  document: Doc;
  /** What was sent, when the form came back with an error. */
  values?: Record<string, string>;
  errors: FieldErrors;
  formError: MessageKey | null;
  /** The version just published (after the redirect). */
  published: number | null;
  publicPath: string;
  history: { version: number; publishedOn: string; updatedBy: string | null }[];
}) {
  const { t, lang } = useT();
  const err = errorText(t, errors);
  const v = values ?? {
    titleVi: document.titleVi,
    titleEn: document.titleEn,
    bodyVi: document.bodyVi,
    bodyEn: document.bodyEn,
    baseVersion: String(document.version),
  };
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
      <Form method="post" noValidate>
        {published !== null && !values && (
          <FormAlert tone="info">{t("admin.legal.published", { version: published })}</FormAlert>
        )}
        {formError && <FormAlert>{t(formError)}</FormAlert>}
        {hasErrors && <FormAlert>{t("admin.legal.error.form")}</FormAlert>}
        <input type="hidden" name="baseVersion" value={v.baseVersion ?? String(document.version)} />
        <fieldset className="mb-6">
          <legend className="mb-2 text-lg font-semibold text-stone-900">
            {t("admin.legal.vi")}
          </legend>
          <TextField
            name="titleVi"
            label={t("admin.legal.field.titleVi")}
            defaultValue={v.titleVi}
            error={err("titleVi")}
            maxLength={200}
            required
          />
          <TextAreaField
            name="bodyVi"
            label={t("admin.legal.field.bodyVi")}
            hint={t("admin.legal.field.bodyHint")}
            defaultValue={v.bodyVi}
            error={err("bodyVi")}
            rows={16}
            required
          />
        </fieldset>
        <fieldset className="mb-6">
          <legend className="mb-2 text-lg font-semibold text-stone-900">
            {t("admin.legal.en")}
          </legend>
          <TextField
            name="titleEn"
            label={t("admin.legal.field.titleEn")}
            defaultValue={v.titleEn}
            error={err("titleEn")}
            maxLength={200}
            required
          />
          <TextAreaField
            name="bodyEn"
            label={t("admin.legal.field.bodyEn")}
            defaultValue={v.bodyEn}
            error={err("bodyEn")}
            rows={16}
            required
          />
        </fieldset>
        <SubmitButton>{t("admin.legal.submit", { version: document.version + 1 })}</SubmitButton>
      </Form>
      <aside className="text-sm">
        <p>
          <Link to={publicPath} className="font-medium text-brand-700 underline">
            {t("admin.legal.viewPublic")}
          </Link>
        </p>
        <h2 className="mt-4 font-semibold text-stone-900">{t("legal.page.versions")}</h2>
        <ol className="mt-2 space-y-2">
          {history.map((h) => (
            <li key={h.version}>
              <Link to={`${publicPath}?version=${h.version}`} className="text-brand-700 underline">
                {t("legal.page.versionItem", {
                  version: h.version,
                  date: formatDate(lang, h.publishedOn),
                })}
              </Link>
              <span className="block text-stone-600">
                {h.updatedBy ?? t("admin.legal.firstVersion")}
              </span>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
