/** The account page's record of the consents given to the privacy notice (decision 0028). */
import { Link } from "@remix-run/react";
import type { AccountConsent } from "~/domain/legal/consents.server";
import { legalPath, PRIVACY_CODE } from "~/domain/legal/codes";
import { formatDate } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function AccountConsents({ consents }: { consents: AccountConsent[] }) {
  const { t, lang } = useT();
  return (
    <section className="mt-8" aria-labelledby="consents-heading">
      <h2 id="consents-heading" className="text-xl font-bold">
        {t("legal.account.title")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {t("legal.account.intro")}{" "}
        <Link to={legalPath(PRIVACY_CODE)} className="font-medium text-brand-700 underline">
          {t("legal.link.privacy")}
        </Link>
      </p>
      {consents.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
          {t("legal.account.empty")}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white text-sm shadow-sm">
          {consents.map((c, i) => (
            <li key={i} className="p-4" data-testid="privacy-consent">
              <p className="font-semibold text-stone-900">
                {c.context === "signup" || c.orderNumber === null
                  ? t("legal.account.signup")
                  : t("legal.account.checkout", { order: c.orderNumber })}
              </p>
              <p className="text-stone-700">
                <Link
                  to={`${legalPath(PRIVACY_CODE)}?version=${c.documentVersion}`}
                  className="text-brand-700 underline"
                >
                  {t("legal.account.version", { version: c.documentVersion })}
                </Link>
                {" · "}
                {t("legal.account.when", {
                  date: formatDate(lang, c.givenOn),
                  time: c.givenTime,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
