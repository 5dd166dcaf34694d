/**
 * The consent box of the sign-up and checkout forms (decision 0028): never ticked for the
 * person (Decree 13/2023/NĐ-CP: silence or a pre-ticked box is no consent), the privacy notice
 * one click away in a new tab so the form keeps what was typed, the error tied to the box.
 */
import { Link } from "@remix-run/react";
import { legalPath, PRIVACY_CODE } from "~/domain/legal/codes";
import { CONSENT_VALUE } from "~/domain/legal/schemas";
import { useT } from "~/i18n/use-t";

export function PrivacyConsentCheckbox({
  checked,
  error,
  id = "field-privacyConsent",
}: {
  /** What the person ticked before the form came back with another field's error. */
  checked?: boolean;
  error?: string;
  id?: string;
}) {
  const { t } = useT();
  return (
    <div className="mb-4">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name="privacyConsent"
          value={CONSENT_VALUE}
          defaultChecked={checked ?? false}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="text-sm text-stone-800">
          {t("legal.consent.label")}
        </label>
      </div>
      <p className="mt-1 pl-8 text-sm">
        <Link
          to={legalPath(PRIVACY_CODE)}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {t("legal.consent.read")}
        </Link>
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
