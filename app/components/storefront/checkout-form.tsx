/**
 * The checkout form: who receives the parcel, where (province, then its communes: without
 * JavaScript the "show communes" button reloads the page with them) and how to pay.
 */
import { Form, useSubmit } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import type { FieldErrors } from "~/domain/account/schemas";
import type { CommuneSummary, ProvinceSummary } from "~/domain/place/places.server";
import type { MessageKey, Params } from "~/i18n";
import { useT } from "~/i18n/use-t";

const inputClass = "mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base";

export type CheckoutFormError = { key: MessageKey; params?: Params } | null;

export function CheckoutForm({
  provinces,
  communes,
  values,
  errors,
  formError,
  cardEnabled,
}: {
  provinces: ProvinceSummary[];
  communes: CommuneSummary[];
  values: Record<string, string>;
  errors: FieldErrors;
  formError: CheckoutFormError;
  cardEnabled: boolean;
}) {
  const { t } = useT();
  const submit = useSubmit();
  const err = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700">
        {t(errors[name])}
      </p>
    ) : null;
  const field = (
    name: "name" | "phone" | "email" | "street",
    label: MessageKey,
    type: string,
    autoComplete: string,
  ) => (
    <div className="mb-4">
      <label htmlFor={`checkout-${name}`} className="block text-sm font-medium text-stone-800">
        {t(label)}
      </label>
      <input
        id={`checkout-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={values[name]}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className={`${inputClass} ${errors[name] ? "border-red-500" : "border-stone-300"}`}
      />
      {err(name)}
    </div>
  );

  return (
    <Form
      method="post"
      noValidate
      className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      {formError && <FormAlert>{t(formError.key, formError.params)}</FormAlert>}
      <h2 className="mb-4 text-lg font-bold">{t("orders.checkout.delivery")}</h2>
      {field("name", "orders.checkout.name", "text", "name")}
      {field("phone", "orders.checkout.phone", "tel", "tel")}
      {field("email", "orders.checkout.email", "email", "email")}
      <div className="mb-4">
        <label htmlFor="checkout-province" className="block text-sm font-medium text-stone-800">
          {t("orders.checkout.province")}
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id="checkout-province"
            name="provinceCode"
            defaultValue={values.provinceCode ?? ""}
            required
            aria-invalid={errors.provinceCode ? true : undefined}
            aria-describedby={errors.provinceCode ? "provinceCode-error" : undefined}
            className={`${inputClass} basis-full sm:basis-0 sm:flex-1 ${errors.provinceCode ? "border-red-500" : "border-stone-300"}`}
            onChange={(e) => {
              const f = e.currentTarget.form;
              if (!f) return;
              const fd = new FormData(f);
              fd.set("intent", "province");
              submit(fd, { method: "post", replace: true, preventScrollReset: true });
            }}
          >
            <option value="">{t("orders.checkout.chooseProvince")}</option>
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
            className="mt-1 min-h-12 rounded-lg border border-stone-300 px-3 text-sm font-semibold"
          >
            {t("orders.checkout.showCommunes")}
          </button>
        </div>
        {err("provinceCode")}
      </div>
      <div className="mb-4">
        <label htmlFor="checkout-commune" className="block text-sm font-medium text-stone-800">
          {t("orders.checkout.commune")}
        </label>
        <select
          id="checkout-commune"
          key={values.provinceCode ?? ""}
          name="communeCode"
          defaultValue={values.communeCode ?? ""}
          required
          aria-invalid={errors.communeCode ? true : undefined}
          aria-describedby={errors.communeCode ? "communeCode-error" : undefined}
          className={`${inputClass} ${errors.communeCode ? "border-red-500" : "border-stone-300"}`}
        >
          <option value="">{t("orders.checkout.chooseCommune")}</option>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {err("communeCode")}
      </div>
      {/* The house number and street is one line of the address: "street-address" is the
          whole address, for a <textarea> only (HTML autofill). */}
      {field("street", "orders.checkout.street", "text", "address-line1")}
      <fieldset className="mb-6">
        <legend className="text-sm font-medium text-stone-800">
          {t("orders.checkout.payment")}
        </legend>
        <label className="mt-2 flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 px-3">
          <input
            type="radio"
            name="payment"
            value="cod"
            defaultChecked={values.payment !== "card"}
          />
          {t("orders.checkout.cod")}
        </label>
        {cardEnabled && (
          <label className="mt-2 flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 px-3">
            <input
              type="radio"
              name="payment"
              value="card"
              defaultChecked={values.payment === "card"}
            />
            {t("payments.checkout.card")}
          </label>
        )}
        {err("payment")}
      </fieldset>
      <button
        type="submit"
        name="intent"
        value="place"
        className="min-h-12 w-full rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
      >
        {t("orders.checkout.submit")}
      </button>
    </Form>
  );
}
