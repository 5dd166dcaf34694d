import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductImagePlaceholder } from "~/components/product-card";
import { StarBadge } from "~/components/star-badge";
import { PageHeader } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { lookupStatus } from "~/domain/certificate/lookup-query";
import { listProducerProducts } from "~/domain/product/listing.server";
import { formatDate, formatNumber, formatVnd, makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const t = makeT(lang);
  const today = todayInVietnam();
  const rows = await listProducerProducts(db, user.producerId, today);
  const products = rows.map((p) => ({
    ...p,
    certificateState: p.validUntil
      ? lookupStatus({ status: "active", validUntil: p.validUntil }, today)
      : null,
  }));
  return reply({
    products,
    meta: { title: t("pws.meta.title", { page: t("pws.products.title") }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function ProducerProductsPage() {
  const { t, lang } = useT();
  const { products } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("pws.products.title")} description={t("pws.products.intro")} />
      {products.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-5 text-stone-600">
          {t("pws.products.empty")}
        </p>
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-600">
            {t("pws.products.count", { count: formatNumber(lang, products.length) })}
          </p>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm">
            {products.map((p) => {
              const name = pick(lang, p.nameVi, p.nameEn);
              const image = p.image;
              return (
                <li
                  key={p.id}
                  data-testid="producer-product"
                  className="flex flex-wrap items-center gap-x-4 gap-y-3 p-4"
                >
                  <div className="h-16 w-16 shrink-0 overflow-hidden rounded-lg bg-rice-100 ring-1 ring-stone-200">
                    {image ? (
                      <img
                        src={image.thumbSrc ?? image.src}
                        alt=""
                        width={64}
                        height={64}
                        loading="lazy"
                        className="h-full w-full object-cover"
                      />
                    ) : (
                      <ProductImagePlaceholder label="" />
                    )}
                  </div>
                  <div className="min-w-0 flex-1 basis-48">
                    <h2 className="font-semibold leading-snug text-stone-900">{name}</h2>
                    <div className="mt-1 flex flex-wrap items-center gap-1.5">
                      {p.stars !== null ? (
                        <StarBadge stars={p.stars} />
                      ) : (
                        <StatusBadge tone="stone">{t("pws.products.noCertificate")}</StatusBadge>
                      )}
                      <StatusBadge tone={p.listingStatus === "listed" ? "green" : "stone"}>
                        {t(
                          p.listingStatus === "listed"
                            ? "pws.status.listed"
                            : "pws.status.unlisted",
                        )}
                      </StatusBadge>
                      <StatusBadge tone={p.visible ? "blue" : "amber"}>
                        {t(p.visible ? "pws.status.visible" : "pws.status.hidden")}
                      </StatusBadge>
                      {p.stock === 0 && (
                        <StatusBadge tone="red">{t("pws.status.outOfStock")}</StatusBadge>
                      )}
                    </div>
                    {p.validUntil && (
                      <p
                        className={`mt-1 text-xs ${
                          p.certificateState === "valid"
                            ? "text-stone-600"
                            : "font-semibold text-amber-900"
                        }`}
                      >
                        {t("pws.products.validUntil", { date: formatDate(lang, p.validUntil) })}
                        {p.certificateState !== "valid" && p.certificateState && (
                          <> · {t(`pws.cert.status.${p.certificateState}`)}</>
                        )}
                      </p>
                    )}
                  </div>
                  <div className="flex w-full items-center justify-between gap-4 sm:w-auto sm:justify-end">
                    <div className="text-left sm:text-right">
                      <p className="font-bold text-brand-700" data-testid="producer-product-price">
                        {formatVnd(lang, p.priceVnd)}
                        <span className="font-normal text-stone-600">
                          {" "}
                          / {pick(lang, p.unitVi, p.unitEn)}
                        </span>
                      </p>
                      <p className="text-sm text-stone-700" data-testid="producer-product-stock">
                        {t("pws.products.stock", { count: formatNumber(lang, p.stock) })}
                      </p>
                    </div>
                    <Link
                      to={`/producer/products/${p.id}`}
                      aria-label={t("pws.products.edit", { name })}
                      className="inline-flex min-h-12 shrink-0 items-center justify-center rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800 hover:bg-stone-50"
                    >
                      {t("pws.products.editShort")}
                    </Link>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
