import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { renderSitemap, sitemapEntries } from "~/domain/catalog/sitemap.server";
import { todayInVietnam } from "~/lib/dates";

export async function loader() {
  const entries = await sitemapEntries(await getDb(), todayInVietnam(), getConfig().siteUrl);
  return new Response(renderSitemap(entries), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      // Visibility turns on a date: an hour's staleness is fine, a day's is not.
      "Cache-Control": "public, max-age=3600",
    },
  });
}
