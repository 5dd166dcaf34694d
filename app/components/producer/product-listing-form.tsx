/**
 * The listing part of a producer's product: price, stock, unit, descriptions and whether it
 * is on sale. The office's data (name, stars, certificate) is not here: it is read-only.
 */
import { Form } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { TextAreaField, TextField } from "~/components/form/field";
import { primaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import type { PRODUCT_EDIT_FIELDS } from "~/domain/product/listing-schema";
import type { ProducerProductDetail } from "~/domain/product/listing.server";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";

type Listing = Pick<
  ProducerProductDetail,
  | "priceVnd"
  | "stock"
  | "packedWeightGrams"
  | "alcoholPercent"
  | "unitVi"
  | "unitEn"
  | "descriptionVi"
  | "descriptionEn"
  | "listingStatus"
>;

export function ProductListingForm({
  product,
  here,
  version,
  errors,
  values,
  formError,
}: {
  product: Listing;
  here: string;
  /** Remounts the form after a save, so its fields show what was stored. */
  version: string;
  errors: FieldErrors;
  /** What was sent, shown again with the errors; undefined shows what is stored. */
  values: Record<string, string> | undefined;
  formError: MessageKey | undefined;
}) {
  const { t } = useT();
  const err = (field: string) => {
    const k = errors[field];
    return k ? t(k) : undefined;
  };
  const v = (field: (typeof PRODUCT_EDIT_FIELDS)[number], fallback: string | number | null) =>
    values?.[field] ?? (fallback === null ? "" : String(fallback));
  const listing = v("listingStatus", product.listingStatus);
  return (
    <section
      aria-labelledby="listing-heading"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="listing-heading" className="mb-4 text-lg font-bold">
        {t("pws.product.listingHeading")}
      </h2>
      {formError && <FormAlert>{t(formError)}</FormAlert>}
      <Form key={version} method="post" action={here} noValidate>
        <input type="hidden" name="intent" value="save" />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="priceVnd"
            label={t("pws.field.priceVnd")}
            hint={t("pws.field.priceVndHint")}
            inputMode="numeric"
            defaultValue={v("priceVnd", product.priceVnd)}
            error={err("priceVnd")}
            required
          />
          <TextField
            name="stock"
            label={t("pws.field.stock")}
            hint={t("pws.field.stockHint")}
            inputMode="numeric"
            defaultValue={v("stock", product.stock)}
            error={err("stock")}
            required
          />
          <TextField
            name="packedWeightGrams"
            label={t("pws.field.packedWeightGrams")}
            hint={t("pws.field.packedWeightGramsHint")}
            inputMode="numeric"
            defaultValue={v("packedWeightGrams", product.packedWeightGrams)}
            error={err("packedWeightGrams")}
            required
          />
          <TextField
            name="alcoholPercent"
            label={t("alcohol.field.label")}
            optional={t("pws.field.optional")}
            hint={t("alcohol.field.hint")}
            inputMode="decimal"
            defaultValue={v("alcoholPercent", product.alcoholPercent)}
            error={err("alcoholPercent")}
          />
          <TextField
            name="unitVi"
            label={t("pws.field.unitVi")}
            hint={t("pws.field.unitViHint")}
            defaultValue={v("unitVi", product.unitVi)}
            error={err("unitVi")}
            maxLength={60}
            required
          />
          <TextField
            name="unitEn"
            label={t("pws.field.unitEn")}
            optional={t("pws.field.optional")}
            defaultValue={v("unitEn", product.unitEn)}
            error={err("unitEn")}
            maxLength={60}
          />
        </div>
        <TextAreaField
          name="descriptionVi"
          label={t("pws.field.descriptionVi")}
          rows={6}
          defaultValue={v("descriptionVi", product.descriptionVi)}
          error={err("descriptionVi")}
          required
        />
        <TextAreaField
          name="descriptionEn"
          label={t("pws.field.descriptionEn")}
          optional={t("pws.field.optional")}
          rows={6}
          defaultValue={v("descriptionEn", product.descriptionEn)}
          error={err("descriptionEn")}
        />
        <fieldset
          className="mb-5"
          aria-describedby={errors.listingStatus ? "listing-error" : undefined}
        >
          <legend className="text-sm font-medium text-stone-800">
            {t("pws.field.listingStatus")}
          </legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {(["listed", "unlisted"] as const).map((status) => (
              <label
                key={status}
                className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="listingStatus"
                  value={status}
                  defaultChecked={listing === status}
                  className="mt-1 h-4 w-4 accent-brand-600"
                />
                <span>
                  <span className="block font-semibold">{t(`pws.field.${status}`)}</span>
                  <span className="block text-sm text-stone-600">
                    {t(`pws.field.${status}Hint`)}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {errors.listingStatus && (
            <p id="listing-error" className="mt-1 text-sm font-medium text-red-700">
              {t(errors.listingStatus)}
            </p>
          )}
        </fieldset>
        <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
          {t("pws.product.save")}
        </button>
      </Form>
    </section>
  );
}
