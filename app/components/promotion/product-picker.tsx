/**
 * The curation page's product picker: a search of public products by name (a GET form, so the
 * search stays in the address), and an "add" form per result that keeps the search across the
 * add. Works without JavaScript.
 */
import { Form } from "@remix-run/react";
import { controlClass } from "~/components/form/field";
import { StarBadge } from "~/components/star-badge";
import { primaryButtonClass } from "~/components/workspace/page-header";
import { formatDate, formatVnd, pick, type Lang, type T } from "~/i18n";
import { smallButtonClass } from "./catalogue-entry";

export type PickerResult = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  stars: number;
  validUntil: string;
  priceVnd: number;
  inCatalogue: boolean;
};

export function ProductPicker({
  t,
  lang,
  q,
  results,
}: {
  t: T;
  lang: Lang;
  q: string;
  results: readonly PickerResult[];
}) {
  return (
    <section
      id="picker"
      aria-labelledby="picker-heading"
      className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="picker-heading" className="text-lg font-bold">
        {t("promo.admin.picker.title")}
      </h2>
      <Form method="get" className="mt-3" preventScrollReset>
        <label htmlFor="picker-q" className="block text-sm font-medium text-stone-800">
          {t("promo.admin.picker.label")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="picker-q"
            type="search"
            name="q"
            defaultValue={q}
            key={q}
            maxLength={100}
            autoComplete="off"
            aria-describedby="picker-hint"
            className={`${controlClass} mt-0 flex-1 border-stone-300`}
          />
          <button type="submit" className={primaryButtonClass}>
            {t("promo.admin.picker.search")}
          </button>
        </div>
        <p id="picker-hint" className="mt-1 text-sm text-stone-600">
          {t("promo.admin.picker.hint")}
        </p>
      </Form>
      {q && (
        <div className="mt-4" aria-live="polite">
          {results.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 p-4 text-stone-700">
              {t("promo.admin.picker.none", { q })}
            </p>
          ) : (
            <>
              <h3 className="sr-only">{t("promo.admin.picker.results", { q })}</h3>
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200">
                {results.map((r) => (
                  <PickerRow key={r.id} t={t} lang={lang} q={q} result={r} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function PickerRow({
  t,
  lang,
  q,
  result: r,
}: {
  t: T;
  lang: Lang;
  q: string;
  result: PickerResult;
}) {
  const name = pick(lang, r.nameVi, r.nameEn);
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-3 p-3"
      data-testid="picker-result"
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-semibold">
          {name}
          <StarBadge stars={r.stars} />
        </p>
        <p className="text-sm text-stone-600">
          {r.producerName} · {r.provinceName} · {formatVnd(lang, r.priceVnd)} ·{" "}
          {t("promo.admin.entry.validUntil", {
            date: formatDate(lang, r.validUntil),
          })}
        </p>
      </div>
      {r.inCatalogue ? (
        <span className="text-sm font-semibold text-brand-700">
          ✓ {t("promo.admin.picker.inCatalogue")}
        </span>
      ) : (
        <Form method="post" preventScrollReset>
          <input type="hidden" name="productId" value={r.id} />
          <input type="hidden" name="q" value={q} />
          <button
            type="submit"
            name="intent"
            value="add"
            aria-label={t("promo.admin.picker.addLabel", { name })}
            className={`${smallButtonClass} border-brand-600 bg-white text-brand-800 hover:bg-brand-50`}
          >
            + {t("promo.admin.picker.add")}
          </button>
        </Form>
      )}
    </li>
  );
}
