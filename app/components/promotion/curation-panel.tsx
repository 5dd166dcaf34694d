/**
 * The curation page's catalogue panel: the products of the fair or showroom in order (each with
 * its own form, see catalogue-entry), what needs the official's attention, then the product
 * picker. Everything is a plain form: it all works without JavaScript.
 */
import { FormAlert } from "~/components/form/form-alert";
import type { Lang, T } from "~/i18n";
import { CatalogueEntry, type CurationEntry, type EntryError } from "./catalogue-entry";
import { ProductPicker, type PickerResult } from "./product-picker";

export type { CurationEntry, EntryError, PickerResult };

/**
 * The catalogue being curated, then the picker. `entryError` marks the one entry a failed
 * action was about; `q` keeps the picker's search across the add.
 */
export function CurationPanel({
  t,
  lang,
  kind,
  entries,
  q,
  results,
  entryError,
}: {
  t: T;
  lang: Lang;
  kind: "fair" | "showroom";
  entries: readonly CurationEntry[];
  q: string;
  results: readonly PickerResult[];
  entryError: EntryError | null;
}) {
  const flagged = entries.filter((e) => !e.visible || e.expiryWarning).length;
  return (
    <>
      <section
        id="catalogue"
        aria-labelledby="catalogue-heading"
        className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="catalogue-heading" className="text-lg font-bold">
            {t("promo.admin.catalogue", { count: entries.length })}
          </h2>
          {flagged > 0 && (
            <p className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
              {t("promo.admin.flagged", { count: flagged })}
            </p>
          )}
        </div>
        <p className="mt-1 text-sm text-stone-600">
          {t(
            kind === "fair" ? "promo.admin.catalogueLeadFair" : "promo.admin.catalogueLeadShowroom",
          )}
        </p>
        {entryError && entryError.productId === null && entryError.message && (
          <div className="mt-4">
            <FormAlert>{t(entryError.message)}</FormAlert>
          </div>
        )}
        {entries.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
            {t("promo.admin.catalogueEmpty")}
          </p>
        ) : (
          <ol className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
            {entries.map((e, i) => (
              <CatalogueEntry
                key={e.productId}
                t={t}
                lang={lang}
                kind={kind}
                entry={e}
                index={i}
                count={entries.length}
                error={entryError?.productId === e.productId ? entryError : null}
              />
            ))}
          </ol>
        )}
      </section>
      <ProductPicker t={t} lang={lang} q={q} results={results} />
    </>
  );
}
