/**
 * A fair's or a showroom's detail form (new and edit), on the shared form kit: the names, then
 * the kind's own fields (a fair's dates and venue; a showroom's type, place, hours and
 * contacts), then organiser, descriptions and cover. A showroom's place is the shared
 * <PlacePicker> (two steps without JavaScript, intent=province).
 */
import { Form } from "@remix-run/react";
import { errorText, SelectField, TextAreaField, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { PlacePicker, type PlaceOption } from "~/components/form/place-picker";
import { DefaultSubmit } from "~/components/form/submit-button";
import { primaryButtonClass } from "~/components/workspace/page-header";
import { LOCATION_TYPES } from "~/domain/promotion/schemas";
import type { MessageKey, T } from "~/i18n";

export type { PlaceOption };
export type Values = Record<string, string | null | undefined>;
export type Errors = Partial<Record<string, MessageKey>>;
type Organisers = readonly { code: string; name: string; level: "province" | "commune" }[];
type FieldText = (name: string) => string | undefined;

export function PromotionForm({
  kind,
  t,
  intent,
  submitLabel,
  values,
  errors,
  provinces,
  communes,
  organisers,
}: {
  kind: "fair" | "showroom";
  t: T;
  intent: string;
  submitLabel: string;
  values: Values;
  errors: Errors;
  provinces: readonly PlaceOption[];
  communes: readonly PlaceOption[];
  organisers: Organisers;
}) {
  const err = errorText(t, errors);
  const only = organisers.length === 1 ? organisers[0] : undefined;
  return (
    <Form method="post" noValidate>
      <DefaultSubmit intent={intent} label={submitLabel} />
      {Object.keys(errors).length > 0 && <FormAlert>{t("promo.admin.form.fixErrors")}</FormAlert>}
      <TextField
        name="nameVi"
        label={t("promo.admin.field.nameVi")}
        defaultValue={values.nameVi}
        error={err("nameVi")}
        maxLength={160}
        required
      />
      <TextField
        name="nameEn"
        label={t("promo.admin.field.nameEn")}
        defaultValue={values.nameEn}
        error={err("nameEn")}
        maxLength={160}
      />
      {kind === "fair" ? (
        <FairFields t={t} values={values} err={err} provinces={provinces} />
      ) : (
        <ShowroomFields t={t} values={values} err={err} provinces={provinces} communes={communes} />
      )}
      <SelectField
        name="organiserPlaceCode"
        label={t("promo.admin.field.organiser")}
        hint={t("promo.admin.field.organiserHint")}
        placeholder={only ? undefined : t("promo.admin.field.chooseOrganiser")}
        options={organisers.map((o) => ({ value: o.code, label: o.name }))}
        defaultValue={values.organiserPlaceCode || only?.code || ""}
        error={err("organiserPlaceCode")}
        required
      />
      <TextAreaField
        name="descriptionVi"
        label={t("promo.admin.field.descriptionVi")}
        defaultValue={values.descriptionVi}
        error={err("descriptionVi")}
        rows={kind === "fair" ? 6 : 5}
        required
      />
      <TextAreaField
        name="descriptionEn"
        label={t("promo.admin.field.descriptionEn")}
        defaultValue={values.descriptionEn}
        error={err("descriptionEn")}
        rows={4}
      />
      <TextField
        name="coverImage"
        label={t("promo.admin.field.coverImage")}
        hint={t("promo.admin.field.coverImageHint")}
        defaultValue={values.coverImage}
        error={err("coverImage")}
        maxLength={500}
      />
      <button type="submit" name="intent" value={intent} className={primaryButtonClass}>
        {submitLabel}
      </button>
    </Form>
  );
}

function FairFields({
  t,
  values,
  err,
  provinces,
}: {
  t: T;
  values: Values;
  err: FieldText;
  provinces: readonly PlaceOption[];
}) {
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="startsOn"
          type="date"
          label={t("promo.admin.field.startsOn")}
          defaultValue={values.startsOn}
          error={err("startsOn")}
          required
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("promo.admin.field.endsOn")}
          defaultValue={values.endsOn}
          error={err("endsOn")}
          required
        />
      </div>
      <TextField
        name="venue"
        label={t("promo.admin.field.venue")}
        hint={t("promo.admin.field.venueHint")}
        defaultValue={values.venue}
        error={err("venue")}
        maxLength={200}
        required
      />
      {/* A fair names its province only: no commune, so no picker. */}
      <SelectField
        name="provinceCode"
        label={t("promo.admin.field.fairProvince")}
        placeholder={t("promo.admin.field.chooseProvince")}
        options={provinces.map((p) => ({ value: p.code, label: p.name }))}
        defaultValue={values.provinceCode}
        error={err("provinceCode")}
        required
      />
    </>
  );
}

function ShowroomFields({
  t,
  values,
  err,
  provinces,
  communes,
}: {
  t: T;
  values: Values;
  err: FieldText;
  provinces: readonly PlaceOption[];
  communes: readonly PlaceOption[];
}) {
  return (
    <>
      <SelectField
        name="locationType"
        label={t("promo.admin.field.locationType")}
        placeholder={t("promo.admin.field.chooseType")}
        options={LOCATION_TYPES.map((type) => ({ value: type, label: t(`promo.type.${type}`) }))}
        defaultValue={values.locationType}
        error={err("locationType")}
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
        name="address"
        label={t("promo.admin.field.address")}
        hint={t("promo.admin.field.addressHint")}
        defaultValue={values.address}
        error={err("address")}
        maxLength={200}
        autoComplete="off"
        required
      />
      <TextField
        name="openingHours"
        label={t("promo.admin.field.openingHours")}
        hint={t("promo.admin.field.openingHoursHint")}
        defaultValue={values.openingHours}
        error={err("openingHours")}
        maxLength={120}
        required
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="contactPhone"
          type="tel"
          inputMode="tel"
          label={t("promo.admin.field.contactPhone")}
          defaultValue={values.contactPhone}
          error={err("contactPhone")}
          autoComplete="off"
        />
        <TextField
          name="contactEmail"
          type="email"
          inputMode="email"
          label={t("promo.admin.field.contactEmail")}
          defaultValue={values.contactEmail}
          error={err("contactEmail")}
          autoComplete="off"
        />
      </div>
    </>
  );
}
