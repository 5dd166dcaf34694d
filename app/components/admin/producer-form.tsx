/**
 * The producer form of the official workspace, for onboarding and editing. Province → commune
 * is the shared <PlacePicker> (two steps without JavaScript, intent=province).
 */
import { Form } from "@remix-run/react";
import { errorText, SelectField, TextAreaField, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { PlacePicker, type PlaceOption } from "~/components/form/place-picker";
import { DefaultSubmit } from "~/components/form/submit-button";
import { primaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { PRODUCER_LEGAL_FORMS } from "~/domain/producer/schemas";
import type { T } from "~/i18n";
import { legalFormLabel } from "~/domain/producer/legal-form";

export type { PlaceOption };

export function ProducerForm({
  t,
  values,
  errors,
  provinces,
  communes,
  submitLabel,
}: {
  t: T;
  values: Record<string, string | null | undefined>;
  errors: FieldErrors;
  provinces: readonly PlaceOption[];
  communes: readonly PlaceOption[];
  submitLabel: string;
}) {
  const err = errorText(t, errors);
  const optional = t("admin.field.optional");
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Form method="post" noValidate>
      <DefaultSubmit intent="save" label={submitLabel} />
      {hasErrors && <FormAlert>{t("admin.error.form")}</FormAlert>}
      <TextField
        name="name"
        label={t("admin.field.name")}
        hint={t("admin.field.nameHint")}
        defaultValue={values.name}
        error={err("name")}
        required
      />
      <SelectField
        name="legalForm"
        label={t("admin.field.legalForm")}
        placeholder={t("admin.field.choose")}
        options={PRODUCER_LEGAL_FORMS.map((f) => ({ value: f, label: legalFormLabel(t, f) }))}
        defaultValue={values.legalForm}
        error={err("legalForm")}
        required
      />
      <PlacePicker
        provinces={provinces}
        communes={communes}
        provinceValue={values.provinceCode}
        communeValue={values.communeCode}
        errors={{ province: err("provinceCode"), commune: err("communeCode") }}
      />
      <TextField
        name="addressPrinted"
        label={t("admin.field.address")}
        hint={t("admin.field.addressHint")}
        defaultValue={values.addressPrinted}
        error={err("addressPrinted")}
        autoComplete="off"
        required
      />
      <TextAreaField
        name="storyVi"
        label={t("admin.field.storyVi")}
        hint={t("admin.field.storyHint")}
        defaultValue={values.storyVi}
        error={err("storyVi")}
        rows={6}
        required
      />
      <TextAreaField
        name="storyEn"
        label={t("admin.field.storyEn")}
        optional={optional}
        defaultValue={values.storyEn}
        error={err("storyEn")}
        rows={4}
      />
      <fieldset className="mt-6">
        <legend className="mb-3 text-base font-bold">{t("admin.field.contact")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="representative"
            label={t("admin.field.representative")}
            optional={optional}
            defaultValue={values.representative}
            error={err("representative")}
            autoComplete="off"
          />
          <TextField
            name="phone"
            type="tel"
            label={t("admin.field.phone")}
            optional={optional}
            hint={t("admin.field.phoneHint")}
            defaultValue={values.phone}
            error={err("phone")}
            autoComplete="off"
          />
          <TextField
            name="email"
            type="email"
            label={t("admin.field.email")}
            optional={optional}
            defaultValue={values.email}
            error={err("email")}
            autoComplete="off"
          />
          <TextField
            name="website"
            type="url"
            label={t("admin.field.website")}
            optional={optional}
            hint={t("admin.field.websiteHint")}
            defaultValue={values.website}
            error={err("website")}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <button
        type="submit"
        name="intent"
        value="save"
        className={`${primaryButtonClass} mt-2 w-full sm:w-auto`}
      >
        {submitLabel}
      </button>
    </Form>
  );
}
