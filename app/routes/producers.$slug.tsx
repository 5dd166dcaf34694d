import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ProductCard } from "~/components/product-card";
import { getProducerProfile } from "~/domain/producer/profile.server";
import { makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { telHref } from "~/lib/tel-href";
import { enter, notFound } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, slug } = await enter(args, "public");
  const producer = await getProducerProfile(db, todayInVietnam(), slug());
  // Suspended and unknown producers look alike from outside: neither has a public page.
  if (!producer) throw notFound();
  const t = makeT(lang);
  const story = pick(lang, producer.storyVi, producer.storyEn);
  return {
    producer,
    meta: {
      title: `${producer.name} – ${t("site.name")}`,
      description: story.length > 160 ? `${story.slice(0, 157).trimEnd()}…` : story,
      // Without a certified product the page stays reachable but out of search engines.
      noindex: producer.products.length === 0,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        ...(data.meta.noindex ? [{ name: "robots", content: "noindex" }] : []),
      ]
    : [];

export default function ProducerPage() {
  const { producer } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const storyFallsBack = lang === "en" && !producer.storyEn;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <Link to="/producers" className="text-sm font-medium text-brand-700 hover:underline">
        <span aria-hidden="true">← </span>
        {t("producers.back")}
      </Link>
      <header className="mt-4">
        <p className="text-sm font-semibold text-stone-600">
          {legalFormLabel(t, producer.legalForm)}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{producer.name}</h1>
        <p className="mt-1 text-stone-700">
          {producer.communeName}, {producer.provinceName}
        </p>
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="producer-story" className="lg:col-span-2">
          <h2 id="producer-story" className="text-xl font-bold">
            {t("producers.profile.story")}
          </h2>
          {storyFallsBack && (
            <p className="mt-2 text-sm italic text-stone-600">
              {t("producers.profile.storyInVietnamese")}
            </p>
          )}
          <div
            className="mt-3 space-y-3 leading-relaxed text-stone-800"
            lang={storyFallsBack ? "vi" : undefined}
          >
            {pick(lang, producer.storyVi, producer.storyEn)
              .split(/\n{2,}/)
              .map((para, i) => (
                <p key={i}>{para}</p>
              ))}
          </div>
        </section>

        <aside className="space-y-6 rounded-xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <section aria-labelledby="producer-place">
            <h2 id="producer-place" className="font-semibold">
              {t("producers.profile.place")}
            </h2>
            <address className="mt-2 text-sm not-italic leading-relaxed text-stone-700">
              {producer.addressPrinted}
              {!producer.addressNamesPlace && (
                <>
                  <br />
                  {producer.communeName}, {producer.provinceName}
                </>
              )}
            </address>
          </section>
          <section aria-labelledby="producer-contact">
            <h2 id="producer-contact" className="font-semibold">
              {t("producers.profile.contact")}
            </h2>
            <dl className="mt-2 space-y-2 text-sm">
              {producer.representative && (
                <ContactRow label={t("producers.profile.representative")}>
                  {producer.representative}
                </ContactRow>
              )}
              {producer.phone && (
                <ContactRow label={t("producers.profile.phone")}>
                  <a href={telHref(producer.phone)} className="text-brand-700 underline">
                    {producer.phone}
                  </a>
                </ContactRow>
              )}
              {producer.email && (
                <ContactRow label={t("producers.profile.email")}>
                  <a
                    href={`mailto:${producer.email}`}
                    className="break-all text-brand-700 underline"
                  >
                    {producer.email}
                  </a>
                </ContactRow>
              )}
              {producer.website && (
                <ContactRow label={t("producers.profile.website")}>
                  {producer.websiteUrl ? (
                    <a
                      href={producer.websiteUrl}
                      rel="noopener noreferrer nofollow"
                      className="break-all text-brand-700 underline"
                    >
                      {producer.website.replace(/^https?:\/\//, "")}
                    </a>
                  ) : (
                    <span className="break-all">{producer.website}</span>
                  )}
                </ContactRow>
              )}
            </dl>
          </section>
        </aside>
      </div>

      <section aria-labelledby="producer-products" className="mt-12">
        <h2 id="producer-products" className="text-2xl font-bold tracking-tight">
          {t("producers.profile.products", { count: producer.products.length })}
        </h2>
        {producer.products.length === 0 ? (
          <p className="mt-4 rounded-lg bg-white p-6 text-stone-700 shadow-sm">
            {t("producers.profile.noProducts")}
          </p>
        ) : (
          <ul className="mt-4 grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
            {producer.products.map((p) => (
              <li key={p.id} className="flex">
                <ProductCard product={p} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ContactRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-stone-800">{children}</dd>
    </div>
  );
}
