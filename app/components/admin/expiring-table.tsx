/**
 * One unit's certificates that expire soon, as a table: product and producer, rating, decision,
 * the days left, how to reach the producer, and which expiry notices went out when (the
 * 30- and 7-day emails, the posted letter) with the printable letter.
 */
import { Link } from "@remix-run/react";
import { StarBadge } from "~/components/star-badge";
import { DataTable } from "~/components/workspace/data-table";
import { StatusBadge } from "~/components/workspace/status-badge";
import type { ExpiringCertificate } from "~/domain/certificate/expiring.server";
import { formatDate, pick, type Lang, type T } from "~/i18n";
import { daysBetween } from "~/lib/dates";
import { telHref } from "~/lib/tel-href";
import { EXPIRY_NOTICE_MIN_STARS } from "~/domain/certificate/expiry-notice-rules";
import { formatNoticeTime } from "./expiry-letter";

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
        {
          key: "notices",
          header: t("acert.notice.col"),
          cell: (c) => <NoticeCell t={t} lang={lang} c={c} />,
        },
      ]}
    />
  );
}

/** Who was notified when; the letter for a producer no email reached. */
function NoticeCell({ t, lang, c }: { t: T; lang: Lang; c: ExpiringCertificate }) {
  const lines: { key: string; text: string; warn?: boolean }[] = [];
  for (const [threshold, at, recipients] of [
    [30, c.notice30At, c.notice30Recipients],
    [7, c.notice7At, c.notice7Recipients],
  ] as const) {
    if (!at) continue;
    const when = formatNoticeTime(lang, at);
    lines.push(
      recipients
        ? {
            key: `e${threshold}`,
            text: `${t(threshold === 30 ? "acert.notice.email30" : "acert.notice.email7", { when })} (${t("acert.notice.recipients", { count: recipients })})`,
          }
        : {
            key: `e${threshold}`,
            text: t(threshold === 30 ? "acert.notice.noEmail30" : "acert.notice.noEmail7", {
              when,
            }),
            warn: true,
          },
    );
  }
  if (c.letterPostedAt) {
    lines.push({
      key: "letter",
      text: t("acert.notice.letterPosted", { when: formatNoticeTime(lang, c.letterPostedAt) }),
    });
  }
  const product = pick(lang, c.productNameVi, c.productNameEn);
  return (
    <div data-testid={`notices-${c.certificateId}`} className="text-sm [overflow-wrap:anywhere]">
      {lines.length === 0 ? (
        <span className="block text-stone-600">{t("acert.notice.none")}</span>
      ) : (
        <ul className="space-y-0.5">
          {lines.map((l) => (
            <li key={l.key} className={l.warn ? "text-amber-900" : undefined}>
              {l.text}
            </li>
          ))}
        </ul>
      )}
      {c.stars >= EXPIRY_NOTICE_MIN_STARS && (
        <Link
          to={`/admin/certificates/${c.certificateId}/letter`}
          aria-label={t("acert.notice.letterFor", { product })}
          className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
        >
          {t("acert.notice.letter")}
        </Link>
      )}
    </div>
  );
}
