/**
 * The official workspace's fair and showroom pieces: the two detail forms (new and edit), and
 * the catalogue curation panel (entries with booth or shelf code, featured flag, order and
 * removal; a product picker that searches public products by name). Everything is a plain
 * form: it all works without JavaScript.
 */
import { Form, Link, useSubmit } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import { StarBadge } from "~/components/star-badge";
import { controlClass, SelectField, TextAreaField, TextField } from "~/components/workspace/field";
import { primaryButtonClass } from "~/components/workspace/page-header";
import { ENTRY_CODE_MAX, LOCATION_TYPES } from "~/domain/promotion/schemas";
import { formatDate, formatVnd, pick, type Lang, type MessageKey, type T } from "~/i18n";

export type Values = Record<string, string | null | undefined>;
export type Errors = Partial<Record<string, MessageKey>>;
export type PlaceOption = { code: string; name: string };

function errorOf(t: T, errors: Errors) {
  return (name: string) => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };
}

/** Enter in a text field submits the form's first button: make it the main one. */
function DefaultSubmit({ intent, label }: { intent: string; label: string }) {
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      tabIndex={-1}
      aria-hidden="true"
      className="sr-only"
    >
      {label}
    </button>
  );
}

function OrganiserField({
  t,
  values,
  errors,
  organisers,
}: {
  t: T;
  values: Values;
  errors: Errors;
  organisers: readonly { code: string; name: string; level: "province" | "commune" }[];
}) {
  const only = organisers.length === 1 ? organisers[0] : undefined;
  return (
    <SelectField
      name="organiserPlaceCode"
      label={t("promo.admin.field.organiser")}
      hint={t("promo.admin.field.organiserHint")}
      placeholder={only ? undefined : t("promo.admin.field.chooseOrganiser")}
      options={organisers.map((o) => ({ value: o.code, label: o.name }))}
      defaultValue={values.organiserPlaceCode || only?.code || ""}
      error={errorOf(t, errors)("organiserPlaceCode")}
      required
    />
  );
}

type Organisers = readonly { code: string; name: string; level: "province" | "commune" }[];

/** The two descriptions and the cover image, the same on fair and showroom forms. */
function DescriptionAndCoverFields({
  t,
  values,
  errors,
  rowsVi,
}: {
  t: T;
  values: Values;
  errors: Errors;
  rowsVi: number;
}) {
  const err = errorOf(t, errors);
  return (
    <>
      <TextAreaField
        name="descriptionVi"
        label={t("promo.admin.field.descriptionVi")}
        defaultValue={values.descriptionVi}
        error={err("descriptionVi")}
        rows={rowsVi}
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
    </>
  );
}

/**
 * A fair's or a showroom's form: the names, then the kind's own fields (a fair's dates and
 * venue; a showroom's type, place, hours and contacts), then organiser, descriptions and cover.
 */
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
  const err = errorOf(t, errors);
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
        <FairFields t={t} values={values} errors={errors} provinces={provinces} />
      ) : (
        <ShowroomFields
          t={t}
          values={values}
          errors={errors}
          provinces={provinces}
          communes={communes}
        />
      )}
      <OrganiserField t={t} values={values} errors={errors} organisers={organisers} />
      <DescriptionAndCoverFields
        t={t}
        values={values}
        errors={errors}
        rowsVi={kind === "fair" ? 6 : 5}
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
  errors,
  provinces,
}: {
  t: T;
  values: Values;
  errors: Errors;
  provinces: readonly PlaceOption[];
}) {
  const err = errorOf(t, errors);
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
  errors,
  provinces,
  communes,
}: {
  t: T;
  values: Values;
  errors: Errors;
  provinces: readonly PlaceOption[];
  communes: readonly PlaceOption[];
}) {
  const err = errorOf(t, errors);
  const submit = useSubmit();
  const provinceValue = values.provinceCode ?? "";
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
      <div className="mb-4">
        <label htmlFor="field-provinceCode" className="block text-sm font-medium text-stone-800">
          {t("promo.admin.field.province")}
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
            <option value="">{t("promo.admin.field.chooseProvince")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            name="intent"
            value="province"
            formNoValidate
            className="mt-1 min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold"
          >
            {t("promo.admin.field.showCommunes")}
          </button>
        </div>
        {errors.provinceCode && (
          <p id="field-provinceCode-error" className="mt-1 text-sm font-medium text-red-700">
            {t(errors.provinceCode)}
          </p>
        )}
      </div>
      <SelectField
        name="communeCode"
        label={t("promo.admin.field.commune")}
        placeholder={t("promo.admin.field.chooseCommune")}
        options={communes.map((c) => ({ value: c.code, label: c.name }))}
        defaultValue={communes.some((c) => c.code === values.communeCode) ? values.communeCode : ""}
        error={err("communeCode")}
        required
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

export type CurationEntry = {
  productId: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  priceVnd: number;
  stars: number | null;
  validUntil: string | null;
  code: string | null;
  featured: boolean;
  visible: boolean;
  expiryWarning: boolean;
};

export type PickerResult = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  stars: number;
  validUntil: string;
  priceVnd: number;
  inCatalogue: boolean;
};

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg border px-3 text-sm font-semibold";

/**
 * The catalogue being curated, then the picker. `entryError` marks the one entry a failed
 * action was about; `q` keeps the picker's search across the add.
 */
export function CurationPanel({
  t,
  lang,
  kind,
  entries,
  q,
  results,
  entryError,
}: {
  t: T;
  lang: Lang;
  kind: "fair" | "showroom";
  entries: readonly CurationEntry[];
  q: string;
  results: readonly PickerResult[];
  entryError: {
    productId: number | null;
    errors: { code?: MessageKey };
    message: MessageKey | null;
    values?: Values;
  } | null;
}) {
  const flagged = entries.filter((e) => !e.visible || e.expiryWarning).length;
  const codeLabel = t(
    kind === "fair" ? "promo.admin.entry.boothCode" : "promo.admin.entry.shelfCode",
  );
  return (
    <>
      <section
        id="catalogue"
        aria-labelledby="catalogue-heading"
        className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="catalogue-heading" className="text-lg font-bold">
            {t("promo.admin.catalogue", { count: entries.length })}
          </h2>
          {flagged > 0 && (
            <p className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
              {t("promo.admin.flagged", { count: flagged })}
            </p>
          )}
        </div>
        <p className="mt-1 text-sm text-stone-600">
          {t(
            kind === "fair" ? "promo.admin.catalogueLeadFair" : "promo.admin.catalogueLeadShowroom",
          )}
        </p>
        {entryError && entryError.productId === null && entryError.message && (
          <div className="mt-4">
            <FormAlert>{t(entryError.message)}</FormAlert>
          </div>
        )}
        {entries.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
            {t("promo.admin.catalogueEmpty")}
          </p>
        ) : (
          <ol className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
            {entries.map((e, i) => {
              const name = pick(lang, e.nameVi, e.nameEn);
              const error = entryError?.productId === e.productId ? entryError : null;
              const errorKey = error ? (error.errors.code ?? error.message) : null;
              const codeId = `code-${e.productId}`;
              return (
                <li
                  key={e.productId}
                  id={`entry-${e.productId}`}
                  className={`scroll-mt-4 py-4 ${e.visible ? "" : "bg-red-50/60"}`}
                  data-testid="catalogue-entry"
                >
                  <div className="flex gap-3">
                    <span
                      aria-hidden="true"
                      className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-stone-100 text-sm font-bold text-stone-700"
                    >
                      {i + 1}
                    </span>
                    <div className="min-w-0 flex-1 lg:flex lg:items-start lg:justify-between lg:gap-6">
                      <div className="min-w-0">
                        <div className="flex flex-wrap items-center gap-2">
                          <Link
                            to={`/products/${e.slug}`}
                            className="font-semibold text-stone-900 underline-offset-2 hover:underline"
                          >
                            {name}
                          </Link>
                          {e.stars !== null && <StarBadge stars={e.stars} />}
                          {e.featured && (
                            <span className="rounded-md bg-accent-400 px-2 py-0.5 text-xs font-bold text-stone-900">
                              {t("promo.featured")}
                            </span>
                          )}
                        </div>
                        <p className="text-sm text-stone-600">
                          {e.producerName} · {e.provinceName} · {formatVnd(lang, e.priceVnd)}
                          {e.validUntil && (
                            <>
                              {" · "}
                              {t("promo.admin.entry.validUntil", {
                                date: formatDate(lang, e.validUntil),
                              })}
                            </>
                          )}
                        </p>
                        {!e.visible && (
                          <p className="mt-1 text-sm font-semibold text-red-800">
                            {t("promo.admin.flag.hidden")}
                          </p>
                        )}
                        {e.expiryWarning && e.validUntil && (
                          <p className="mt-1 text-sm font-semibold text-amber-900">
                            {t(
                              kind === "fair"
                                ? "promo.admin.flag.expiresBeforeEnd"
                                : "promo.admin.flag.expiresSoon",
                              { date: formatDate(lang, e.validUntil) },
                            )}
                          </p>
                        )}
                      </div>
                      <div className="shrink-0">
                        <Form
                          method="post"
                          preventScrollReset
                          className="mt-3 flex flex-wrap items-end gap-2 lg:mt-0"
                        >
                          <input type="hidden" name="productId" value={e.productId} />
                          <DefaultSubmit intent="entry" label={t("promo.admin.entry.save")} />
                          <div>
                            <label
                              htmlFor={codeId}
                              className="block text-xs font-medium text-stone-700"
                            >
                              {codeLabel}
                            </label>
                            <input
                              id={codeId}
                              name="code"
                              defaultValue={(error?.values?.code ?? e.code) || ""}
                              key={`${e.code ?? ""}`}
                              maxLength={ENTRY_CODE_MAX}
                              autoComplete="off"
                              aria-invalid={error ? true : undefined}
                              aria-describedby={error ? `${codeId}-error` : undefined}
                              className={`mt-1 block min-h-11 w-28 rounded-lg border bg-white px-3 text-base ${error ? "border-red-500" : "border-stone-300"}`}
                            />
                          </div>
                          <label className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 text-sm font-medium">
                            <input
                              type="checkbox"
                              name="featured"
                              defaultChecked={e.featured}
                              key={String(e.featured)}
                              className="h-5 w-5 accent-brand-600"
                            />
                            {t("promo.admin.entry.featured")}
                          </label>
                          <button
                            type="submit"
                            name="intent"
                            value="entry"
                            aria-label={t("promo.admin.entry.saveLabel", { name })}
                            className={`${smallButton} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`}
                          >
                            {t("promo.admin.entry.save")}
                          </button>
                          <span className="flex gap-2">
                            <button
                              type="submit"
                              name="intent"
                              value="up"
                              disabled={i === 0}
                              aria-label={t("promo.admin.entry.upLabel", { name })}
                              className={`${smallButton} border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:opacity-40`}
                            >
                              <span aria-hidden="true">↑&nbsp;</span>
                              {t("promo.admin.entry.up")}
                            </button>
                            <button
                              type="submit"
                              name="intent"
                              value="down"
                              disabled={i === entries.length - 1}
                              aria-label={t("promo.admin.entry.downLabel", { name })}
                              className={`${smallButton} border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:opacity-40`}
                            >
                              <span aria-hidden="true">↓&nbsp;</span>
                              {t("promo.admin.entry.down")}
                            </button>
                            <button
                              type="submit"
                              name="intent"
                              value="remove"
                              aria-label={t("promo.admin.entry.removeLabel", { name })}
                              className={`${smallButton} border-red-300 bg-white text-red-800 hover:bg-red-50`}
                            >
                              {t("promo.admin.entry.remove")}
                            </button>
                          </span>
                        </Form>
                        {errorKey && (
                          <p
                            id={`${codeId}-error`}
                            role="alert"
                            className="mt-1 text-sm font-medium text-red-700"
                          >
                            {t(errorKey)}
                          </p>
                        )}
                      </div>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section
        id="picker"
        aria-labelledby="picker-heading"
        className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="picker-heading" className="text-lg font-bold">
          {t("promo.admin.picker.title")}
        </h2>
        <Form method="get" className="mt-3" preventScrollReset>
          <label htmlFor="picker-q" className="block text-sm font-medium text-stone-800">
            {t("promo.admin.picker.label")}
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="picker-q"
              type="search"
              name="q"
              defaultValue={q}
              key={q}
              maxLength={100}
              autoComplete="off"
              aria-describedby="picker-hint"
              className={`${controlClass} mt-0 flex-1 border-stone-300`}
            />
            <button type="submit" className={primaryButtonClass}>
              {t("promo.admin.picker.search")}
            </button>
          </div>
          <p id="picker-hint" className="mt-1 text-sm text-stone-600">
            {t("promo.admin.picker.hint")}
          </p>
        </Form>
        {q && (
          <div className="mt-4" aria-live="polite">
            {results.length === 0 ? (
              <p className="rounded-lg border border-dashed border-stone-300 p-4 text-stone-700">
                {t("promo.admin.picker.none", { q })}
              </p>
            ) : (
              <>
                <h3 className="sr-only">{t("promo.admin.picker.results", { q })}</h3>
                <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200">
                  {results.map((r) => {
                    const name = pick(lang, r.nameVi, r.nameEn);
                    return (
                      <li
                        key={r.id}
                        className="flex flex-wrap items-center justify-between gap-3 p-3"
                        data-testid="picker-result"
                      >
                        <div className="min-w-0">
                          <p className="flex flex-wrap items-center gap-2 font-semibold">
                            {name}
                            <StarBadge stars={r.stars} />
                          </p>
                          <p className="text-sm text-stone-600">
                            {r.producerName} · {r.provinceName} · {formatVnd(lang, r.priceVnd)} ·{" "}
                            {t("promo.admin.entry.validUntil", {
                              date: formatDate(lang, r.validUntil),
                            })}
                          </p>
                        </div>
                        {r.inCatalogue ? (
                          <span className="text-sm font-semibold text-brand-700">
                            ✓ {t("promo.admin.picker.inCatalogue")}
                          </span>
                        ) : (
                          <Form method="post" preventScrollReset>
                            <input type="hidden" name="productId" value={r.id} />
                            <input type="hidden" name="q" value={q} />
                            <button
                              type="submit"
                              name="intent"
                              value="add"
                              aria-label={t("promo.admin.picker.addLabel", { name })}
                              className={`${smallButton} border-brand-600 bg-white text-brand-800 hover:bg-brand-50`}
                            >
                              + {t("promo.admin.picker.add")}
                            </button>
                          </Form>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </div>
        )}
      </section>
    </>
  );
}
