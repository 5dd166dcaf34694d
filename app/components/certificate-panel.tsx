import type { ProductPageVisible } from "~/domain/catalog/catalog.server";
import { daysBetween } from "~/lib/dates";
import { formatDate, pick, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { StarBadge } from "./star-badge";

/** The issuer warns producers this many days before a certificate runs out; so do we. */
export const EXPIRY_NOTICE_DAYS = 30;

function levelLabel(t: T, level: ProductPageVisible["certificate"]["issuingLevel"]): string {
  switch (level) {
    case "ministry":
      return t("catalog.cert.level.ministry");
    case "province":
      return t("catalog.cert.level.province");
    case "district":
      return t("catalog.cert.level.district");
  }
}

function statusLabel(t: T, status: ProductPageVisible["history"][number]["status"]): string {
  switch (status) {
    case "superseded":
      return t("catalog.cert.status.superseded");
    case "revoked":
      return t("catalog.cert.status.revoked");
    case "active":
      return t("catalog.cert.status.active");
  }
}

/**
 * What the certificate says, with the dates that matter to a buyer: consumers' main
 * complaint is expired certificates, so validity is stated plainly and a near end is flagged.
 */
export function CertificatePanel({
  certificate,
  legalBasis,
  history,
  today,
}: {
  certificate: ProductPageVisible["certificate"];
  legalBasis: ProductPageVisible["legalBasis"];
  history: ProductPageVisible["history"];
  /** YYYY-MM-DD in Vietnam, from the server, so the notice matches what was decided there. */
  today: string;
}) {
  const { t, lang } = useT();
  const daysLeft = daysBetween(today, certificate.validUntil);
  const validUntil = formatDate(lang, certificate.validUntil);
  return (
    <section
      aria-labelledby="certificate-title"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200 sm:p-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="certificate-title" className="text-lg font-bold text-stone-900">
          {t("catalog.cert.title")}
        </h2>
        <span className="inline-flex items-center gap-1.5 rounded-full bg-brand-100 px-2.5 py-1 text-xs font-semibold text-brand-900">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4">
            <path
              d="M5 10.5l3 3 7-7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {t("catalog.cert.valid")}
        </span>
      </div>
      <div className="mt-3">
        <StarBadge stars={certificate.stars} size="lg" />
        {certificate.proposedForFive ? (
          <p className="mt-2 text-sm font-semibold text-amber-800" data-testid="potential-five">
            {t("ocop.potentialFive", { stars: certificate.stars })}
          </p>
        ) : null}
      </div>
      {daysLeft <= EXPIRY_NOTICE_DAYS ? (
        <p
          role="status"
          className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900"
        >
          {daysLeft <= 0
            ? t("catalog.cert.expiresToday", { date: validUntil })
            : daysLeft === 1
              ? t("catalog.cert.expiresTomorrow", { date: validUntil })
              : t("catalog.cert.expiresSoon", { days: daysLeft, date: validUntil })}
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-stone-600">{t("catalog.cert.decision")}</dt>
          <dd className="font-semibold text-stone-900">{certificate.decisionNumber}</dd>
        </div>
        <div>
          <dt className="text-stone-600">{t("catalog.cert.decisionDate")}</dt>
          <dd className="font-semibold text-stone-900">
            {formatDate(lang, certificate.decisionDate)}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-stone-600">{t("catalog.cert.issuer")}</dt>
          <dd className="font-semibold text-stone-900">
            {certificate.issuingBody}{" "}
            <span className="font-normal text-stone-700">
              ({levelLabel(t, certificate.issuingLevel)})
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">{t("catalog.cert.validUntil")}</dt>
          <dd className="font-semibold text-stone-900">
            <time dateTime={certificate.validUntil}>{validUntil}</time>
          </dd>
        </div>
        {certificate.score !== null ? (
          <div>
            <dt className="text-stone-600">{t("catalog.cert.score")}</dt>
            <dd className="font-semibold text-stone-900">
              {t("catalog.cert.scoreValue", { score: certificate.score })}
            </dd>
          </div>
        ) : null}
        <div className="sm:col-span-2">
          <dt className="text-stone-600">{t("catalog.cert.legalBasis")}</dt>
          <dd className="text-stone-900">{pick(lang, legalBasis.nameVi, legalBasis.nameEn)}</dd>
        </div>
      </dl>
      {history.length > 0 ? (
        <details className="mt-5 border-t border-stone-200 pt-4 text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">
            {t("catalog.cert.history")} ({history.length})
          </summary>
          <ul className="mt-3 space-y-2">
            {history.map((h) => (
              <li key={h.id} className="flex flex-wrap justify-between gap-2 text-stone-700">
                <span>
                  {t("catalog.cert.historyEntry", {
                    stars: h.stars,
                    number: h.decisionNumber,
                    from: formatDate(lang, h.decisionDate),
                    to: formatDate(lang, h.validUntil),
                  })}
                </span>
                <span className="font-medium text-stone-800">{statusLabel(t, h.status)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
