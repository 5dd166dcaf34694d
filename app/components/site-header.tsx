import { Link, NavLink, useLocation } from "@remix-run/react";
import { makeT, type Lang } from "~/i18n";
import { LangSwitch } from "./lang-switch";
import { SearchBox } from "./search-box";

export function SiteHeader({ lang }: { lang: Lang }) {
  const t = makeT(lang);
  // From the router, not a loader: it stays right across client-side navigations.
  const location = useLocation();
  const path = location.pathname + location.search;
  const nav = [
    { to: "/products", label: t("nav.products") },
    { to: "/producers", label: t("nav.producers") },
    { to: "/certificates", label: t("nav.certificates") },
  ];
  const q = location.pathname === "/products" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
            <circle cx="16" cy="16" r="15" fill="#f0b429" />
            <path d="M16 6l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L16 20.8l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" fill="#255724" />
          </svg>
          <span>{t("site.name")}</span>
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-xl sm:flex-1">
          <SearchBox defaultValue={q} />
        </div>
        <LangSwitch lang={lang} path={path} />
      </div>
      <nav aria-label={t("nav.menu")} className="border-t border-white/15">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm sm:px-4">
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                className={({ isActive }) =>
                  `block whitespace-nowrap px-3 py-2.5 font-medium hover:bg-white/10 ${isActive ? "border-b-2 border-accent-400" : ""}`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
