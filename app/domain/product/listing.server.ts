/**
 * A producer's listing of its own products: price, stock, unit, descriptions, photos,
 * listed/unlisted. The name, stars, certificate, place and legal data are the officials' and
 * are not changed here. Every query filters on the producer's id, so another producer's
 * product is simply not found; every change is one transaction with its audit entry.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../../../db/client";
import {
  certificates,
  legalBases,
  producers,
  productGroups,
  products,
  productSets,
  searchOutbox,
  type ProductImage,
} from "../../../db/schema";
import { changedFields, recordAudit } from "../audit/record.server";
import type { ProductEdit } from "./listing-schema";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductFlag,
} from "../catalog/visibility.server";
import type { ProducerActor } from "../producer/overview.server";
import { moveOrStay } from "../lifecycle/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "./lifecycle";
export const MAX_PHOTOS = 6;

/**
 * A product in the producer's list: `stars` and `validUntil` are the active certificate's (null
 * without one); `visible` says whether the public sees it today (listed, producer active,
 * valid certificate ≥ 3★).
 */
export type ProducerProductRow = Awaited<ReturnType<typeof listProducerProducts>>[number];

/** Every product of the producer (listed or not, certified or not), by name. One query. */
export async function listProducerProducts(db: Db, producerId: number, today: string) {
  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      unitVi: products.unitVi,
      unitEn: products.unitEn,
      priceVnd: products.priceVnd,
      stock: products.stock,
      listingStatus: products.listingStatus,
      images: products.images,
      stars: certificates.stars,
      validUntil: certificates.validUntil,
      visible: publicProductFlag(today),
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .leftJoin(certificates, activeCertificateJoin)
    .where(eq(products.producerId, producerId))
    .orderBy(sql`lower(unaccent(${products.nameVi})) collate "C"`, asc(products.id));
  return rows.map(({ images, ...r }) => ({ ...r, image: images[0] ?? null }));
}

/**
 * One product as the producer's page reads it, with its active certificate (else the newest;
 * null when it has none). The type follows getProducerProduct's column selections.
 */
export type ProducerProductDetail = NonNullable<Awaited<ReturnType<typeof getProducerProduct>>>;

/** One product of this producer, or null (unknown, or another producer's). Two queries. */
export async function getProducerProduct(
  db: Db,
  producerId: number,
  productId: number,
  today: string,
) {
  const [row] = await db
    .select({
      id: products.id,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      groupVi: productGroups.nameVi,
      groupEn: productGroups.nameEn,
      setVi: productSets.nameVi,
      setEn: productSets.nameEn,
      descriptionVi: products.descriptionVi,
      descriptionEn: products.descriptionEn,
      unitVi: products.unitVi,
      unitEn: products.unitEn,
      priceVnd: products.priceVnd,
      stock: products.stock,
      packedWeightGrams: products.packedWeightGrams,
      alcoholPercent: products.alcoholPercent,
      listingStatus: products.listingStatus,
      images: products.images,
      updatedAt: products.updatedAt,
      visible: publicProductFlag(today),
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(productSets, eq(productSets.id, products.productSetId))
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .leftJoin(certificates, activeCertificateJoin)
    .where(and(eq(products.id, productId), eq(products.producerId, producerId)));
  if (!row) return null;
  const [certificate] = await db
    .select({
      stars: certificates.stars,
      score: certificates.score,
      decisionNumber: certificates.decisionNumber,
      decisionDate: certificates.decisionDate,
      validUntil: certificates.validUntil,
      issuingLevel: certificates.issuingLevel,
      issuingBody: certificates.issuingBody,
      status: certificates.status,
      legalBasisVi: legalBases.nameVi,
      legalBasisEn: legalBases.nameEn,
    })
    .from(certificates)
    .innerJoin(legalBases, eq(legalBases.code, certificates.legalBasisCode))
    .where(eq(certificates.productId, productId))
    .orderBy(sql`(${certificates.status} = 'active') desc`, desc(certificates.decisionDate))
    .limit(1);
  return { ...row, certificate: certificate ?? null };
}

/** Whether the product exists and is this producer's: checked before reading an upload. */
export async function producerOwnsProduct(
  db: Db,
  producerId: number,
  productId: number,
): Promise<{ photos: number } | null> {
  const [row] = await db
    .select({ images: products.images })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.producerId, producerId)));
  return row ? { photos: row.images.length } : null;
}

export type ProductChangeResult =
  | { ok: true; changed: string[] }
  | { ok: false; error: "notFound" | "tooManyPhotos" | "photoNotFound" };

type LockedProduct = {
  id: number;
  price_vnd: number;
  stock: number;
  packed_weight_grams: number;
  alcohol_percent: number | null;
  unit_vi: string;
  unit_en: string | null;
  description_vi: string;
  description_en: string | null;
  listing_status: "listed" | "unlisted";
  images: ProductImage[];
  name_vi: string;
  name_en: string | null;
  province_code: string;
  commune_code: string;
};

/** The product row locked for the rest of the transaction, if it is this producer's. */
async function lockProduct(
  tx: Db,
  producerId: number,
  productId: number,
): Promise<LockedProduct | null> {
  const [row] = await queryRows<LockedProduct>(
    tx,
    sql`select p.id, p.price_vnd, p.stock, p.packed_weight_grams,
               p.alcohol_percent::float8 as alcohol_percent, p.unit_vi, p.unit_en, p.description_vi,
               p.description_en, p.listing_status, p.images, p.name_vi, p.name_en,
               pr.province_code, pr.commune_code
          from products p join producers pr on pr.id = p.producer_id
         where p.id = ${productId} and p.producer_id = ${producerId}
           for update of p`,
  );
  return row ?? null;
}

/**
 * Saves the listing fields. Nothing changed: nothing written, no audit entry. Otherwise one
 * transaction: the update, and the audit entry with only the fields that changed.
 */
export async function updateProducerProduct(
  db: Db,
  actor: ProducerActor,
  productId: number,
  input: ProductEdit,
): Promise<ProductChangeResult> {
  return db.transaction(async (tx) => {
    const p = await lockProduct(tx, actor.producerId, productId);
    if (!p) return { ok: false, error: "notFound" } as const;
    const before = {
      priceVnd: p.price_vnd,
      stock: p.stock,
      packedWeightGrams: p.packed_weight_grams,
      alcoholPercent: p.alcohol_percent,
      unitVi: p.unit_vi,
      unitEn: p.unit_en,
      descriptionVi: p.description_vi,
      descriptionEn: p.description_en,
      listingStatus: p.listing_status,
    };
    // Listing and unlisting are the producer's moves; saving the form as it was is none.
    const listing = moveOrStay(
      PRODUCT_LISTING_LIFECYCLE,
      p.listing_status,
      input.listingStatus,
      "producer",
    );
    if (!listing.ok) throw new Error(`product ${p.id}: listing ${listing.error}`);
    const after = {
      priceVnd: input.priceVnd,
      stock: input.stock,
      packedWeightGrams: input.packedWeightGrams,
      alcoholPercent: input.alcoholPercent,
      unitVi: input.unitVi,
      unitEn: input.unitEn,
      descriptionVi: input.descriptionVi,
      descriptionEn: input.descriptionEn,
      listingStatus: listing.to,
    };
    const diff = changedFields(before, after);
    const changed = Object.keys(diff.after);
    if (changed.length === 0) return { ok: true, changed } as const;
    await tx
      .update(products)
      .set({ ...after, updatedAt: sql`now()` })
      .where(eq(products.id, p.id));
    // A stock or weight change alone fires no search-outbox trigger (neither is in the search
    // document), yet the storefront's page cache is keyed by the outbox's newest id. Record
    // the product so a producer's new stock (or shipping fee) shows at once, not after the TTL.
    if (!changed.some((f) => TRIGGER_FIELDS.has(f))) {
      await tx.insert(searchOutbox).values({ productId: p.id });
    }
    await recordAudit(tx, actor, {
      action: "product.update",
      entityType: "product",
      entityId: p.id,
      provinceCode: p.province_code,
      communeCode: p.commune_code,
      before: diff.before,
      after: diff.after,
    });
    return { ok: true, changed } as const;
  });
}

/** Fields whose update fires the products_outbox trigger (migration 0003). */
const TRIGGER_FIELDS = new Set([
  "priceVnd",
  "unitVi",
  "unitEn",
  "descriptionVi",
  "descriptionEn",
  "listingStatus",
  "images",
]);

async function changeImages(
  db: Db,
  actor: ProducerActor,
  productId: number,
  action: string,
  change: (p: LockedProduct) => ProductImage[] | "tooManyPhotos" | "photoNotFound",
): Promise<ProductChangeResult & { removed?: ProductImage[] }> {
  return db.transaction(async (tx) => {
    const p = await lockProduct(tx, actor.producerId, productId);
    if (!p) return { ok: false, error: "notFound" } as const;
    const images = change(p);
    if (typeof images === "string") return { ok: false, error: images } as const;
    await tx
      .update(products)
      .set({ images, updatedAt: sql`now()` })
      .where(eq(products.id, p.id));
    await recordAudit(tx, actor, {
      action,
      entityType: "product",
      entityId: p.id,
      provinceCode: p.province_code,
      communeCode: p.commune_code,
      before: { images: p.images },
      after: { images },
    });
    const kept = new Set(images.map((i) => i.src));
    return {
      ok: true,
      changed: ["images"],
      removed: p.images.filter((i) => !kept.has(i.src)),
    } as const;
  });
}

/** Adds a stored photo after the others (at most six). */
export function addProductPhoto(
  db: Db,
  actor: ProducerActor,
  productId: number,
  photo: { src: string; thumbSrc: string },
): Promise<ProductChangeResult> {
  return changeImages(db, actor, productId, "product.photo.add", (p) => {
    if (p.images.length >= MAX_PHOTOS) return "tooManyPhotos";
    if (p.images.some((i) => i.src === photo.src)) return p.images;
    return [
      ...p.images,
      { src: photo.src, thumbSrc: photo.thumbSrc, altVi: p.name_vi, altEn: p.name_en ?? p.name_vi },
    ];
  });
}

/** Removes one photo; the caller deletes its files once this has committed. */
export function removeProductPhoto(
  db: Db,
  actor: ProducerActor,
  productId: number,
  src: string,
): Promise<ProductChangeResult & { removed?: ProductImage[] }> {
  return changeImages(db, actor, productId, "product.photo.remove", (p) => {
    if (!p.images.some((i) => i.src === src)) return "photoNotFound";
    return p.images.filter((i) => i.src !== src);
  });
}

/** Makes one photo the first: the one the storefront shows on cards and the product page. */
export function makeProductPhotoFirst(
  db: Db,
  actor: ProducerActor,
  productId: number,
  src: string,
): Promise<ProductChangeResult> {
  return changeImages(db, actor, productId, "product.photo.first", (p) => {
    const chosen = p.images.find((i) => i.src === src);
    if (!chosen) return "photoNotFound";
    return [chosen, ...p.images.filter((i) => i.src !== src)];
  });
}

// ---------------------------------------------------------------- order parts
