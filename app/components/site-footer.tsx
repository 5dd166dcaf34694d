import { Link } from "@remix-run/react";
import { LEGAL_LINKS, legalPath } from "~/domain/legal/codes";
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
        <nav aria-label={t("legal.nav.footer")} className="mt-1 flex flex-wrap gap-x-5">
          {LEGAL_LINKS.map((l) => (
            <Link
              key={l.code}
              to={legalPath(l.code)}
              className="inline-flex min-h-11 items-center text-stone-700 underline hover:text-stone-900"
            >
              {t(l.label)}
            </Link>
          ))}
        </nav>
        <p className="mt-4">{t("footer.rights", { year })}</p>
      </div>
    </footer>
  );
}
