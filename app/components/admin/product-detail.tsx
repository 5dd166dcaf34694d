/**
 * The official's product page, read side: whether the public sees the product (and why not),
 * the certificate's facts, the product's facts and the past certificates.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { certStatusLabel, levelLabel } from "~/components/admin/certificate-bits";
import { StarBadge } from "~/components/star-badge";
import { StatusBadge } from "~/components/workspace/status-badge";
import type { AdminCertificate, AdminProductDetail } from "~/domain/product/register.server";
import { legalFormLabel } from "~/domain/producer/legal-form";
import {
  formatDate,
  formatNumber,
  formatVnd,
  pick,
  type Lang,
  type MessageKey,
  type T,
} from "~/i18n";
import { dayInVietnam } from "~/lib/dates";

/** The loader's detail after JSON (dates as strings). */
type Detail = Omit<AdminProductDetail, "certificates" | "active"> & {
  certificates: Cert[];
  active: Cert | null;
};
type Cert = Omit<AdminCertificate, "revokedAt"> & { revokedAt: Date | string | null };

function hiddenReason(
  d: Pick<Detail, "visible" | "producer" | "product" | "active" | "state">,
): { key: MessageKey; stars?: number } | null {
  if (d.visible) return null;
  if (d.producer.status !== "active") return { key: "acert.detail.hidden.suspended" };
  if (d.product.listingStatus !== "listed")
    return d.product.priceVnd === 0 || d.product.unitVi === ""
      ? { key: "acert.detail.hidden.incomplete" }
      : { key: "acert.detail.hidden.unlisted" };
  if (d.active && d.active.stars < 3)
    return { key: "acert.detail.hidden.lowStars", stars: d.active.stars };
  if (d.state === "expired") return { key: "acert.detail.hidden.expired" };
  if (d.state === "revoked") return { key: "acert.detail.hidden.revoked" };
  return { key: "acert.detail.hidden.none" };
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-stone-600">{term}</dt>
      <dd className="mb-2 min-w-0 break-words text-stone-900 sm:mb-0">{children}</dd>
    </>
  );
}

export function CertificateFacts({
  t,
  lang,
  c,
  byId,
}: {
  t: T;
  lang: Lang;
  c: Cert;
  byId: Map<number, Cert>;
}) {
  const next = c.supersededById ? byId.get(c.supersededById) : undefined;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <Row term={t("acert.cert.stars")}>
        <StarBadge stars={c.stars} />
        {c.proposedForFive && (
          <span className="ml-2 text-sm font-semibold text-amber-800">
            {t("ocop.potentialFive", { stars: c.stars })}
          </span>
        )}
        {!c.achieved && (
          <span className="ml-2 text-sm font-semibold text-red-700">{t("ocop.notAchieved")}</span>
        )}
        <span className="ml-2 text-sm text-stone-700">
          {c.score === null
            ? t("acert.cert.noScore")
            : `${t("acert.cert.score")}: ${formatNumber(lang, c.score)}/100`}
        </span>
      </Row>
      <Row term={t("acert.cert.decision")}>
        {t("acert.cert.decisionValue", {
          number: c.decisionNumber ?? t("ocop.noDecisionNumber"),
          date: formatDate(lang, c.decisionDate),
        })}
      </Row>
      <Row term={t("acert.cert.issuer")}>
        {c.issuingBody}
        <span className="block text-sm text-stone-600">{levelLabel(t, c.issuingLevel)}</span>
      </Row>
      <Row term={t("acert.cert.validUntil")}>
        {t("acert.cert.validUntilComputed", { date: formatDate(lang, c.validUntil) })}
      </Row>
      <Row term={t("acert.cert.basis")}>
        <span className="text-sm">{pick(lang, c.legalBasisNameVi, c.legalBasisNameEn)}</span>
      </Row>
      {c.addressPrinted && <Row term={t("acert.cert.address")}>{c.addressPrinted}</Row>}
      {c.status === "revoked" && c.revokedReason && (
        <Row term={t("acert.cert.revokedReason")}>
          {c.revokedAt
            ? t("acert.cert.revokedOn", {
                date: formatDate(lang, vietnamDate(c.revokedAt)),
                reason: c.revokedReason,
              })
            : c.revokedReason}
        </Row>
      )}
      {next && (
        <Row term={t("acert.status.superseded")}>
          {t("acert.cert.decisionValue", {
            number: next.decisionNumber ?? t("ocop.noDecisionNumber"),
            date: formatDate(lang, next.decisionDate),
          })}
        </Row>
      )}
    </dl>
  );
}

/** A timestamp (a Date, or its JSON string after the loader) as the calendar day in Vietnam. */
function vietnamDate(at: Date | string): string {
  return dayInVietnam(new Date(at));
}

export function VisibilityNote({ t, detail }: { t: T; detail: Detail }) {
  const hidden = hiddenReason(detail);
  const { product } = detail;
  return (
    <section
      aria-labelledby="visibility"
      className={`rounded-xl border p-4 text-sm ${detail.visible ? "border-brand-200 bg-brand-50 text-brand-900" : "border-stone-300 bg-stone-50 text-stone-800"}`}
    >
      <h2 id="visibility" className="sr-only">
        {detail.visible ? t("acert.list.public") : t("acert.list.hidden")}
      </h2>
      {hidden ? (
        <p>{t(hidden.key, hidden.stars ? { stars: hidden.stars } : undefined)}</p>
      ) : (
        <p>
          {t("acert.detail.visible")}{" "}
          <Link
            to={`/products/${product.slug}`}
            className="font-semibold underline underline-offset-2"
          >
            {t("acert.detail.viewPublic")}
          </Link>
        </p>
      )}
    </section>
  );
}

export function ProductFacts({ t, lang, detail }: { t: T; lang: Lang; detail: Detail }) {
  const { product, producer } = detail;
  return (
    <section
      aria-labelledby="product-facts"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="product-facts" className="mb-4 text-lg font-bold">
        {t("acert.detail.sectionProduct")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <Row term={t("acert.detail.producer")}>
          <Link
            to={`/admin/producers/${producer.id}`}
            className="font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            {producer.name}
          </Link>
          <span className="block text-sm text-stone-600">
            {legalFormLabel(t, producer.legalForm)}
            {producer.status !== "active" && ` · ${t("acert.producer.suspended")}`}
          </span>
        </Row>
        <Row term={t("acert.detail.place")}>
          {producer.communeName}, {producer.provinceName}
        </Row>
        <Row term={t("acert.detail.set")}>
          {[
            ...new Set([
              pick(lang, detail.set.groupNameVi, detail.set.groupNameEn),
              pick(lang, detail.set.nameVi, detail.set.nameEn),
            ]),
          ].join(" · ")}
        </Row>
        <Row term={t("acert.detail.price")}>
          {product.priceVnd === 0 ? "–" : formatVnd(lang, product.priceVnd)}
        </Row>
        <Row term={t("acert.detail.unit")}>{pick(lang, product.unitVi, product.unitEn) || "–"}</Row>
        <Row term={t("acert.detail.stock")}>{formatNumber(lang, product.stock)}</Row>
        <Row term={t("acert.detail.listing")}>
          {product.listingStatus === "listed"
            ? t("acert.listing.listed")
            : t("acert.listing.unlisted")}
        </Row>
      </dl>
    </section>
  );
}

export function CertificateHistory({
  t,
  lang,
  past,
  byId,
}: {
  t: T;
  lang: Lang;
  past: Cert[];
  byId: Map<number, Cert>;
}) {
  if (past.length === 0) return null;
  return (
    <section aria-labelledby="history">
      <h2 id="history" className="mb-3 text-lg font-bold">
        {t("acert.detail.history")}
      </h2>
      <ol className="space-y-3" aria-label={t("acert.detail.historyCaption")}>
        {past.map((c) => (
          <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="mb-3">
              <StatusBadge tone={c.status === "revoked" ? "red" : "stone"}>
                {certStatusLabel(t, c.status)}
              </StatusBadge>
            </p>
            <CertificateFacts t={t} lang={lang} c={c} byId={byId} />
          </li>
        ))}
      </ol>
    </section>
  );
}
