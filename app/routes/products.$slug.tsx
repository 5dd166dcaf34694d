import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { GoneView, goneTitle } from "~/components/storefront/product-gone";
import { ProductView } from "~/components/storefront/product-view";
import { getProductPage } from "~/domain/catalog/catalog.server";
import { absolute } from "~/domain/catalog/product-json-ld";
import { productShippingEstimate } from "~/domain/order/shipping.server";
import { promotionsOfProduct } from "~/domain/promotion/promotion.server";
import { formatVnd, langOfMatches, makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getConfig } from "~/infra/config.server";
import { todayInVietnam } from "~/lib/dates";
import { enter, notFound } from "~/web/route.server";
import { readShipTo } from "~/web/ship-to-cookie.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, slug, request } = await enter(args, "public");
  const today = todayInVietnam();
  const page = await getProductPage(db, slug(), today);
  if (page.kind === "missing" || (page.kind === "gone" && page.status === 404)) throw notFound();
  const siteUrl = getConfig().siteUrl;
  if (page.kind === "gone") {
    // The browser holds the reader's language only (messages/client.ts), so the headline in
    // the other language is translated here: rendered in the component, it would differ
    // between server and browser and break hydration.
    const other = lang === "vi" ? "en" : "vi";
    const otherTitle = { lang: other, text: goneTitle(makeT(other), page.reason) } as const;
    return data(
      { page, today, siteUrl, otherTitle },
      { status: 410, headers: { "X-Robots-Tag": "noindex" } },
    );
  }
  const promotions = await promotionsOfProduct(db, page.product.id, today);
  // To the province of the reader's last checkout, else the producer's own ("from …").
  const shipping = await productShippingEstimate(
    db,
    page.product.id,
    await readShipTo(request),
    today,
  );
  return data({ page, today, siteUrl, promotions, shipping });
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

export default function ProductRoute() {
  const loaderData = useLoaderData<typeof loader>();
  if ("otherTitle" in loaderData)
    return <GoneView page={loaderData.page} otherTitle={loaderData.otherTitle} />;
  const { page, today, siteUrl, promotions, shipping } = loaderData;
  return (
    <ProductView
      page={page}
      today={today}
      siteUrl={siteUrl}
      promotions={promotions}
      shipping={shipping}
    />
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
