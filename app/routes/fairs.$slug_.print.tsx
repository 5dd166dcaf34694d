/**
 * /fairs/:slug/print — the fair's catalogue on A4 paper, a QR code per product. The file name's
 * "$slug_" keeps this page out of the fair page's layout: it renders on its own, not inside it.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PrintCatalogue, printCatalogueLinks } from "~/components/promotion/print-catalogue";
import { formatDateRange } from "~/components/promotion/promo-public";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { PROMO_SLUG } from "~/domain/promotion/schemas";
import { getPublicFair } from "~/domain/promotion/promotion.server";
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
  const fair = await getPublicFair(db, slug, today);
  if (!fair) throw new Response("Not Found", { status: 404 });
  const { siteUrl } = getConfig();
  const t = makeT(lang);
  const { entries: _entries, ...rest } = fair;
  return {
    fair: rest,
    entries: await printEntries(fair.entries, siteUrl),
    siteUrl,
    today,
    meta: {
      title: `${pick(lang, fair.nameVi, fair.nameEn)} – ${t("promo.print.title")} · ${t("site.name")}`,
    },
  };
}

export const links = printCatalogueLinks;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];

export default function FairPrint() {
  const { fair, entries, siteUrl, today } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <PrintCatalogue
      kind="fair"
      title={pick(lang, fair.nameVi, fair.nameEn)}
      details={[
        `${t("promo.fair.when")}: ${formatDateRange(lang, fair.startsOn, fair.endsOn)}`,
        `${t("promo.fair.where")}: ${fair.venue}, ${fair.provinceName}`,
        `${t("promo.organiser")}: ${fair.organiserName}`,
      ]}
      entries={entries}
      backHref={`/fairs/${fair.slug}`}
      siteUrl={siteUrl}
      printedOn={today}
    />
  );
}
