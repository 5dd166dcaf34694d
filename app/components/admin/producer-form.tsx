/**
 * The producer form of the official workspace, for onboarding and editing. Province → commune
 * works without JavaScript: the "show communes" button posts the form with intent=province and
 * the page comes back with the province's communes (with JavaScript, choosing does it).
 */
import { Form, useSubmit } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import { SelectField, TextAreaField, TextField, controlClass } from "~/components/workspace/field";
import { primaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { PRODUCER_LEGAL_FORMS } from "~/domain/producer/schemas";
import type { T } from "~/i18n";
import { legalFormLabel } from "~/domain/producer/legal-form";

export type PlaceOption = { code: string; name: string };

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
  const submit = useSubmit();
  const err = (name: string) => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };
  const optional = t("admin.field.optional");
  const onlyProvince = provinces.length === 1 ? provinces[0] : undefined;
  const provinceValue = values.provinceCode || onlyProvince?.code || "";
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Form method="post" noValidate>
      {/* Enter in a text field submits the first button: make it "save", not "show communes". */}
      <button
        type="submit"
        name="intent"
        value="save"
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
      >
        {submitLabel}
      </button>
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
      <div className="mb-4">
        <label htmlFor="field-provinceCode" className="block text-sm font-medium text-stone-800">
          {t("admin.field.province")}
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id="field-provinceCode"
            key={provinceValue}
            name="provinceCode"
            defaultValue={provinceValue}
            required
            aria-invalid={errors.provinceCode ? true : undefined}
            aria-describedby={errors.provinceCode ? "field-provinceCode-error" : undefined}
            className={`${controlClass} basis-full sm:basis-0 sm:flex-1 ${errors.provinceCode ? "border-red-500" : "border-stone-300"}`}
            onChange={(e) => {
              const f = e.currentTarget.form;
              if (!f) return;
              const fd = new FormData(f);
              fd.set("intent", "province");
              submit(fd, { method: "post", replace: true, preventScrollReset: true });
            }}
          >
            {/* Always there, even when one province is the only choice and comes chosen: a
                required <select> starts with an empty placeholder option (HTML). */}
            <option value="">{t("admin.field.chooseProvince")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          {!onlyProvince && (
            <button
              type="submit"
              name="intent"
              value="province"
              formNoValidate
              className="mt-1 min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold"
            >
              {t("admin.field.showCommunes")}
            </button>
          )}
        </div>
        {errors.provinceCode && (
          <p id="field-provinceCode-error" className="mt-1 text-sm font-medium text-red-700">
            {t(errors.provinceCode)}
          </p>
        )}
      </div>
      <SelectField
        name="communeCode"
        label={t("admin.field.commune")}
        // An official of one commune has nothing to choose.
        placeholder={communes.length === 1 ? undefined : t("admin.field.chooseCommune")}
        options={communes.map((c) => ({ value: c.code, label: c.name }))}
        defaultValue={
          communes.length === 1
            ? communes[0]?.code
            : communes.some((c) => c.code === values.communeCode)
              ? values.communeCode
              : ""
        }
        hint={communes.length === 0 ? t("admin.field.communeHint") : undefined}
        error={err("communeCode")}
        required
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
