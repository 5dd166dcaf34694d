import { Link, NavLink, useLocation } from "@remix-run/react";
import { makeT, type Lang } from "~/i18n";
import { workspacePath } from "~/lib/workspace-path";
import { LangSwitch } from "./lang-switch";
import { SearchBox } from "./search-box";

export function SiteHeader({
  lang,
  user,
}: {
  lang: Lang;
  user: { name: string; role: string } | null;
}) {
  const t = makeT(lang);
  // From the router, not a loader: it stays right across client-side navigations.
  const location = useLocation();
  const path = location.pathname + location.search;
  const nav = [
    { to: "/products", label: t("nav.products") },
    { to: "/producers", label: t("nav.producers") },
    { to: "/certificates", label: t("nav.certificates") },
    { to: "/fairs", label: t("promo.nav.fairs") },
    { to: "/showrooms", label: t("promo.nav.showrooms") },
  ];
  const q =
    location.pathname === "/products" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
            <circle cx="16" cy="16" r="15" fill="#f0b429" />
            <path
              d="M16 6l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L16 20.8l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
              fill="#255724"
            />
          </svg>
          <span>{t("site.name")}</span>
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-xl sm:flex-1">
          <SearchBox defaultValue={q} />
        </div>
        <div className="flex items-center gap-3">
          <Link
            to="/cart"
            aria-label={t("nav.cart")}
            className="flex items-center gap-1 text-sm font-semibold underline-offset-4 hover:underline"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
              <path
                d="M2 3h2l2 10h10l2-7H5.2M8 17a1 1 0 1 0 0 .01M15 17a1 1 0 1 0 0 .01"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="hidden sm:inline">{t("nav.cart")}</span>
          </Link>
          {user && workspacePath(user.role) ? (
            <Link
              to={workspacePath(user.role) ?? "/"}
              className="rounded-md bg-white/15 px-2.5 py-1 text-sm font-semibold hover:bg-white/25"
            >
              {t("nav.workspace")}
            </Link>
          ) : null}
          {user ? (
            <Link
              to="/account"
              aria-label={t("accounts.header.account", { name: user.name })}
              className="max-w-40 truncate text-sm font-semibold underline-offset-4 hover:underline"
            >
              {user.name}
            </Link>
          ) : (
            <Link
              to={
                location.pathname === "/login"
                  ? path
                  : `/login?${new URLSearchParams({ redirectTo: path })}`
              }
              className="text-sm font-semibold underline-offset-4 hover:underline"
            >
              {t("accounts.header.login")}
            </Link>
          )}
          <LangSwitch lang={lang} path={path} />
        </div>
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
