/**
 * The form that puts a certified product on record (its producer, the product, the decision
 * that certified it), and the producer search shown when the unit has too many producers for
 * one list.
 */
import { Form } from "@remix-run/react";
import {
  DecisionFields,
  IssuerRules,
  type LegalBasisChoice,
} from "~/components/admin/certificate-bits";
import {
  controlClass,
  errorText,
  FieldShell,
  SelectField,
  TextAreaField,
  TextField,
} from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { primaryButtonClass, secondaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { PRODUCER_OPTIONS_LIMIT } from "~/domain/certificate/schemas";
import { pick, type Lang, type T } from "~/i18n";

type ProductSet = {
  id: number;
  nameVi: string;
  nameEn: string;
  groupCode: string;
  groupNameVi: string;
  groupNameEn: string;
};

type ProducerChoice = { id: number; name: string; communeName: string; provinceName: string };

export function ProducerSearchForm({ t, pq }: { t: T; pq: string }) {
  return (
    <Form
      method="get"
      role="search"
      aria-label={t("acert.field.producerSearchLandmark")}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="min-w-0 flex-1">
        <TextField
          name="pq"
          type="search"
          label={t("acert.field.producerSearch")}
          defaultValue={pq}
          autoComplete="off"
          maxLength={100}
        />
      </div>
      <button type="submit" className={`${secondaryButtonClass} mb-4`}>
        {t("acert.field.producerSearchButton")}
      </button>
    </Form>
  );
}

export function CertifiedProductForm({
  t,
  lang,
  producers,
  preselected,
  sets,
  bases,
  today,
  values,
  errors,
}: {
  t: T;
  lang: Lang;
  producers: { options: readonly ProducerChoice[]; truncated: boolean };
  preselected: number | null;
  sets: readonly ProductSet[];
  bases: readonly LegalBasisChoice[];
  today: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const err = errorText(t, errors);
  const hasErrors = Object.keys(errors).length > 0;
  const groups = new Map<string, { label: string; sets: ProductSet[] }>();
  for (const s of sets) {
    const g = groups.get(s.groupCode) ?? {
      label: pick(lang, s.groupNameVi, s.groupNameEn),
      sets: [],
    };
    g.sets.push(s);
    groups.set(s.groupCode, g);
  }
  const setError = err("productSetId");
  return (
    <Form
      method="post"
      noValidate
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      {hasErrors && <FormAlert>{t("acert.error.form")}</FormAlert>}
      <fieldset className="mb-2">
        <legend className="mb-3 text-lg font-bold">{t("acert.new.sectionProducer")}</legend>
        <SelectField
          name="producerId"
          label={t("acert.field.producer")}
          placeholder={t("acert.field.producerPlaceholder")}
          hint={
            producers.truncated
              ? t("acert.field.producerTruncated", { count: PRODUCER_OPTIONS_LIMIT })
              : undefined
          }
          options={producers.options.map((p) => ({
            value: String(p.id),
            label: `${p.name} — ${p.communeName}, ${p.provinceName}`,
          }))}
          defaultValue={values.producerId ?? (preselected ? String(preselected) : "")}
          error={err("producerId")}
          required
        />
      </fieldset>

      <fieldset className="mb-2 border-t border-stone-200 pt-5">
        <legend className="mb-3 text-lg font-bold">{t("acert.new.sectionProduct")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="nameVi"
            label={t("acert.field.nameVi")}
            defaultValue={values.nameVi}
            error={err("nameVi")}
            maxLength={200}
            required
          />
          <TextField
            name="nameEn"
            label={t("acert.field.nameEn")}
            defaultValue={values.nameEn}
            error={err("nameEn")}
            optional={t("acert.optional")}
            maxLength={200}
          />
        </div>
        <FieldShell id="field-productSetId" label={t("acert.field.productSet")} error={setError}>
          {(aria) => (
            <select
              {...aria}
              name="productSetId"
              defaultValue={values.productSetId ?? ""}
              required
              className={`${controlClass} ${setError ? "border-red-500" : "border-stone-300"}`}
            >
              <option value="">{t("acert.field.productSetPlaceholder")}</option>
              {[...groups.entries()].map(([code, g]) => (
                <optgroup key={code} label={g.label}>
                  {g.sets.map((s) => (
                    <option key={s.id} value={String(s.id)}>
                      {pick(lang, s.nameVi, s.nameEn)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FieldShell>
        <TextAreaField
          name="descriptionVi"
          label={t("acert.field.descriptionVi")}
          defaultValue={values.descriptionVi}
          error={err("descriptionVi")}
          rows={4}
          required
        />
        <TextAreaField
          name="descriptionEn"
          label={t("acert.field.descriptionEn")}
          defaultValue={values.descriptionEn}
          error={err("descriptionEn")}
          optional={t("acert.optional")}
          rows={3}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="unitVi"
            label={t("acert.field.unitVi")}
            hint={t("acert.field.unitViHint")}
            defaultValue={values.unitVi}
            error={err("unitVi")}
            maxLength={100}
            required
          />
          <TextField
            name="unitEn"
            label={t("acert.field.unitEn")}
            defaultValue={values.unitEn}
            error={err("unitEn")}
            optional={t("acert.optional")}
            maxLength={100}
          />
          <TextField
            name="priceVnd"
            label={t("acert.field.priceVnd")}
            hint={t("acert.field.priceHint")}
            inputMode="numeric"
            defaultValue={values.priceVnd}
            error={err("priceVnd")}
            maxLength={20}
            required
          />
          <TextField
            name="stock"
            label={t("acert.field.stock")}
            inputMode="numeric"
            defaultValue={values.stock}
            error={err("stock")}
            optional={t("acert.optional")}
            maxLength={6}
          />
          <TextField
            name="alcoholPercent"
            label={t("alcohol.field.label")}
            hint={t("alcohol.field.hint")}
            inputMode="decimal"
            defaultValue={values.alcoholPercent}
            error={err("alcoholPercent")}
            optional={t("acert.optional")}
            maxLength={10}
          />
        </div>
      </fieldset>

      <fieldset className="border-t border-stone-200 pt-5">
        <legend className="mb-3 text-lg font-bold">{t("acert.new.sectionCertificate")}</legend>
        <IssuerRules t={t} />
        <DecisionFields
          t={t}
          lang={lang}
          values={values}
          errors={errors}
          bases={bases}
          today={today}
        />
        <TextField
          name="addressPrinted"
          label={t("acert.field.addressPrinted")}
          hint={t("acert.field.addressPrintedHint")}
          defaultValue={values.addressPrinted}
          error={err("addressPrinted")}
          optional={t("acert.optional")}
          maxLength={300}
        />
      </fieldset>
      <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
        {t("acert.new.submit")}
      </button>
    </Form>
  );
}
