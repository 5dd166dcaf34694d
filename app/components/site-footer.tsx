import { Link } from "@remix-run/react";
import { makeT, type Lang } from "~/i18n";

export function SiteFooter({ lang, year }: { lang: Lang; year: number }) {
  const t = makeT(lang);
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600">
        <p className="max-w-2xl">{t("footer.about")}</p>
        <nav aria-label={t("promo.nav.footer")} className="mt-3 flex flex-wrap gap-x-5">
          <Link
            to="/fairs"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline"
          >
            {t("promo.nav.fairs")}
          </Link>
          <Link
            to="/showrooms"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline"
          >
            {t("promo.nav.showrooms")}
          </Link>
          <Link
            to="/orders/lookup"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline"
          >
            {t("orders.lookup.link")}
          </Link>
        </nav>
        <p className="mt-4">{t("footer.rights", { year })}</p>
      </div>
    </footer>
  );
}
