/**
 * The page of a product on sale: breadcrumb, photo, name, stars and producer, the buy box,
 * the certificate and any fair or showroom that has it, then the description and places.
 */
import { Link } from "@remix-run/react";
import { CertificatePanel } from "~/components/certificate-panel";
import { ProductImagePlaceholder } from "~/components/product-card";
import {
  ProductPromotions,
  type ProductPromotionItem,
} from "~/components/promotion/product-promotions";
import { StarBadge } from "~/components/star-badge";
import type { ProductPageVisible } from "~/domain/catalog/catalog.server";
import type { ProductShippingEstimate } from "~/domain/order/shipping.server";
import { jsonLd, productJsonLd } from "~/domain/catalog/product-json-ld";
import { pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { ProductAbout } from "./product-about";
import { ProductBuyBox } from "./product-buy-box";
import { ProductShippingLine } from "./shipping-estimate";

export function ProductView({
  page,
  today,
  siteUrl,
  promotions,
  shipping,
}: {
  page: ProductPageVisible;
  today: string;
  siteUrl: string;
  promotions: readonly ProductPromotionItem[];
  /** Shipping of one unit to the reader's province; null when it cannot be said. */
  shipping: ProductShippingEstimate | null;
}) {
  const { t, lang } = useT();
  const { product, certificate, producer } = page;
  const name = pick(lang, product.nameVi, product.nameEn);
  const image = product.images[0];
  const groupName = pick(lang, page.group.nameVi, page.group.nameEn);
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

          <div>
            <ProductBuyBox product={product} unit={pick(lang, product.unitVi, product.unitEn)} />
            {shipping && <ProductShippingLine shipping={shipping} />}
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

      <ProductAbout page={page} />
    </div>
  );
}
