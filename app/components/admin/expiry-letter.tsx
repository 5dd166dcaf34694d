/**
 * The printable expiry notice letter (issue 12; Decision 148/QĐ-TTg: notify the producer at
 * least 30 days ahead), for producers without email: an A4 administrative letter from the
 * issuing body, to be signed, stamped and posted. On screen a sheet with a toolbar (print;
 * for officials, "mark as sent by post"); on paper only the sheet (print-letter.css).
 */
import type { LinksFunction } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import type { ExpiryLetter } from "~/domain/certificate/expiry-notices.server";
import { formatDate, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { PrinterIcon } from "~/components/promotion/promo-public";
import printSheetCss from "../print/print-sheet.css?url";
import printLetterCss from "./print-letter.css?url";

export const printLetterLinks: LinksFunction = () => [
  { rel: "stylesheet", href: printSheetCss },
  { rel: "stylesheet", href: printLetterCss },
];

/** "YYYY-MM-DD HH:MI" (Vietnam time) as the reader writes dates. */
export function formatNoticeTime(lang: "vi" | "en", when: string): string {
  const [day = "", time = ""] = when.split(" ");
  return `${time} ${formatDate(lang, day)}`;
}

export function ExpiryLetterPage({
  letter: l,
  backHref,
  canMarkPosted,
}: {
  letter: ExpiryLetter;
  backHref: string;
  /** Officials record the letter as posted; producers only read and print it. */
  canMarkPosted: boolean;
}) {
  const { t, lang } = useT();
  const product = pick(lang, l.productNameVi, l.productNameEn);
  // Who gives notice today (noticeSender on the server): the ministry, or the province.
  const sender = lang === "vi" ? l.senderVi : l.senderEn;
  return (
    <div className="px-3 py-6 sm:px-6 sm:py-8">
      <div
        data-print-hidden
        className="mx-auto mb-5 flex max-w-[210mm] flex-wrap items-start justify-between gap-3"
      >
        <Link
          to={backHref}
          className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t("acert.letter.back")}
        </Link>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <button
            type="button"
            onClick={() => window.print()}
            className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
          >
            <PrinterIcon />
            {t("acert.letter.print")}
          </button>
          <p className="text-xs text-stone-600">{t("acert.letter.printHint")}</p>
          {l.letterPostedAt ? (
            <p role="status" className="text-sm font-medium text-brand-800">
              {t("acert.letter.posted", { when: formatNoticeTime(lang, l.letterPostedAt) })}
            </p>
          ) : (
            canMarkPosted && (
              <Form method="post">
                <button
                  type="submit"
                  name="intent"
                  value="posted"
                  className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 text-sm font-semibold text-stone-800 hover:bg-stone-50"
                >
                  {t("acert.letter.markPosted")}
                </button>
              </Form>
            )
          )}
        </div>
      </div>

      <article
        aria-labelledby="letter-heading"
        className="print-sheet mx-auto max-w-[210mm] rounded-sm border border-stone-200 bg-white p-5 font-serif text-[0.95rem] leading-relaxed text-stone-900 shadow-md sm:p-[15mm]"
      >
        <header className="grid grid-cols-1 gap-4 text-center sm:grid-cols-2 print:grid-cols-2">
          <div>
            <p className="font-bold uppercase">{sender}</p>
            <p className="mt-1">{t("acert.letter.number")}</p>
          </div>
          <div>
            <p className="font-bold">{t("acert.letter.nation")}</p>
            <p className="font-semibold underline underline-offset-4">{t("acert.letter.motto")}</p>
            <p className="mt-2 italic">{t("acert.letter.dateLine")}</p>
          </div>
        </header>

        <h1 id="letter-heading" className="mt-8 text-center text-xl font-bold">
          {t("acert.letter.heading")}
        </h1>
        <p className="text-center font-semibold">{t("acert.letter.subject")}</p>

        <div className="letter-block mt-6">
          <p>
            <span className="font-semibold">{t("acert.letter.to")}</span> {l.producerName}
          </p>
          <p>
            <span className="font-semibold">{t("acert.letter.address")}</span> {l.producerAddress},{" "}
            {l.communeName}, {l.provinceName}
          </p>
        </div>

        <p className="mt-4">{t("acert.letter.intro", { issuer: sender })}</p>

        <dl className="letter-block mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] print:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("acert.letter.product")}</dt>
          <dd>{product}</dd>
          <dt className="font-semibold">{t("acert.letter.rating")}</dt>
          <dd>{t("stars.label", { stars: l.stars })}</dd>
          <dt className="font-semibold">{t("acert.letter.decision")}</dt>
          <dd>
            {t("acert.letter.decisionValue", {
              number: l.decisionNumber,
              date: formatDate(lang, l.decisionDate),
              issuer: l.issuingBody,
            })}
          </dd>
          <dt className="font-semibold">{t("acert.letter.validUntil")}</dt>
          <dd data-testid="letter-valid-until">
            <strong>{formatDate(lang, l.validUntil)}</strong> (
            {t("acert.letter.daysLeft", { days: l.daysLeft })})
          </dd>
        </dl>

        <p className="mt-4">{t("acert.notice.renew", { issuer: sender })}</p>
        <p className="mt-2">{t("acert.noticeMail.after")}</p>

        <div className="letter-block mt-10 grid grid-cols-2">
          <div />
          <div className="text-center">
            <p className="font-bold uppercase">{t("acert.letter.signature")}</p>
            <p className="italic text-stone-700">{t("acert.letter.signatureHint")}</p>
          </div>
        </div>
      </article>
    </div>
  );
}
