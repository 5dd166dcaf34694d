/**
 * The checkout form: who receives the parcel, where (province, then its communes: without
 * JavaScript the "show communes" button reloads the page with them) and how to pay. Choosing
 * the province also brings the server's quote; the form carries the total it showed, and the
 * order is placed only at that total. Enter shows the total first, and places the order once
 * a total is shown.
 */
import { Form } from "@remix-run/react";
import { errorText, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { PlacePicker } from "~/components/form/place-picker";
import { DefaultSubmit, SubmitButton } from "~/components/form/submit-button";
import { PrivacyConsentCheckbox } from "~/components/legal/consent-checkbox";
import { CONSENT_VALUE } from "~/domain/legal/schemas";
import type { FieldErrors } from "~/domain/account/schemas";
import { paymentRule, type PaymentMethod } from "~/domain/payment/methods";
import type { CommuneSummary, ProvinceSummary } from "~/domain/place/places.server";
import { formatVnd, type MessageKey, type Params } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { AgeConfirmation } from "./age-confirmation";

export type CheckoutFormError = { key: MessageKey; params?: Params } | null;

export function CheckoutForm({
  provinces,
  communes,
  values,
  errors,
  formError,
  payments,
  transferBlockedBy = [],
  quotedTotalVnd,
  ageCheck = false,
}: {
  provinces: ProvinceSummary[];
  communes: CommuneSummary[];
  values: Record<string, string>;
  errors: FieldErrors;
  formError: CheckoutFormError;
  /** The payment methods this installation offers, cash on delivery first. */
  payments: PaymentMethod[];
  /** Producers in the cart without a bank account: bank transfer is shown but not offered. */
  transferBlockedBy?: string[];
  /** The grand total the summary shows for the chosen province; null before one is chosen. */
  quotedTotalVnd: number | null;
  /** The cart holds a drink of 15% alcohol or more: ask for the buyer's age (decision 0027). */
  ageCheck?: boolean;
}) {
  const { t, lang } = useT();
  const err = errorText(t, errors);
  const field = (
    name: "name" | "phone" | "street",
    label: MessageKey,
    type: "text" | "tel",
    autoComplete: string,
  ) => (
    <TextField
      id={`checkout-${name}`}
      name={name}
      label={t(label)}
      type={type}
      autoComplete={autoComplete}
      defaultValue={values[name]}
      error={err(name)}
      required
    />
  );

  return (
    <Form
      method="post"
      noValidate
      className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      {quotedTotalVnd === null ? (
        <DefaultSubmit intent="province" label={t("shipping.checkout.seeTotal")} />
      ) : (
        <DefaultSubmit intent="place" label={t("orders.checkout.submit")} />
      )}
      <input type="hidden" name="quotedTotalVnd" value={quotedTotalVnd ?? ""} />
      {formError && <FormAlert>{t(formError.key, formError.params)}</FormAlert>}
      <h2 className="mb-4 text-lg font-bold">{t("orders.checkout.delivery")}</h2>
      {field("name", "orders.checkout.name", "text", "name")}
      {field("phone", "orders.checkout.phone", "tel", "tel")}
      {/* Optional: without it the guest keeps the order number and the link, and can look the
          order up by phone + number (decision 0025). */}
      <TextField
        id="checkout-email"
        name="email"
        label={t("orders.checkout.email")}
        optional={t("orders.checkout.emailOptional")}
        hint={t("orders.checkout.emailHint")}
        type="email"
        autoComplete="email"
        defaultValue={values.email}
        error={err("email")}
      />
      <PlacePicker
        provinces={provinces}
        communes={communes}
        provinceValue={values.provinceCode}
        communeValue={values.communeCode}
        errors={{ province: err("provinceCode"), commune: err("communeCode") }}
        ids={{ province: "checkout-province", commune: "checkout-commune" }}
      />
      {/* The house number and street is one line of the address: "street-address" is the
          whole address, for a <textarea> only (HTML autofill). */}
      {field("street", "orders.checkout.street", "text", "address-line1")}
      <fieldset className="mb-6">
        <legend className="text-sm font-medium text-stone-800">
          {t("orders.checkout.payment")}
        </legend>
        {payments.map((method) => {
          const blocked = method === "transfer" && transferBlockedBy.length > 0;
          return (
            <label
              key={method}
              className={`mt-2 flex min-h-12 flex-wrap items-center gap-x-3 rounded-lg border border-stone-300 px-3 py-2 ${blocked ? "text-stone-500" : ""}`}
            >
              <input
                type="radio"
                name="payment"
                value={method}
                disabled={blocked}
                aria-describedby={blocked ? "payment-transfer-blocked" : undefined}
                defaultChecked={!blocked && (values.payment || payments[0]) === method}
              />
              {t(paymentRule(method).labelKey)}
              {blocked && (
                <span id="payment-transfer-blocked" className="basis-full pl-7 text-sm">
                  {t("transfer.checkout.unavailable", {
                    producers: transferBlockedBy.join(", "),
                  })}
                </span>
              )}
            </label>
          );
        })}
        {errors.payment && (
          <p id="payment-error" className="mt-1 text-sm font-medium text-red-700">
            {t(errors.payment)}
          </p>
        )}
      </fieldset>
      {ageCheck && (
        <AgeConfirmation checked={values.ageConfirmed === "on"} error={errors.ageConfirmed} />
      )}
      {quotedTotalVnd !== null && (
        <p className="mb-3 text-lg font-bold" data-testid="checkout-total-to-pay">
          {t("shipping.checkout.totalToPay", { total: formatVnd(lang, quotedTotalVnd) })}
        </p>
      )}
      <PrivacyConsentCheckbox
        checked={values.privacyConsent === CONSENT_VALUE}
        error={err("privacyConsent")}
      />
      <SubmitButton intent="place">{t("orders.checkout.submit")}</SubmitButton>
    </Form>
  );
}
