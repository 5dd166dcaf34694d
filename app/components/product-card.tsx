import { Link } from "@remix-run/react";
import type { ProductCardData } from "~/domain/catalog/product-card";
import { formatVnd, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import type { Segment } from "../../search/port";
import { Highlighted } from "./highlighted";
import { StarBadge } from "./star-badge";

/** Art and photos are square; the browser reserves the space before they arrive. */
const IMAGE_SIZE = 400;

export function ProductImagePlaceholder({ label }: { label: string }) {
  return (
    <div className="flex h-full w-full items-center justify-center bg-rice-100 text-brand-600">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="h-14 w-14 opacity-60">
        <path
          d="M24 6c8 6 12 13 12 20a12 12 0 0 1-24 0c0-7 4-14 12-20zm0 10v24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      </svg>
      <span className="sr-only">{label}</span>
    </div>
  );
}

export function ProductCard({
  product,
  headingLevel = "h3",
  priority = false,
  highlight,
}: {
  product: ProductCardData;
  /** h2 where the cards are the page's main list, h3 under a section heading. */
  headingLevel?: "h2" | "h3";
  /** Load eagerly: for the first cards above the fold. */
  priority?: boolean;
  /** The name's pieces that matched a search, when the card is a search result. */
  highlight?: { nameVi: Segment[]; nameEn: Segment[] };
}) {
  const { t, lang } = useT();
  const Heading = headingLevel;
  const name = pick(lang, product.nameVi, product.nameEn);
  const unit = pick(lang, product.unitVi, product.unitEn);
  const href = `/products/${product.slug}`;
  return (
    <article className="relative flex w-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 transition hover:shadow-md hover:ring-brand-200 focus-within:ring-2 focus-within:ring-accent-500">
      <div className="aspect-square overflow-hidden bg-rice-100">
        {product.image ? (
          <img
            src={product.image.thumbSrc ?? product.image.src}
            alt={pick(lang, product.image.altVi, product.image.altEn)}
            width={IMAGE_SIZE}
            height={IMAGE_SIZE}
            loading={priority ? "eager" : "lazy"}
            decoding="async"
            className="h-full w-full object-cover"
          />
        ) : (
          <ProductImagePlaceholder label={t("catalog.card.imagePlaceholder")} />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3 sm:p-4">
        <div>
          <StarBadge stars={product.stars} />
        </div>
        <Heading className="line-clamp-2 text-[0.95rem] font-semibold leading-snug text-stone-900 sm:text-base">
          {/* The link covers the whole card: one big tap target, one link per card. */}
          <Link
            to={href}
            prefetch="intent"
            className="after:absolute after:inset-0 focus:outline-none"
          >
            {highlight ? (
              <Highlighted
                segments={lang === "en" && product.nameEn ? highlight.nameEn : highlight.nameVi}
              />
            ) : (
              name
            )}
          </Link>
        </Heading>
        <p className="line-clamp-2 text-xs text-stone-600 sm:text-sm">
          {product.producerName} · {product.provinceName}
        </p>
        <div className="mt-auto flex flex-wrap items-baseline gap-x-1.5 pt-1">
          <span className="text-base font-bold text-brand-700 sm:text-lg">
            {formatVnd(lang, product.priceVnd)}
          </span>
          <span className="text-xs text-stone-600">/ {unit}</span>
        </div>
        {product.stock <= 0 ? (
          <p className="text-xs font-semibold text-red-700">{t("catalog.card.outOfStock")}</p>
        ) : null}
      </div>
    </article>
  );
}
