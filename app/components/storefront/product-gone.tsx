/**
 * The page of a product whose certificate expired or was revoked (410): why it is gone, the
 * headline in both languages (a link may have been shared across them), and where to look.
 */
import { Link } from "@remix-run/react";
import type { ProductPageGone } from "~/domain/catalog/catalog.server";
import { formatDate, pick, type Lang, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function goneTitle(t: T, reason: ProductPageGone["reason"]): string {
  return reason === "expired"
    ? t("catalog.product.gone.expired.title")
    : t("catalog.product.gone.revoked.title");
}

export function GoneView({
  page,
  otherTitle,
}: {
  page: ProductPageGone;
  /** The link may have been shared across languages: the headline is given in both. */
  otherTitle: { lang: Lang; text: string };
}) {
  const { t, lang } = useT();
  const name = pick(lang, page.product.nameVi, page.product.nameEn);
  const date = page.endedOn ? formatDate(lang, page.endedOn) : null;
  const title = goneTitle(t, page.reason);
  const body =
    page.reason === "expired"
      ? t("catalog.product.gone.expired.body", { date: date ?? "" })
      : date
        ? t("catalog.product.gone.revoked.bodyDate", { date })
        : t("catalog.product.gone.revoked.body");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-800">410</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      <p className="mt-3 text-lg font-medium text-stone-800">{name}</p>
      <p className="mt-4 text-stone-700">{body}</p>
      <p lang={otherTitle.lang} className="mt-4 text-sm text-stone-600">
        {otherTitle.text}
      </p>
      <div className="mt-8 flex flex-col items-center justify-center gap-3 sm:flex-row">
        <Link
          to={`/products?group=${encodeURIComponent(page.product.groupCode)}`}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("catalog.product.gone.browse")}
        </Link>
        <Link
          to="/products"
          className="inline-flex min-h-11 items-center px-3 font-medium text-brand-800 underline underline-offset-2"
        >
          {t("catalog.product.gone.browseAll")}
        </Link>
      </div>
    </div>
  );
}
