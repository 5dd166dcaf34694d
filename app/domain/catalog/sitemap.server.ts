import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { certificates, producers, products } from "../../../db/schema";
import { VIETNAM_TZ } from "../../lib/dates";
import { publishedPromotionPages } from "../promotion/promotion.server";
import { PROMOTION_PATHS } from "../promotion/schemas";
import { activeCertificateJoin, producerJoin, publicProductCondition } from "./visibility.server";

export type SitemapEntry = { loc: string; lastmod: string | null };

/**
 * A product page changes when the product is edited or its certificate is renewed, so its
 * last modification is the later of the two, as a calendar date in Vietnam.
 */
const productLastmod = sql`greatest(${products.updatedAt}, ${certificates.createdAt})`;
const asVietnamDate = (ts: ReturnType<typeof sql>) =>
  sql<string>`to_char((${ts}) at time zone ${VIETNAM_TZ}, 'YYYY-MM-DD')`;

/**
 * Every page a search engine should know: the fixed pages, every product the public may see
 * today and every producer with at least one of them (the same rule as the producer
 * directory), and the published fairs and showrooms. Three queries. A sitemap holds at most
 * 50,000 URLs: past that it must be split into an index, which this catalogue does not need yet.
 */
export async function sitemapEntries(
  db: Db,
  today: string,
  siteUrl: string,
): Promise<SitemapEntry[]> {
  const visible = publicProductCondition(today);
  const [productRows, producerRows, promotionRows] = await Promise.all([
    db
      .select({ slug: products.slug, lastmod: asVietnamDate(productLastmod) })
      .from(products)
      .innerJoin(producers, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .where(visible)
      .orderBy(asc(products.id)),
    db
      .select({ slug: producers.slug, lastmod: asVietnamDate(sql`max(${productLastmod})`) })
      .from(producers)
      .innerJoin(products, eq(products.producerId, producers.id))
      .innerJoin(certificates, activeCertificateJoin)
      .where(visible)
      .groupBy(producers.id)
      .orderBy(asc(producers.id)),
    publishedPromotionPages(db),
  ]);

  const newest = productRows.reduce<string | null>(
    (max, r) => (max === null || r.lastmod > max ? r.lastmod : max),
    null,
  );
  const url = (path: string) => `${siteUrl}${path}`;
  return [
    { loc: url("/"), lastmod: newest },
    { loc: url("/products"), lastmod: newest },
    { loc: url("/producers"), lastmod: newest },
    { loc: url("/certificates"), lastmod: null },
    ...productRows.map((r) => ({
      loc: url(`/products/${encodeURIComponent(r.slug)}`),
      lastmod: r.lastmod,
    })),
    ...producerRows.map((r) => ({
      loc: url(`/producers/${encodeURIComponent(r.slug)}`),
      lastmod: r.lastmod,
    })),
    // Fairs and showrooms: their lists only when something is published, then each page.
    ...(["fair", "showroom"] as const).flatMap((kind) => {
      const rows = promotionRows.filter((r) => r.kind === kind);
      const newestPage = rows.reduce<string | null>(
        (max, r) => (max === null || r.lastmod > max ? r.lastmod : max),
        null,
      );
      const base = PROMOTION_PATHS[kind].public;
      return rows.length === 0
        ? []
        : [
            { loc: url(base), lastmod: newestPage },
            ...rows.map((r) => ({
              loc: url(`${base}/${encodeURIComponent(r.slug)}`),
              lastmod: r.lastmod,
            })),
          ];
    }),
  ];
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

export function renderSitemap(entries: SitemapEntry[]): string {
  const urls = entries
    .map(
      (e) =>
        `  <url>\n    <loc>${escapeXml(e.loc)}</loc>\n${e.lastmod ? `    <lastmod>${escapeXml(e.lastmod)}</lastmod>\n` : ""}  </url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function renderRobots(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}
