/**
 * One unit's certificates that expire soon, as a table: product and producer, rating, decision,
 * the days left, and how to reach the producer.
 */
import { Link } from "@remix-run/react";
import { StarBadge } from "~/components/star-badge";
import { DataTable } from "~/components/workspace/data-table";
import { StatusBadge } from "~/components/workspace/status-badge";
import type { ExpiringCertificate } from "~/domain/certificate/expiring.server";
import { formatDate, pick, type Lang, type T } from "~/i18n";
import { daysBetween } from "~/lib/dates";
import { telHref } from "~/lib/tel-href";

export function ExpiringTable({
  t,
  lang,
  unitName,
  unitLevel,
  items,
  today,
}: {
  t: T;
  lang: Lang;
  unitName: string;
  unitLevel: "province" | "commune";
  items: ExpiringCertificate[];
  today: string;
}) {
  return (
    <DataTable
      caption={t("acert.expiring.caption", { unit: unitName })}
      captionHidden
      rows={items}
      rowKey={(c) => c.certificateId}
      empty={t("acert.expiring.empty")}
      columns={[
        {
          key: "product",
          header: t("acert.col.product"),
          rowHeader: true,
          cell: (c) => (
            <>
              <Link
                to={`/admin/products/${c.productId}`}
                className="font-semibold text-brand-700 underline-offset-2 hover:underline"
              >
                {pick(lang, c.productNameVi, c.productNameEn)}
              </Link>
              <span className="block text-xs font-normal text-stone-600">
                {c.producerName}
                {unitLevel === "province" && ` · ${c.communeName}`}
              </span>
            </>
          ),
        },
        {
          key: "stars",
          header: t("acert.col.stars"),
          wide: true,
          cell: (c) => <StarBadge stars={c.stars} />,
        },
        {
          key: "decision",
          header: t("acert.col.decision"),
          wide: true,
          cell: (c) => (
            <>
              {c.decisionNumber}
              <span className="block text-xs text-stone-600">
                {formatDate(lang, c.decisionDate)}
              </span>
            </>
          ),
        },
        {
          key: "until",
          header: t("acert.col.validUntil"),
          cell: (c) => {
            const days = daysBetween(today, c.validUntil);
            return (
              <>
                <span className="block whitespace-nowrap">{formatDate(lang, c.validUntil)}</span>
                <StatusBadge tone={days <= 7 ? "red" : "amber"}>
                  {days === 0
                    ? t("acert.expiring.lastDay")
                    : t("acert.expiring.daysLeft", { days })}
                </StatusBadge>
              </>
            );
          },
        },
        {
          key: "contact",
          header: t("acert.col.contact"),
          wide: true,
          cell: (c) => (
            <>
              {c.producerPhone && (
                <a href={telHref(c.producerPhone)} className="block text-brand-700 underline">
                  {c.producerPhone}
                </a>
              )}
              {c.producerEmail && (
                <a
                  href={`mailto:${c.producerEmail}`}
                  className="block break-all text-brand-700 underline"
                >
                  {c.producerEmail}
                </a>
              )}
              {!c.producerPhone && !c.producerEmail && "–"}
            </>
          ),
        },
      ]}
    />
  );
}
