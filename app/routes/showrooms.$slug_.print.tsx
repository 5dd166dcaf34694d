/**
 * /showrooms/:slug/print — the showroom's shelf catalogue on A4 paper, a QR code per product.
 * "$slug_" keeps this page out of the showroom page's layout.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PrintCatalogue, printCatalogueLinks } from "~/components/promotion/print-catalogue";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { PROMO_SLUG } from "~/domain/promotion/schemas";
import { getPublicShowroom } from "~/domain/promotion/promotion.server";
import { makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { printEntries } from "~/web/print-entries.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!PROMO_SLUG.test(slug)) throw new Response("Not Found", { status: 404 });
  const [db, lang] = await Promise.all([getDb(), getLang(request)]);
  const today = todayInVietnam();
  const showroom = await getPublicShowroom(db, slug, today);
  if (!showroom) throw new Response("Not Found", { status: 404 });
  const { siteUrl } = getConfig();
  const t = makeT(lang);
  const { entries: _entries, ...rest } = showroom;
  return {
    showroom: rest,
    entries: await printEntries(showroom.entries, siteUrl),
    siteUrl,
    today,
    meta: {
      title: `${pick(lang, showroom.nameVi, showroom.nameEn)} – ${t("promo.print.title")} · ${t("site.name")}`,
    },
  };
}

export const links = printCatalogueLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];

export default function ShowroomPrint() {
  const { showroom: s, entries, siteUrl, today } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const contact = [s.contactPhone, s.contactEmail].filter(Boolean).join(" · ");
  return (
    <PrintCatalogue
      kind="showroom"
      title={pick(lang, s.nameVi, s.nameEn)}
      details={[
        `${t("promo.showroom.address")}: ${s.address}, ${s.communeName}, ${s.provinceName}`,
        `${t("promo.showroom.hours")}: ${s.openingHours}`,
        ...(contact ? [`${t("promo.showroom.contact")}: ${contact}`] : []),
      ]}
      entries={entries}
      backHref={`/showrooms/${s.slug}`}
      siteUrl={siteUrl}
      printedOn={today}
    />
  );
}
