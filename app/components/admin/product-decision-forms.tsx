/**
 * The official's product page, write side: a new decision (renewal, regrade or first
 * certification) and the revocation of the current certificate. Each form says which it is
 * with its hidden intent.
 */
import { Form } from "@remix-run/react";
import {
  DecisionFields,
  IssuerRules,
  type LegalBasisChoice,
} from "~/components/admin/certificate-bits";
import { TextAreaField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { dangerButtonClass, primaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import type { Lang, T } from "~/i18n";

export function NewDecisionForm({
  t,
  lang,
  hasActive,
  values,
  errors,
  bases,
  today,
}: {
  t: T;
  lang: Lang;
  hasActive: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  bases: readonly LegalBasisChoice[];
  today: string;
}) {
  const active = hasActive;
  const decisionErrors = errors;
  const decisionValues = values;
  return (
    <section
      aria-labelledby="new-decision"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="new-decision" className="text-lg font-bold">
        {active ? t("acert.renew.title") : t("acert.renew.titleNone")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-stone-700">
        {active ? t("acert.renew.lead") : t("acert.renew.leadNone")}
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="decision" />
        {Object.keys(decisionErrors).length > 0 && <FormAlert>{t("acert.error.form")}</FormAlert>}
        <IssuerRules t={t} />
        <DecisionFields
          t={t}
          lang={lang}
          values={decisionValues}
          errors={decisionErrors}
          bases={bases}
          today={today}
          idPrefix="renew"
        />
        <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
          {t("acert.renew.submit")}
        </button>
      </Form>
    </section>
  );
}

export function RevokeForm({
  t,
  reason,
  error,
}: {
  t: T;
  reason: string;
  error: string | undefined;
}) {
  return (
    <section
      aria-labelledby="revoke"
      className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="revoke" className="text-lg font-bold text-red-900">
        {t("acert.revoke.title")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-stone-700">{t("acert.revoke.lead")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="revoke" />
        <TextAreaField
          id="revoke-reason"
          name="reason"
          label={t("acert.revoke.reason")}
          hint={t("acert.revoke.reasonHint")}
          defaultValue={reason}
          error={error}
          rows={3}
          required
        />
        <button type="submit" className={`${dangerButtonClass} w-full sm:w-auto`}>
          {t("acert.revoke.submit")}
        </button>
      </Form>
    </section>
  );
}
