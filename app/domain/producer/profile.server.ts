import { and, asc, countDistinct, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import { certificates, places, producers, products } from "../../../db/schema";
import { listProductCards } from "../catalog/catalog.server";
import { foldVietnamese } from "../../lib/text";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
} from "../catalog/visibility.server";

export const PRODUCERS_PAGE_SIZE = 24;

export type ProducerList = Awaited<ReturnType<typeof listProducers>>;
export type ProducerListItem = ProducerList["items"][number];
export type ProvinceOption = ProducerList["provinces"][number];

const province = alias(places, "producer_province");
const commune = alias(places, "producer_commune");

const collator = new Intl.Collator("vi");

/**
 * The public producer directory. It lists only active producers with at least one product
 * the public may see today: the directory answers "who makes certified OCOP products", and a
 * producer whose every certificate has lapsed must not look certified (the sitemap uses the
 * same rule). Their profile page still opens (see getProducerProfile), so old links keep
 * working while a product is being re-evaluated.
 *
 * Two queries whatever the page: the page of producers, and the province filter options,
 * whose counts also give the total.
 */
export async function listProducers(
  db: Db,
  today: string,
  opts: { provinceCode?: string | null; page?: number; pageSize?: number } = {},
) {
  const pageSize = opts.pageSize ?? PRODUCERS_PAGE_SIZE;
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const provinceCode = opts.provinceCode ?? null;
  const visible = publicProductCondition(today);

  const [items, provinceRows] = await Promise.all([
    db
      .select({
        slug: producers.slug,
        name: producers.name,
        legalForm: producers.legalForm,
        provinceCode: producers.provinceCode,
        provinceName: province.name,
        visibleProducts: sql<number>`count(*)`.mapWith(Number),
      })
      .from(producers)
      .innerJoin(province, eq(province.code, producers.provinceCode))
      .innerJoin(products, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .where(provinceCode ? and(visible, eq(producers.provinceCode, provinceCode)) : visible)
      .groupBy(producers.id, province.name)
      // Folded and byte-ordered so the order is the same on every server collation.
      .orderBy(sql`lower(unaccent(${producers.name})) collate "C"`, asc(producers.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({
        code: province.code,
        name: province.name,
        producers: countDistinct(producers.id),
      })
      .from(producers)
      .innerJoin(province, eq(province.code, producers.provinceCode))
      .innerJoin(products, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .where(visible)
      .groupBy(province.code, province.name),
  ]);

  const provinces = provinceRows
    .map((p) => ({ ...p, producers: Number(p.producers) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const total = provinceCode
    ? (provinces.find((p) => p.code === provinceCode)?.producers ?? 0)
    : provinces.reduce((sum, p) => sum + p.producers, 0);
  return {
    items,
    provinces,
    provinceCode,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

/**
 * A public profile: `addressNamesPlace` says whether the printed address already names
 * today's commune and province (no repeat); `websiteUrl` is the website as a safe absolute
 * link, or null when it is not an http(s) address.
 */
export type ProducerProfile = NonNullable<Awaited<ReturnType<typeof getProducerProfile>>>;

/**
 * An active producer's public profile with the products the public may see today (possibly
 * none). Suspended or unknown producers are null: the page answers 404. Two queries.
 */
export async function getProducerProfile(db: Db, today: string, slug: string) {
  const [row] = await db
    .select({
      id: producers.id,
      slug: producers.slug,
      name: producers.name,
      legalForm: producers.legalForm,
      storyVi: producers.storyVi,
      storyEn: producers.storyEn,
      representative: producers.representative,
      addressPrinted: producers.addressPrinted,
      communeName: commune.name,
      provinceCode: producers.provinceCode,
      provinceName: province.name,
      phone: producers.phone,
      email: producers.email,
      website: producers.website,
    })
    .from(producers)
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .where(and(eq(producers.slug, slug), eq(producers.status, "active")))
    .limit(1);
  if (!row) return null;

  const cards = await listProductCards(db, today, {
    where: eq(products.producerId, row.id),
    orderBy: [sql`${certificates.stars} desc`, asc(products.nameVi), asc(products.id)],
    // A producer has a handful of products; the cap only guards the page against bad data.
    limit: 200,
  });
  const address = foldVietnamese(row.addressPrinted);
  return {
    ...row,
    addressNamesPlace:
      address.includes(foldVietnamese(row.communeName)) &&
      address.includes(foldVietnamese(row.provinceName)),
    websiteUrl: safeWebsiteUrl(row.website),
    products: cards,
  };
}

/** Only http(s) websites become links: a stored "javascript:" URL must never be clickable. */
export function safeWebsiteUrl(website: string | null): string | null {
  if (!website) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
