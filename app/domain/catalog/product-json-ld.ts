/**
 * What a product page tells search engines and link previews: absolute addresses and the
 * schema.org Product (price, stock, the OCOP award). Pure: the page and its meta use it.
 */
import type { ProductPageVisible } from "./catalog.server";
import { makeT, pick, type Lang } from "../../i18n/index";

/** A photo's address as others must fetch it: our own paths get the site's origin. */
export function absolute(siteUrl: string, src: string): string {
  return /^https?:\/\//.test(src) ? src : `${siteUrl}${src.startsWith("/") ? "" : "/"}${src}`;
}

/** JSON-LD inside <script>: "<" is escaped so no text in the data can close the tag. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function productJsonLd(page: ProductPageVisible, lang: Lang, siteUrl: string) {
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
