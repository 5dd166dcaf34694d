/**
 * Below a product's photo and price: its description and classification, who makes it, and
 * where (today's commune and, when they differ, the place printed on the certificate).
 */
import { Link } from "@remix-run/react";
import type { ProductPageVisible } from "~/domain/catalog/catalog.server";
import { pick, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";

function legalFormLabel(t: T, form: ProductPageVisible["producer"]["legalForm"]): string {
  switch (form) {
    case "cooperative":
      return t("catalog.legalForm.cooperative");
    case "cooperative_group":
      return t("catalog.legalForm.cooperative_group");
    case "enterprise":
      return t("catalog.legalForm.enterprise");
    case "household":
      return t("catalog.legalForm.household");
  }
}

export function ProductAbout({ page }: { page: ProductPageVisible }) {
  const { t, lang } = useT();
  const { product, certificate, producer } = page;
  const unit = pick(lang, product.unitVi, product.unitEn);
  const description = pick(lang, product.descriptionVi, product.descriptionEn);
  const groupName = pick(lang, page.group.nameVi, page.group.nameEn);
  return (
    <div className="mt-10 grid gap-8 lg:grid-cols-[1fr_22rem] lg:gap-12">
      <section aria-labelledby="description-title">
        <h2 id="description-title" className="text-xl font-bold text-stone-900">
          {t("catalog.product.description")}
        </h2>
        <div className="mt-3 space-y-3 leading-relaxed text-stone-800">
          {description.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
        <dl className="mt-6 grid grid-cols-1 gap-3 rounded-2xl bg-white p-5 text-sm shadow-sm ring-1 ring-stone-200 sm:grid-cols-3">
          <div>
            <dt className="text-stone-600">{t("catalog.product.group")}</dt>
            <dd className="font-semibold text-stone-900">{groupName}</dd>
          </div>
          <div>
            <dt className="text-stone-600">{t("catalog.product.set")}</dt>
            <dd className="font-semibold text-stone-900">
              {pick(lang, page.set.nameVi, page.set.nameEn)}
            </dd>
          </div>
          <div>
            <dt className="text-stone-600">{t("catalog.product.unit")}</dt>
            <dd className="font-semibold text-stone-900">{unit}</dd>
          </div>
        </dl>
      </section>

      <aside className="flex flex-col gap-6">
        <section
          aria-labelledby="producer-title"
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2
            id="producer-title"
            className="text-sm font-semibold uppercase tracking-wide text-stone-600"
          >
            {t("catalog.product.producer")}
          </h2>
          <p className="mt-2 text-lg font-bold text-stone-900">
            <Link to={`/producers/${producer.slug}`} className="hover:underline">
              {producer.name}
            </Link>
          </p>
          <p className="text-sm text-stone-700">{legalFormLabel(t, producer.legalForm)}</p>
          <p className="mt-2 text-sm text-stone-800">
            {page.commune.name}, {page.province.name}
          </p>
          <Link
            to={`/producers/${producer.slug}`}
            className="mt-4 inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900"
          >
            {t("catalog.product.viewProducer")}
          </Link>
        </section>

        <section
          aria-labelledby="place-title"
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2
            id="place-title"
            className="text-sm font-semibold uppercase tracking-wide text-stone-600"
          >
            {t("catalog.product.place")}
          </h2>
          <dl className="mt-2 space-y-3 text-sm">
            <div>
              <dt className="text-stone-600">{t("catalog.product.placeToday")}</dt>
              <dd className="font-semibold text-stone-900">
                {page.commune.name}, {page.province.name}
              </dd>
            </div>
            {page.legacyPlace || certificate.addressPrinted ? (
              <div className="rounded-lg bg-rice-100 p-3">
                <dt className="text-stone-700">{t("catalog.product.placeOnCertificate")}</dt>
                <dd className="mt-1 text-stone-900">
                  {certificate.addressPrinted ? (
                    <p className="font-medium">{certificate.addressPrinted}</p>
                  ) : null}
                  {page.legacyPlace ? (
                    <p className="mt-1 text-stone-700">
                      {t("catalog.product.formerUnit", { label: page.legacyPlace.label })}
                    </p>
                  ) : null}
                  {page.legacyPlace ? (
                    <p className="mt-1 text-xs text-stone-600">
                      {t("catalog.product.formerUnitNote")}
                    </p>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      </aside>
    </div>
  );
}
