/**
 * The printable A4 catalogue of a fair or a showroom. On screen it is a sheet of paper with a
 * print button above it; on paper (@media print) only the sheet remains: no site header,
 * footer or navigation, A4 margins, and no entry split across two pages. Each entry carries a
 * QR code (an SVG drawn on the server) that opens the product's page on the site.
 */
import type { LinksFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { formatDate, formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import printSheetCss from "../print/print-sheet.css?url";
import printCatalogueCss from "./print-catalogue.css?url";
import { PrinterIcon } from "./promo-public";

export type PrintEntry = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  stars: number;
  priceVnd: number;
  unitVi: string;
  unitEn: string | null;
  validUntil: string;
  code: string | null;
  featured: boolean;
  /** The absolute address the QR code encodes. */
  url: string;
  /** The QR code as an SVG element (server-drawn from `url`, no user text inside). */
  qrSvg: string;
};

/**
 * The print rules, for the routes' `links`: a <style> in the body may only style what follows
 * it (HTML), and these rules reach the <html>, <body> and the site header before it.
 */
export const printCatalogueLinks: LinksFunction = () => [
  { rel: "stylesheet", href: printSheetCss },
  { rel: "stylesheet", href: printCatalogueCss },
];

export function PrintCatalogue({
  kind,
  title,
  details,
  entries,
  backHref,
  siteUrl,
  printedOn,
}: {
  kind: "fair" | "showroom";
  title: string;
  /** Lines under the title: dates and venue, or address and hours. */
  details: string[];
  entries: readonly PrintEntry[];
  backHref: string;
  siteUrl: string;
  /** YYYY-MM-DD */
  printedOn: string;
}) {
  const { t, lang } = useT();
  const site = siteUrl.replace(/^https?:\/\//, "");
  return (
    <div className="px-3 py-6 sm:px-6 sm:py-8">
      <div
        data-print-hidden
        className="mx-auto mb-5 flex max-w-[210mm] flex-wrap items-center justify-between gap-3"
      >
        <Link
          to={backHref}
          className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t(kind === "fair" ? "promo.print.backFair" : "promo.print.backShowroom")}
        </Link>
        <div className="flex flex-col items-start gap-1 sm:items-end">
          <button
            type="button"
            onClick={() => window.print()}
            className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
          >
            <PrinterIcon />
            {t("promo.print.button")}
          </button>
          <p className="text-xs text-stone-600">{t("promo.print.hint")}</p>
        </div>
      </div>

      <article className="print-sheet mx-auto max-w-[210mm] rounded-sm border border-stone-200 bg-white p-5 text-stone-900 shadow-md sm:p-[12mm]">
        <header className="print-head border-b-2 border-brand-700 pb-4">
          <p className="flex items-center gap-2 text-sm font-bold uppercase tracking-wide text-brand-700">
            <svg aria-hidden="true" viewBox="0 0 32 32" className="h-6 w-6">
              <circle cx="16" cy="16" r="15" fill="#f0b429" />
              <path
                d="M16 6l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L16 20.8l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
                fill="#255724"
              />
            </svg>
            {t("site.name")} · {t("promo.print.title")}
          </p>
          <h1 className="mt-2 text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
            {title}
          </h1>
          {details.map((line) => (
            <p key={line} className="mt-1 text-sm text-stone-700">
              {line}
            </p>
          ))}
          <p className="mt-2 text-sm font-medium text-stone-800">{t("promo.print.scan")}</p>
        </header>

        {entries.length === 0 ? (
          <p className="py-8 text-stone-700">{t("promo.print.empty")}</p>
        ) : (
          <ol className="mt-4 grid grid-cols-1 gap-x-6 sm:grid-cols-2 print:grid-cols-2">
            {entries.map((e) => {
              const name = pick(lang, e.nameVi, e.nameEn);
              return (
                <li
                  key={e.id}
                  className="print-entry flex gap-3 border-b border-stone-200 py-3"
                  data-product-url={e.url}
                >
                  <div
                    className="qr-code h-28 w-28 shrink-0 bg-white print:h-[27mm] print:w-[27mm]"
                    role="img"
                    aria-label={t("promo.print.qrLabel", { name })}
                    // An SVG drawn by the `qrcode` package from our own URL: no user text.
                    dangerouslySetInnerHTML={{ __html: e.qrSvg }}
                  />
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-1.5">
                      {e.code && (
                        <span className="rounded bg-stone-800 px-1.5 py-0.5 text-xs font-bold text-white">
                          {t(kind === "fair" ? "promo.booth" : "promo.shelf", { code: e.code })}
                        </span>
                      )}
                      <span className="rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                        {"★".repeat(e.stars)} {t("stars.label", { stars: e.stars })}
                      </span>
                    </div>
                    <h2 className="mt-1 font-bold leading-snug">{name}</h2>
                    <p className="text-sm text-stone-700">
                      {e.producerName} · {e.provinceName}
                    </p>
                    <p className="mt-1 text-sm">
                      <span className="font-bold">{formatVnd(lang, e.priceVnd)}</span>
                      <span className="text-stone-600"> / {pick(lang, e.unitVi, e.unitEn)}</span>
                    </p>
                    <p className="mt-0.5 text-xs text-stone-600">
                      {t("promo.print.validUntil", { date: formatDate(lang, e.validUntil) })}
                    </p>
                    <p className="mt-0.5 break-all text-[0.7rem] text-stone-500">
                      {e.url.replace(/^https?:\/\//, "")}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <footer className="mt-4 text-xs text-stone-600">
          {t("promo.print.footer", { date: formatDate(lang, printedOn), site })}
        </footer>
      </article>
    </div>
  );
}
