/**
 * The side of the import page: the annex's columns (what each accepts, which are required)
 * and the product set codes.
 */
import { Link } from "@remix-run/react";
import type { ImportColumn } from "~/domain/certificate/decision-import-columns";
import { pick, type Lang, type MessageKey, type T } from "~/i18n";

const ACCEPTS: Record<ImportColumn, MessageKey> = {
  productName: "acert.import.accepts.productName",
  setCode: "acert.import.accepts.setCode",
  producerName: "acert.import.accepts.producerName",
  legalForm: "acert.import.accepts.legalForm",
  province: "acert.import.accepts.province",
  commune: "acert.import.accepts.commune",
  address: "acert.import.accepts.address",
  score: "acert.import.accepts.score",
  stars: "acert.import.accepts.stars",
  price: "acert.import.accepts.price",
  unit: "acert.import.accepts.unit",
};

export function ImportGuide({
  t,
  lang,
  columns,
  sets,
}: {
  t: T;
  lang: Lang;
  columns: readonly { key: ImportColumn; vi: string; en: string; required: boolean }[];
  sets: readonly {
    code: string;
    nameVi: string;
    nameEn: string;
    groupNameVi: string;
    groupNameEn: string;
  }[];
}) {
  return (
    <aside className="min-w-0 space-y-6">
      <section aria-labelledby="import-columns">
        <h2 id="import-columns" className="text-lg font-bold">
          {t("acert.import.columnsTitle")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-stone-700">{t("acert.import.columnsLead")}</p>
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white text-sm shadow-sm">
          {columns.map((c) => (
            <li key={c.key} className="p-3">
              <p className="font-semibold text-stone-900">
                {c.vi} <span className="font-normal text-stone-600">/ {c.en}</span>
              </p>
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                {c.required
                  ? t("acert.import.columnRequired")
                  : c.key === "score" || c.key === "stars"
                    ? t("acert.import.gradeRequired")
                    : t("acert.import.columnOptional")}
              </p>
              <p className="mt-1 text-stone-700">{t(ACCEPTS[c.key])}</p>
            </li>
          ))}
        </ul>
      </section>
      <details className="rounded-xl border border-stone-200 bg-white p-4 text-sm shadow-sm">
        <summary className="min-h-8 cursor-pointer font-semibold">
          {t("acert.field.productSet")}
        </summary>
        <dl className="mt-2 space-y-1">
          {sets.map((s) => (
            <div key={s.code}>
              <dt className="inline font-mono text-xs text-stone-900">{s.code}</dt>
              <dd className="inline text-stone-600">
                {" "}
                — {pick(lang, s.groupNameVi, s.groupNameEn)}: {pick(lang, s.nameVi, s.nameEn)}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <p className="text-sm">
        <Link to="/admin/products" className="font-semibold text-brand-700 underline">
          {t("acert.nav.products")}
        </Link>
      </p>
    </aside>
  );
}
