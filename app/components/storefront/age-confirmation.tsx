/**
 * "I confirm I am 18 or older": asked at checkout when the cart holds a drink of 15% alcohol or
 * more (Law 44/2019/QH14, decision 0027). placeOrder refuses such an order without it, so the
 * box is a question the server enforces, not a decoration.
 */
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function AgeConfirmation({ checked, error }: { checked: boolean; error?: MessageKey }) {
  const { t } = useT();
  return (
    <fieldset
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3"
      data-testid="checkout-age-check"
    >
      <legend className="px-1 text-sm font-medium text-stone-800">
        {t("alcohol.checkout.legend")}
      </legend>
      <p id="checkout-age-why" className="text-sm text-stone-700">
        {t("alcohol.checkout.why")}
      </p>
      <label className="mt-2 flex min-h-12 items-center gap-3 font-medium text-stone-900">
        <input
          type="checkbox"
          id="checkout-ageConfirmed"
          name="ageConfirmed"
          defaultChecked={checked}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "checkout-age-why ageConfirmed-error" : "checkout-age-why"}
          className="size-5"
        />
        {t("alcohol.checkout.confirm")}
      </label>
      {error && (
        <p id="ageConfirmed-error" className="mt-1 text-sm font-medium text-red-700">
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}
