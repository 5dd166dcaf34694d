/**
 * The public certificate lookup's answer: why check (before any search), a refused query, and
 * the results, each a card that says in words whether the certificate holds today.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { StarBadge } from "~/components/star-badge";
import {
  LOOKUP_LIMIT,
  LOOKUP_MAX_LENGTH,
  LOOKUP_MIN_LENGTH,
  type CertificateLookupResult,
  type LookupStatus,
} from "~/domain/certificate/lookup-query";
import type { lookupCertificates } from "~/domain/certificate/lookup.server";
import { formatDate, formatNumber, pick, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { daysBetween } from "~/lib/dates";

type Lookup = Awaited<ReturnType<typeof lookupCertificates>>;

/** A refused query or the results; nothing before a search (see WhyCheck). */
export function LookupAnswer({ lookup, today }: { lookup: Lookup; today: string }) {
  const { t, lang } = useT();
  return (
    <>
      {lookup.kind === "invalid" && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-800">
          {lookup.reason === "tooLong"
            ? t("certificates.invalid.tooLong", { max: LOOKUP_MAX_LENGTH })
            : t("certificates.invalid.tooShort", { min: LOOKUP_MIN_LENGTH })}
        </p>
      )}
      {lookup.kind === "results" &&
        (lookup.results.length === 0 ? (
          <p className="rounded-lg bg-white p-6 text-stone-700 shadow-sm ring-1 ring-stone-200">
            {t("certificates.results.none", { q: lookup.q })}
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-600">
              {lookup.results.length === 1
                ? t("certificates.results.countOne", { q: lookup.q })
                : t("certificates.results.count", {
                    count: formatNumber(lang, lookup.results.length),
                    q: lookup.q,
                  })}
            </p>
            {lookup.truncated && (
              <p className="mt-1 text-sm font-medium text-amber-800">
                {t("certificates.results.truncated", { limit: LOOKUP_LIMIT })}
              </p>
            )}
            <ol className="mt-4 space-y-4">
              {lookup.results.map((r) => (
                <li key={r.id}>
                  <ResultCard result={r} today={today} />
                </li>
              ))}
            </ol>
          </>
        ))}
    </>
  );
}

export function WhyCheck() {
  const { t } = useT();
  return (
    <section
      aria-labelledby="why-check"
      className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-stone-200 sm:p-6"
    >
      <h2 id="why-check" className="text-xl font-bold">
        {t("certificates.why.title")}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-stone-700">
        <li>{t("certificates.why.complaint")}</li>
        <li>{t("certificates.why.expiry")}</li>
        <li>{t("certificates.why.stars")}</li>
      </ul>
    </section>
  );
}

const STATUS_STYLE: Record<LookupStatus, { box: string; badge: string; icon: string }> = {
  valid: {
    box: "border-l-green-600",
    badge: "bg-green-100 text-green-900 ring-green-600",
    icon: "✓",
  },
  expiring: {
    box: "border-l-amber-500",
    badge: "bg-amber-100 text-amber-900 ring-amber-500",
    icon: "!",
  },
  expired: { box: "border-l-red-600", badge: "bg-red-100 text-red-900 ring-red-600", icon: "✕" },
  revoked: { box: "border-l-red-800", badge: "bg-red-800 text-white ring-red-800", icon: "⊘" },
  superseded: {
    box: "border-l-stone-400",
    badge: "bg-stone-200 text-stone-800 ring-stone-400",
    icon: "↻",
  },
};

function statusLabel(t: T, status: LookupStatus): string {
  switch (status) {
    case "valid":
      return t("certificates.status.valid");
    case "expiring":
      return t("certificates.status.expiring");
    case "expired":
      return t("certificates.status.expired");
    case "revoked":
      return t("certificates.status.revoked");
    case "superseded":
      return t("certificates.status.superseded");
  }
}

function ResultCard({ result: r, today }: { result: CertificateLookupResult; today: string }) {
  const { t, lang } = useT();
  const style = STATUS_STYLE[r.status];
  const productName = pick(lang, r.product.nameVi, r.product.nameEn);
  const validUntil = formatDate(lang, r.validUntil);
  const explanation = (() => {
    switch (r.status) {
      case "valid":
        return t("certificates.explain.valid", { date: validUntil });
      case "expiring": {
        const days = daysBetween(today, r.validUntil);
        return days === 1
          ? t("certificates.explain.expiringOneDay", { date: validUntil })
          : t("certificates.explain.expiring", { date: validUntil, days });
      }
      case "expired":
        return t("certificates.explain.expired", { date: validUntil });
      case "revoked":
        return t("certificates.explain.revoked");
      case "superseded":
        return r.supersededBy
          ? t("certificates.explain.superseded", {
              number: r.supersededBy.decisionNumber,
              date: formatDate(lang, r.supersededBy.decisionDate),
              stars: r.supersededBy.stars,
            })
          : t("certificates.explain.supersededUnknown");
    }
  })();
  return (
    <article
      className={`rounded-xl border-l-8 bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5 ${style.box}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold leading-snug">
            {r.product.visible ? (
              <Link
                to={`/products/${r.product.slug}`}
                className="text-brand-700 underline-offset-2 hover:underline"
              >
                {productName}
              </Link>
            ) : (
              productName
            )}
          </h2>
          <p className="mt-0.5 text-sm text-stone-600">
            {r.producer.active && r.product.visible ? (
              <Link to={`/producers/${r.producer.slug}`} className="hover:underline">
                {r.producer.name}
              </Link>
            ) : (
              r.producer.name
            )}{" "}
            · {r.producer.provinceName}
          </p>
        </div>
        <span
          className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-bold ring-1 ${style.badge}`}
        >
          <span aria-hidden="true">{style.icon}</span>
          {statusLabel(t, r.status)}
        </span>
      </div>
      <p className="mt-3 font-medium text-stone-900">{explanation}</p>
      {!r.product.visible && (
        <p className="mt-1 text-sm text-stone-600">{t("certificates.productUnavailable")}</p>
      )}
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <Field label={t("certificates.field.decision")}>
          {t("certificates.field.decisionValue", {
            number: r.decisionNumber,
            date: formatDate(lang, r.decisionDate),
          })}
        </Field>
        <Field label={t("certificates.field.issuer")}>{r.issuingBody}</Field>
        <Field label={t("certificates.field.validUntil")}>{validUntil}</Field>
        <Field label={t("certificates.field.stars")}>
          <StarBadge stars={r.stars} />
          {r.proposedForFive && (
            <span className="mt-1 block font-semibold text-amber-800">
              {t("ocop.potentialFive", { stars: r.stars })}
            </span>
          )}
        </Field>
        {r.status === "revoked" && r.revokedBy && (
          <>
            <Field label={t("certificates.field.revokedBy")}>
              {t("certificates.field.revokedByValue", {
                number: r.revokedBy.decisionNumber,
                date: formatDate(lang, r.revokedBy.decisionDate),
                body: r.revokedBy.issuingBody,
              })}
            </Field>
            <Field label={t("certificates.field.revokedGround")}>
              {pick(lang, r.revokedBy.groundVi, r.revokedBy.groundEn)}
            </Field>
          </>
        )}
        {r.status === "revoked" && !r.revokedBy && r.revokedReason && (
          <Field label={t("certificates.field.revokedReason")}>{r.revokedReason}</Field>
        )}
      </dl>
    </article>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-stone-500">{label}</dt>
      <dd className="font-medium text-stone-900">{children}</dd>
    </div>
  );
}
