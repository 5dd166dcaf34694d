import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

/** Page numbers to show: the first, the last and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev > 1) out.push("gap");
    out.push(p);
  }
  return out;
}

const linkBase =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium";

/**
 * Plain links (no JavaScript needed); `hrefFor` keeps the other query parameters.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useT();
  if (pageCount <= 1) return null;
  const prev = page > 1 ? Math.min(page - 1, pageCount) : null;
  const next = page < pageCount ? page + 1 : null;
  return (
    <nav
      aria-label={t("catalog.pagination")}
      className="mt-10 flex items-center justify-between gap-2"
    >
      {prev ? (
        <Link
          to={hrefFor(prev)}
          rel="prev"
          className={`${linkBase} bg-white ring-1 ring-stone-300 hover:bg-brand-50`}
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t("common.previous")}
        </Link>
      ) : (
        <span className={`${linkBase} invisible`} aria-hidden="true" />
      )}
      <p className="text-sm text-stone-700 sm:hidden">
        {t("catalog.pageOf", { page, pages: pageCount })}
      </p>
      <ul className="hidden items-center gap-1 sm:flex">
        {pageWindow(Math.min(page, pageCount), pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${linkBase} bg-brand-700 text-white`}>
                  {p}
                </span>
              ) : (
                <Link
                  to={hrefFor(p)}
                  aria-label={t("catalog.pageOf", { page: p, pages: pageCount })}
                  className={`${linkBase} text-stone-800 hover:bg-brand-50`}
                >
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {next ? (
        <Link
          to={hrefFor(next)}
          rel="next"
          className={`${linkBase} bg-white ring-1 ring-stone-300 hover:bg-brand-50`}
        >
          {t("common.next")}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span className={`${linkBase} invisible`} aria-hidden="true" />
      )}
    </nav>
  );
}
