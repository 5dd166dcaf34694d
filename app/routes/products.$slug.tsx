import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { CertificatePanel } from "~/components/certificate-panel";
import { ProductImagePlaceholder } from "~/components/product-card";
import {
  ProductPromotions,
  type ProductPromotionItem,
} from "~/components/promotion/product-promotions";
import { StarBadge } from "~/components/star-badge";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import {
  getProductPage,
  type ProductPageGone,
  type ProductPageVisible,
} from "~/domain/catalog/catalog.server";
import { promotionsOfProduct } from "~/domain/promotion/promotion.server";
import { formatDate, formatVnd, langOfMatches, makeT, pick, type Lang, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getLang } from "~/i18n/i18n.server";
import { todayInVietnam } from "~/lib/dates";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const today = todayInVietnam();
  const page = /^[a-z0-9-]{1,160}$/.test(slug)
    ? await getProductPage(await getDb(), slug, today)
    : ({ kind: "missing" } as const);
  if (page.kind === "missing" || (page.kind === "gone" && page.status === 404)) {
    throw new Response("Not Found", { status: 404 });
  }
  const siteUrl = getConfig().siteUrl;
  if (page.kind === "gone") {
    // The browser holds the reader's language only (messages/client.ts), so the headline in
    // the other language is translated here: rendered in the component, it would differ
    // between server and browser and break hydration.
    const other = otherLang(await getLang(request));
    const otherTitle = { lang: other, text: goneTitle(makeT(other), page.reason) };
    return data(
      { page, today, siteUrl, otherTitle },
      { status: 410, headers: { "X-Robots-Tag": "noindex" } },
    );
  }
  const promotions = await promotionsOfProduct(await getDb(), page.product.id, today);
  return data({ page, today, siteUrl, promotions });
}

function absolute(siteUrl: string, src: string): string {
  return /^https?:\/\//.test(src) ? src : `${siteUrl}${src.startsWith("/") ? "" : "/"}${src}`;
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const lang = langOfMatches(matches);
  const t = makeT(lang);
  if (!loaderData) {
    return [
      { title: `${t("catalog.product.notFound.title")} | ${t("site.name")}` },
      { name: "robots", content: "noindex" },
    ];
  }
  const { page, siteUrl } = loaderData;
  if (page.kind !== "visible") {
    const name = pick(lang, page.product.nameVi, page.product.nameEn);
    return [{ title: `${name} | ${t("site.name")}` }, { name: "robots", content: "noindex" }];
  }
  const name = pick(lang, page.product.nameVi, page.product.nameEn);
  const title = `${name} – ${t("stars.label", { stars: page.certificate.stars })} | ${t("site.name")}`;
  const description = t("catalog.product.metaDescription", {
    name,
    stars: page.certificate.stars,
    producer: page.producer.name,
    province: page.province.name,
    price: formatVnd(lang, page.product.priceVnd),
    unit: pick(lang, page.product.unitVi, page.product.unitEn),
  });
  const canonical = `${siteUrl}/products/${page.product.slug}`;
  const image = page.product.images[0];
  return [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:type", content: "product" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: canonical },
    ...(image
      ? [
          { property: "og:image", content: absolute(siteUrl, image.src) },
          { property: "og:image:alt", content: pick(lang, image.altVi, image.altEn) },
        ]
      : []),
  ];
};

/** JSON-LD inside <script>: "<" is escaped so no text in the data can close the tag. */
function jsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function productJsonLd(page: ProductPageVisible, lang: Lang, siteUrl: string) {
  const url = `${siteUrl}/products/${page.product.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: pick(lang, page.product.nameVi, page.product.nameEn),
    description: pick(lang, page.product.descriptionVi, page.product.descriptionEn),
    url,
    sku: page.product.slug,
    image: page.product.images.map((i) => absolute(siteUrl, i.src)),
    category: pick(lang, page.group.nameVi, page.group.nameEn),
    brand: { "@type": "Brand", name: page.producer.name },
    manufacturer: {
      "@type": "Organization",
      name: page.producer.name,
      url: `${siteUrl}/producers/${page.producer.slug}`,
    },
    award: makeT(lang)("stars.label", { stars: page.certificate.stars }),
    offers: {
      "@type": "Offer",
      url,
      priceCurrency: "VND",
      price: Math.round(page.product.priceVnd),
      availability:
        page.product.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
      seller: { "@type": "Organization", name: page.producer.name },
    },
  };
}

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

export default function ProductRoute() {
  const loaderData = useLoaderData<typeof loader>();
  if ("otherTitle" in loaderData)
    return <GoneView page={loaderData.page} otherTitle={loaderData.otherTitle} />;
  const { page, today, siteUrl, promotions } = loaderData;
  return <ProductView page={page} today={today} siteUrl={siteUrl} promotions={promotions} />;
}

function goneTitle(t: T, reason: ProductPageGone["reason"]): string {
  return reason === "expired"
    ? t("catalog.product.gone.expired.title")
    : t("catalog.product.gone.revoked.title");
}

function otherLang(lang: Lang): Lang {
  return lang === "vi" ? "en" : "vi";
}

function GoneView({
  page,
  otherTitle,
}: {
  page: ProductPageGone;
  /** The link may have been shared across languages: the headline is given in both. */
  otherTitle: { lang: Lang; text: string };
}) {
  const { t, lang } = useT();
  const name = pick(lang, page.product.nameVi, page.product.nameEn);
  const date = page.endedOn ? formatDate(lang, page.endedOn) : null;
  const title = goneTitle(t, page.reason);
  const body =
    page.reason === "expired"
      ? t("catalog.product.gone.expired.body", { date: date ?? "" })
      : date
        ? t("catalog.product.gone.revoked.bodyDate", { date })
        : t("catalog.product.gone.revoked.body");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-800">410</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      <p className="mt-3 text-lg font-medium text-stone-800">{name}</p>
      <p className="mt-4 text-stone-700">{body}</p>
      <p lang={otherTitle.lang} className="mt-4 text-sm text-stone-600">
        {otherTitle.text}
      </p>
      <div className="mt-8 flex flex-col items-center justify-center gap-3 sm:flex-row">
        <Link
          to={`/products?group=${encodeURIComponent(page.product.groupCode)}`}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("catalog.product.gone.browse")}
        </Link>
        <Link
          to="/products"
          className="inline-flex min-h-11 items-center px-3 font-medium text-brand-800 underline underline-offset-2"
        >
          {t("catalog.product.gone.browseAll")}
        </Link>
      </div>
    </div>
  );
}

function ProductView({
  page,
  today,
  siteUrl,
  promotions,
}: {
  page: ProductPageVisible;
  today: string;
  siteUrl: string;
  promotions: readonly ProductPromotionItem[];
}) {
  const { t, lang } = useT();
  const { product, certificate, producer } = page;
  const name = pick(lang, product.nameVi, product.nameEn);
  const unit = pick(lang, product.unitVi, product.unitEn);
  const description = pick(lang, product.descriptionVi, product.descriptionEn);
  const image = product.images[0];
  const groupName = pick(lang, page.group.nameVi, page.group.nameEn);
  const inStock = product.stock > 0;
  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 pt-4 sm:pt-8">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(productJsonLd(page, lang, siteUrl)) }}
      />
      <nav aria-label={t("catalog.product.breadcrumb")} className="text-sm text-stone-700">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <li>
            <Link to="/products" className="underline-offset-2 hover:underline">
              {t("nav.products")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link
              to={`/products?group=${encodeURIComponent(page.group.code)}`}
              className="underline-offset-2 hover:underline"
            >
              {groupName}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="font-medium text-stone-900">
            {name}
          </li>
        </ol>
      </nav>

      <div className="mt-5 grid gap-8 lg:grid-cols-2 lg:gap-12">
        <div>
          <div className="aspect-square overflow-hidden rounded-3xl bg-rice-100 shadow-sm ring-1 ring-stone-200">
            {image ? (
              <img
                src={image.src}
                alt={pick(lang, image.altVi, image.altEn)}
                width={800}
                height={800}
                fetchPriority="high"
                className="h-full w-full object-cover"
              />
            ) : (
              <ProductImagePlaceholder label={t("catalog.card.imagePlaceholder")} />
            )}
          </div>
        </div>

        <div className="flex flex-col gap-6">
          <div>
            <StarBadge stars={certificate.stars} size="lg" />
            <h1 className="mt-3 text-2xl font-bold leading-tight tracking-tight text-stone-900 sm:text-3xl">
              {name}
            </h1>
            <p className="mt-2 text-stone-700">
              <Link
                to={`/producers/${producer.slug}`}
                className="font-medium text-brand-800 underline-offset-2 hover:underline"
              >
                {producer.name}
              </Link>
              <span aria-hidden="true"> · </span>
              {page.province.name}
            </p>
          </div>

          <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="sr-only">{t("catalog.product.price")}: </span>
              <span className="text-3xl font-bold text-brand-700">
                {formatVnd(lang, product.priceVnd)}
              </span>
              <span className="text-stone-700">/ {unit}</span>
            </p>
            <p
              className={`mt-3 inline-flex items-center gap-2 text-sm font-semibold ${inStock ? "text-brand-800" : "text-red-700"}`}
            >
              <span
                aria-hidden="true"
                className={`h-2.5 w-2.5 rounded-full ${inStock ? "bg-brand-500" : "bg-red-600"}`}
              />
              {inStock ? t("catalog.product.inStock") : t("catalog.product.outOfStock")}
            </p>
            {inStock && (
              <Form method="post" action="/cart" className="mt-4 flex flex-wrap items-end gap-3">
                <input type="hidden" name="intent" value="add" />
                <input type="hidden" name="productId" value={product.id} />
                <label htmlFor="add-quantity" className="text-sm text-stone-700">
                  {t("cart.quantity")}
                  <input
                    id="add-quantity"
                    name="quantity"
                    type="number"
                    min={1}
                    max={Math.min(99, product.stock)}
                    defaultValue={1}
                    className="mt-1 block min-h-12 w-24 rounded-lg border border-stone-300 px-3"
                  />
                </label>
                <button
                  type="submit"
                  className="min-h-12 rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
                >
                  {t("cart.add")}
                </button>
              </Form>
            )}
          </div>

          <CertificatePanel
            certificate={certificate}
            legalBasis={page.legalBasis}
            history={page.history}
            today={today}
          />
          <ProductPromotions items={promotions} />
        </div>
      </div>

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
    </div>
  );
}

/** Unknown, unlisted or hidden products: a real 404 that points back to the catalogue. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useT();
  if (!isRouteErrorResponse(error) || error.status !== 404) throw error;
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-900">
        {t("catalog.product.notFound.title")}
      </h1>
      <p className="mt-4 text-stone-700">{t("catalog.product.notFound.body")}</p>
      <Link
        to="/products"
        className="mt-8 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        {t("catalog.product.gone.browseAll")}
      </Link>
    </div>
  );
}
