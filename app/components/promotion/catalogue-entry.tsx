/**
 * One product of the catalogue being curated: its facts and flags, and its own small form
 * (booth or shelf code, featured flag, save, move up or down, remove). A plain form: it works
 * without JavaScript.
 */
import { Form, Link } from "@remix-run/react";
import { DefaultSubmit } from "~/components/form/submit-button";
import { StarBadge } from "~/components/star-badge";
import { ENTRY_CODE_MAX } from "~/domain/promotion/schemas";
import { formatDate, formatVnd, pick, type Lang, type MessageKey, type T } from "~/i18n";
import type { Values } from "./promotion-form";

export type CurationEntry = {
  productId: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  priceVnd: number;
  stars: number | null;
  validUntil: string | null;
  code: string | null;
  featured: boolean;
  visible: boolean;
  expiryWarning: boolean;
};

/** What a failed catalogue action answers: the entry it was about (none: the whole list). */
export type EntryError = {
  productId: number | null;
  errors: { code?: MessageKey };
  message: MessageKey | null;
  values?: Values;
};

/** The curation panel's small buttons (an entry's actions, a search result's "add"). */
export const smallButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-lg border px-3 text-sm font-semibold";

export function CatalogueEntry({
  t,
  lang,
  kind,
  entry: e,
  index: i,
  count,
  error,
}: {
  t: T;
  lang: Lang;
  kind: "fair" | "showroom";
  entry: CurationEntry;
  index: number;
  /** How many entries the catalogue has: the last one cannot move down. */
  count: number;
  /** The failed action's answer when it was about this entry. */
  error: EntryError | null;
}) {
  const name = pick(lang, e.nameVi, e.nameEn);
  const errorKey = error ? (error.errors.code ?? error.message) : null;
  const codeId = `code-${e.productId}`;
  const codeLabel = t(
    kind === "fair" ? "promo.admin.entry.boothCode" : "promo.admin.entry.shelfCode",
  );
  return (
    <li
      id={`entry-${e.productId}`}
      className={`scroll-mt-4 py-4 ${e.visible ? "" : "bg-red-50/60"}`}
      data-testid="catalogue-entry"
    >
      <div className="flex gap-3">
        <span
          aria-hidden="true"
          className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-stone-100 text-sm font-bold text-stone-700"
        >
          {i + 1}
        </span>
        <div className="min-w-0 flex-1 lg:flex lg:items-start lg:justify-between lg:gap-6">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                to={`/products/${e.slug}`}
                className="font-semibold text-stone-900 underline-offset-2 hover:underline"
              >
                {name}
              </Link>
              {e.stars !== null && <StarBadge stars={e.stars} />}
              {e.featured && (
                <span className="rounded-md bg-accent-400 px-2 py-0.5 text-xs font-bold text-stone-900">
                  {t("promo.featured")}
                </span>
              )}
            </div>
            <p className="text-sm text-stone-600">
              {e.producerName} · {e.provinceName} · {formatVnd(lang, e.priceVnd)}
              {e.validUntil && (
                <>
                  {" · "}
                  {t("promo.admin.entry.validUntil", {
                    date: formatDate(lang, e.validUntil),
                  })}
                </>
              )}
            </p>
            {!e.visible && (
              <p className="mt-1 text-sm font-semibold text-red-800">
                {t("promo.admin.flag.hidden")}
              </p>
            )}
            {e.expiryWarning && e.validUntil && (
              <p className="mt-1 text-sm font-semibold text-amber-900">
                {t(
                  kind === "fair"
                    ? "promo.admin.flag.expiresBeforeEnd"
                    : "promo.admin.flag.expiresSoon",
                  { date: formatDate(lang, e.validUntil) },
                )}
              </p>
            )}
          </div>
          <div className="shrink-0">
            <Form
              method="post"
              preventScrollReset
              className="mt-3 flex flex-wrap items-end gap-2 lg:mt-0"
            >
              <input type="hidden" name="productId" value={e.productId} />
              <DefaultSubmit intent="entry" label={t("promo.admin.entry.save")} />
              {/* A narrow control on the entry's line, not the kit's full-width field. */}
              <div>
                <label htmlFor={codeId} className="block text-xs font-medium text-stone-700">
                  {codeLabel}
                </label>
                <input
                  id={codeId}
                  name="code"
                  defaultValue={(error?.values?.code ?? e.code) || ""}
                  key={`${e.code ?? ""}`}
                  maxLength={ENTRY_CODE_MAX}
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${codeId}-error` : undefined}
                  className={`mt-1 block min-h-11 w-28 rounded-lg border bg-white px-3 text-base ${error ? "border-red-500" : "border-stone-300"}`}
                />
              </div>
              <label className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 text-sm font-medium">
                <input
                  type="checkbox"
                  name="featured"
                  defaultChecked={e.featured}
                  key={String(e.featured)}
                  className="h-5 w-5 accent-brand-600"
                />
                {t("promo.admin.entry.featured")}
              </label>
              <button
                type="submit"
                name="intent"
                value="entry"
                aria-label={t("promo.admin.entry.saveLabel", { name })}
                className={`${smallButtonClass} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`}
              >
                {t("promo.admin.entry.save")}
              </button>
              <span className="flex gap-2">
                <button
                  type="submit"
                  name="intent"
                  value="up"
                  disabled={i === 0}
                  aria-label={t("promo.admin.entry.upLabel", { name })}
                  className={`${smallButtonClass} border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:opacity-40`}
                >
                  <span aria-hidden="true">↑&nbsp;</span>
                  {t("promo.admin.entry.up")}
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="down"
                  disabled={i === count - 1}
                  aria-label={t("promo.admin.entry.downLabel", { name })}
                  className={`${smallButtonClass} border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:opacity-40`}
                >
                  <span aria-hidden="true">↓&nbsp;</span>
                  {t("promo.admin.entry.down")}
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="remove"
                  aria-label={t("promo.admin.entry.removeLabel", { name })}
                  className={`${smallButtonClass} border-red-300 bg-white text-red-800 hover:bg-red-50`}
                >
                  {t("promo.admin.entry.remove")}
                </button>
              </span>
            </Form>
            {errorKey && (
              <p
                id={`${codeId}-error`}
                role="alert"
                className="mt-1 text-sm font-medium text-red-700"
              >
                {t(errorKey)}
              </p>
            )}
          </div>
        </div>
      </div>
    </li>
  );
}
