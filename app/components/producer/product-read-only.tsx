/**
 * What the OCOP office keeps about a producer's product, shown read-only beside the listing:
 * name and group, the certificate (stars, decision, validity) and the producer's legal data.
 */
import type { ReactNode } from "react";
import { StarBadge } from "~/components/star-badge";
import { StatusBadge, type BadgeTone } from "~/components/workspace/status-badge";
import type { LookupStatus } from "~/domain/certificate/lookup-query";
import type { ProducerProductDetail } from "~/domain/product/listing.server";
import { legalFormLabel } from "~/domain/producer/legal-form";
import type { WorkspaceProducer } from "~/domain/producer/overview.server";
import { formatDate, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

const CERT_TONES: Record<LookupStatus, BadgeTone> = {
  valid: "green",
  expiring: "amber",
  expired: "red",
  revoked: "red",
  superseded: "stone",
};

function Term({ children }: { children: ReactNode }) {
  return <dt className="text-sm font-medium text-stone-600">{children}</dt>;
}

export type ReadOnlyProducer = Pick<
  WorkspaceProducer,
  "legalForm" | "addressPrinted" | "representative"
> & {
  place: string;
};

export function ProductReadOnly({
  product,
  certificateStatus,
  producer,
}: {
  product: Pick<
    ProducerProductDetail,
    "nameVi" | "nameEn" | "groupVi" | "groupEn" | "setVi" | "setEn" | "certificate"
  >;
  certificateStatus: LookupStatus | null;
  producer: ReadOnlyProducer;
}) {
  const { t, lang } = useT();
  const name = pick(lang, product.nameVi, product.nameEn);
  const cert = product.certificate;
  return (
    <aside aria-labelledby="readonly-heading" className="space-y-4">
      <div className="rounded-xl border border-stone-200 bg-stone-50 p-5">
        <h2 id="readonly-heading" className="text-lg font-bold">
          {t("pws.product.readOnlyHeading")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("pws.product.readOnlyHint")}</p>
        <dl className="mt-4 space-y-3">
          <div>
            <Term>{t("pws.product.name")}</Term>
            <dd className="font-semibold">{name}</dd>
          </div>
          <div>
            <Term>{t("pws.product.group")}</Term>
            <dd>
              {pick(lang, product.groupVi, product.groupEn)} ·{" "}
              {pick(lang, product.setVi, product.setEn)}
            </dd>
          </div>
        </dl>
      </div>

      <section
        aria-labelledby="cert-heading"
        className="rounded-xl border border-stone-200 bg-stone-50 p-5"
        data-testid="readonly-certificate"
      >
        <h3 id="cert-heading" className="font-bold">
          {t("pws.cert.heading")}
        </h3>
        {cert && certificateStatus ? (
          <dl className="mt-3 space-y-3">
            <div>
              <Term>{t("pws.cert.stars")}</Term>
              <dd className="mt-1">
                <StarBadge stars={cert.stars} />
              </dd>
            </div>
            {cert.score !== null && (
              <div>
                <Term>{t("pws.cert.score")}</Term>
                <dd>{cert.score}/100</dd>
              </div>
            )}
            <div>
              <Term>{t("pws.cert.decision")}</Term>
              <dd>
                {cert.decisionNumber} · {formatDate(lang, cert.decisionDate)}
              </dd>
            </div>
            <div>
              <Term>{t("pws.cert.issuer")}</Term>
              <dd>{cert.issuingBody}</dd>
            </div>
            <div>
              <Term>{t("pws.cert.validUntil")}</Term>
              <dd className="flex flex-wrap items-center gap-2">
                {formatDate(lang, cert.validUntil)}
                <StatusBadge tone={CERT_TONES[certificateStatus]}>
                  {t(`pws.cert.status.${certificateStatus}`)}
                </StatusBadge>
              </dd>
            </div>
            <div>
              <Term>{t("pws.cert.legalBasis")}</Term>
              <dd className="text-sm">{pick(lang, cert.legalBasisVi, cert.legalBasisEn)}</dd>
            </div>
          </dl>
        ) : (
          <p className="mt-2 text-sm text-stone-700">{t("pws.cert.none")}</p>
        )}
      </section>

      <section
        aria-labelledby="producer-heading"
        className="rounded-xl border border-stone-200 bg-stone-50 p-5"
      >
        <h3 id="producer-heading" className="font-bold">
          {t("pws.producer.heading")}
        </h3>
        <dl className="mt-3 space-y-3">
          <div>
            <Term>{t("pws.producer.legalForm")}</Term>
            <dd>{legalFormLabel(t, producer.legalForm)}</dd>
          </div>
          <div>
            <Term>{t("pws.producer.place")}</Term>
            <dd>{producer.place}</dd>
          </div>
          <div>
            <Term>{t("pws.producer.address")}</Term>
            <dd>{producer.addressPrinted}</dd>
          </div>
          {producer.representative && (
            <div>
              <Term>{t("pws.producer.representative")}</Term>
              <dd>{producer.representative}</dd>
            </div>
          )}
        </dl>
      </section>
    </aside>
  );
}
