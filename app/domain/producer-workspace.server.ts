/**
 * The producer workspace (/producer): a producer member keeps the listings of their own
 * products and fulfils their own order parts. Every query here takes the producer's id and
 * filters on it, so another producer's product or order part is simply not found (404).
 *
 * What a producer may change: price, stock, unit, descriptions, photos, listed/unlisted.
 * What they may not: the name, the stars, the certificate, the place and the legal data,
 * which officials keep (they are shown read-only). Every change is one transaction with its
 * audit entry; order moves go through transitionOrderPart (stock, events, refunds).
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { queryRows, type Db } from "../../db/client";
import {
  cardPayments,
  certificates,
  legalBases,
  orderEvents,
  orderItems,
  orderParts,
  orders,
  places,
  producers,
  productGroups,
  products,
  productSets,
  searchOutbox,
  type CardPaymentStatus,
  type CertificateStatus,
  type IssuingLevel,
  type LegalForm,
  type OrderActorKind,
  type OrderPartStatus,
  type PaymentMethod,
  type ProductImage,
} from "../../db/schema";
import type { Lang } from "../i18n";
import { addDays, VIETNAM_TZ } from "../lib/dates";
import type { SessionUser } from "./accounts.server";
import { changedFields, recordAudit } from "./audit.server";
import { EXPIRING_WITHIN_DAYS } from "./certificate-lookup";
import { transitionOrderPart, type TransitionResult } from "./orders.server";
import type { OrderFilter, ProductEdit } from "./producer-forms";
import { activeCertificateJoin, producerJoin, publicProductFlag } from "./visibility.server";

/** A signed-in producer member, as the workspace routes pass it to the domain. */
export type ProducerActor = Pick<SessionUser, "id" | "email" | "role" | "name"> & {
  producerId: number;
};

export const MAX_PHOTOS = 6;
export const ORDERS_PAGE_SIZE = 20;
/** A CSV export holds at most this many items (rows); the list's filters narrow it down. */
export const CSV_MAX_ROWS = 20_000;

const provincePlace = alias(places, "pws_province");
const communePlace = alias(places, "pws_commune");

// ---------------------------------------------------------------- the producer

export type WorkspaceProducer = {
  id: number;
  slug: string;
  name: string;
  legalForm: LegalForm;
  status: "active" | "suspended";
  provinceCode: string;
  communeCode: string;
  provinceName: string;
  communeName: string;
  addressPrinted: string;
  representative: string | null;
  phone: string | null;
  email: string | null;
};

export async function getWorkspaceProducer(
  db: Db,
  producerId: number,
): Promise<WorkspaceProducer | null> {
  const [row] = await db
    .select({
      id: producers.id,
      slug: producers.slug,
      name: producers.name,
      legalForm: producers.legalForm,
      status: producers.status,
      provinceCode: producers.provinceCode,
      communeCode: producers.communeCode,
      provinceName: provincePlace.name,
      communeName: communePlace.name,
      addressPrinted: producers.addressPrinted,
      representative: producers.representative,
      phone: producers.phone,
      email: producers.email,
    })
    .from(producers)
    .innerJoin(provincePlace, eq(provincePlace.code, producers.provinceCode))
    .innerJoin(communePlace, eq(communePlace.code, producers.communeCode))
    .where(eq(producers.id, producerId));
  return row ?? null;
}

// ---------------------------------------------------------------- overview

export type ExpiringCertificate = {
  productId: number;
  nameVi: string;
  nameEn: string | null;
  stars: number;
  decisionNumber: string;
  validUntil: string;
};

export type ProducerOverview = {
  products: { listed: number; unlisted: number; outOfStock: number; visible: number };
  /** Active certificates ending today or within 30 days (the issuer's warning period). */
  expiring: ExpiringCertificate[];
  /** Listed products whose active certificate has already run out: hidden from the public. */
  expired: ExpiringCertificate[];
  orders: { toConfirm: number; toShip: number };
};

/** The workspace's first page; four queries whatever the catalogue's size. */
export async function getProducerOverview(
  db: Db,
  producerId: number,
  today: string,
): Promise<ProducerOverview> {
  const horizon = addDays(today, EXPIRING_WITHIN_DAYS);
  const [[counts], certs, [parts]] = await Promise.all([
    db
      .select({
        listed: sql<number>`count(*) filter (where ${products.listingStatus} = 'listed')`.mapWith(
          Number,
        ),
        unlisted:
          sql<number>`count(*) filter (where ${products.listingStatus} = 'unlisted')`.mapWith(
            Number,
          ),
        outOfStock: sql<number>`count(*) filter (where ${products.stock} = 0)`.mapWith(Number),
        visible: sql<number>`count(*) filter (where ${publicProductFlag(today)})`.mapWith(Number),
      })
      .from(products)
      .innerJoin(producers, producerJoin)
      .leftJoin(certificates, activeCertificateJoin)
      .where(eq(products.producerId, producerId)),
    db
      .select({
        productId: products.id,
        nameVi: products.nameVi,
        nameEn: products.nameEn,
        stars: certificates.stars,
        decisionNumber: certificates.decisionNumber,
        validUntil: certificates.validUntil,
      })
      .from(products)
      .innerJoin(certificates, activeCertificateJoin)
      .where(
        and(
          eq(products.producerId, producerId),
          sql`${certificates.validUntil} <= ${horizon}`,
          // An expired certificate matters while the product is still meant to be on sale.
          sql`(${certificates.validUntil} >= ${today} or ${products.listingStatus} = 'listed')`,
        ),
      )
      .orderBy(asc(certificates.validUntil), asc(products.id)),
    db
      .select({
        toConfirm: sql<number>`count(*) filter (where ${orderParts.status} = 'placed')`.mapWith(
          Number,
        ),
        toShip: sql<number>`count(*) filter (where ${orderParts.status} = 'confirmed')`.mapWith(
          Number,
        ),
      })
      .from(orderParts)
      .where(
        and(
          eq(orderParts.producerId, producerId),
          inArray(orderParts.status, ["placed", "confirmed"]),
        ),
      ),
  ]);
  return {
    products: counts ?? { listed: 0, unlisted: 0, outOfStock: 0, visible: 0 },
    expiring: certs.filter((c) => c.validUntil >= today),
    expired: certs.filter((c) => c.validUntil < today),
    orders: parts ?? { toConfirm: 0, toShip: 0 },
  };
}

// ---------------------------------------------------------------- products

export type ProducerProductRow = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  unitVi: string;
  unitEn: string | null;
  priceVnd: number;
  stock: number;
  listingStatus: "listed" | "unlisted";
  image: ProductImage | null;
  /** Of the active certificate; null without one. */
  stars: number | null;
  validUntil: string | null;
  /** Whether the public sees it today (listed, producer active, valid certificate ≥ 3★). */
  visible: boolean;
};

/** Every product of the producer (listed or not, certified or not), by name. One query. */
export async function listProducerProducts(
  db: Db,
  producerId: number,
  today: string,
): Promise<ProducerProductRow[]> {
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

export type ProducerProductDetail = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  groupVi: string;
  groupEn: string;
  setVi: string;
  setEn: string;
  descriptionVi: string;
  descriptionEn: string | null;
  unitVi: string;
  unitEn: string | null;
  priceVnd: number;
  stock: number;
  listingStatus: "listed" | "unlisted";
  images: ProductImage[];
  visible: boolean;
  updatedAt: Date;
  /** The active certificate, else the newest one; null when the product has none. */
  certificate: {
    stars: number;
    score: number | null;
    decisionNumber: string;
    decisionDate: string;
    validUntil: string;
    issuingLevel: IssuingLevel;
    issuingBody: string;
    status: CertificateStatus;
    legalBasisVi: string;
    legalBasisEn: string;
  } | null;
};

/** One product of this producer, or null (unknown, or another producer's). Two queries. */
export async function getProducerProduct(
  db: Db,
  producerId: number,
  productId: number,
  today: string,
): Promise<ProducerProductDetail | null> {
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
    sql`select p.id, p.price_vnd, p.stock, p.unit_vi, p.unit_en, p.description_vi,
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
      unitVi: p.unit_vi,
      unitEn: p.unit_en,
      descriptionVi: p.description_vi,
      descriptionEn: p.description_en,
      listingStatus: p.listing_status,
    };
    const after = {
      priceVnd: input.priceVnd,
      stock: input.stock,
      unitVi: input.unitVi,
      unitEn: input.unitEn,
      descriptionVi: input.descriptionVi,
      descriptionEn: input.descriptionEn,
      listingStatus: input.listingStatus,
    };
    const diff = changedFields(before, after);
    const changed = Object.keys(diff.after);
    if (changed.length === 0) return { ok: true, changed } as const;
    await tx
      .update(products)
      .set({ ...after, updatedAt: sql`now()` })
      .where(eq(products.id, p.id));
    // A stock change alone fires no search-outbox trigger (stock is not in the search
    // document), yet the storefront's page cache is keyed by the outbox's newest id. Record
    // the product so a producer's new stock shows at once, not after the cache's TTL.
    if ("stock" in diff.after && !changed.some((f) => f !== "stock" && TRIGGER_FIELDS.has(f))) {
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

export type ProducerOrderRow = {
  partId: number;
  number: string;
  createdAt: Date;
  buyerName: string;
  status: OrderPartStatus;
  items: number;
  totalVnd: number;
  paymentMethod: PaymentMethod;
  cardPaymentStatus: CardPaymentStatus | null;
};

function orderFilterCondition(producerId: number, f: OrderFilter): SQL {
  const conditions: SQL[] = [eq(orderParts.producerId, producerId)];
  if (f.status) conditions.push(eq(orderParts.status, f.status));
  // Dates are the day the order was placed in Vietnam.
  const day = sql`(${orders.createdAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  if (f.from) conditions.push(sql`${day} >= ${f.from}::date`);
  if (f.to) conditions.push(sql`${day} <= ${f.to}::date`);
  return and(...conditions) as SQL;
}

/** A page of the producer's order parts, newest first, with the total count. Two queries. */
export async function listProducerOrderParts(
  db: Db,
  producerId: number,
  filter: OrderFilter,
  page: number,
  pageSize = ORDERS_PAGE_SIZE,
): Promise<{ rows: ProducerOrderRow[]; total: number; pages: number }> {
  const where = orderFilterCondition(producerId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        partId: orderParts.id,
        number: orders.number,
        createdAt: orders.createdAt,
        buyerName: orders.buyerName,
        status: orderParts.status,
        items:
          sql<number>`(select coalesce(sum(i.quantity), 0) from order_items i where i.order_part_id = ${orderParts.id})`.mapWith(
            Number,
          ),
        totalVnd: orderParts.totalVnd,
        paymentMethod: orders.paymentMethod,
        cardPaymentStatus: cardPayments.status,
      })
      .from(orderParts)
      .innerJoin(orders, eq(orders.id, orderParts.orderId))
      .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orderParts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(orderParts)
      .innerJoin(orders, eq(orders.id, orderParts.orderId))
      .where(where),
  ]);
  const n = total?.n ?? 0;
  return { rows, total: n, pages: Math.max(1, Math.ceil(n / pageSize)) };
}

export type ProducerOrderDetail = {
  partId: number;
  number: string;
  createdAt: Date;
  status: OrderPartStatus;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  itemsTotalVnd: number;
  shippingFeeVnd: number;
  totalVnd: number;
  buyerName: string;
  buyerPhone: string;
  street: string;
  communeName: string;
  provinceName: string;
  paymentMethod: PaymentMethod;
  cardPaymentStatus: CardPaymentStatus | null;
  items: {
    productId: number;
    nameVi: string;
    nameEn: string | null;
    unitVi: string;
    unitEn: string | null;
    unitPriceVnd: number;
    quantity: number;
    lineTotalVnd: number;
  }[];
  events: { from: OrderPartStatus | null; to: OrderPartStatus; actor: OrderActorKind; at: Date }[];
};

/**
 * One order part of this producer with what they need to ship it: items, the buyer's name,
 * phone and address (never the buyer's email, nor the other producers' parts). Three queries.
 */
export async function getProducerOrderPart(
  db: Db,
  producerId: number,
  partId: number,
): Promise<ProducerOrderDetail | null> {
  const [part] = await db
    .select({
      partId: orderParts.id,
      number: orders.number,
      createdAt: orders.createdAt,
      status: orderParts.status,
      carrier: orderParts.carrier,
      trackingNumber: orderParts.trackingNumber,
      cancelReason: orderParts.cancelReason,
      itemsTotalVnd: orderParts.itemsTotalVnd,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      totalVnd: orderParts.totalVnd,
      buyerName: orders.buyerName,
      buyerPhone: orders.buyerPhone,
      street: orders.street,
      communeName: communePlace.name,
      provinceName: provincePlace.name,
      paymentMethod: orders.paymentMethod,
      cardPaymentStatus: cardPayments.status,
    })
    .from(orderParts)
    .innerJoin(orders, eq(orders.id, orderParts.orderId))
    .innerJoin(communePlace, eq(communePlace.code, orders.communeCode))
    .innerJoin(provincePlace, eq(provincePlace.code, orders.provinceCode))
    .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
    .where(and(eq(orderParts.id, partId), eq(orderParts.producerId, producerId)));
  if (!part) return null;
  const [items, events] = await Promise.all([
    db
      .select({
        productId: orderItems.productId,
        nameVi: orderItems.nameVi,
        nameEn: orderItems.nameEn,
        unitVi: orderItems.unitVi,
        unitEn: orderItems.unitEn,
        unitPriceVnd: orderItems.unitPriceVnd,
        quantity: orderItems.quantity,
        lineTotalVnd: orderItems.lineTotalVnd,
      })
      .from(orderItems)
      .where(eq(orderItems.orderPartId, partId))
      .orderBy(asc(orderItems.id)),
    db
      .select({
        from: orderEvents.fromStatus,
        to: orderEvents.toStatus,
        actor: orderEvents.actorKind,
        at: orderEvents.createdAt,
      })
      .from(orderEvents)
      .where(eq(orderEvents.orderPartId, partId))
      .orderBy(asc(orderEvents.id)),
  ]);
  return { ...part, items, events };
}

export type ProducerMove = "confirmed" | "shipped" | "delivered" | "cancelled";

/**
 * Moves one of the producer's order parts: the transition (stock, event, refund) and the
 * audit entry commit together or not at all. A refused move writes nothing.
 */
export async function moveProducerOrderPart(
  db: Db,
  actor: ProducerActor,
  partId: number,
  to: ProducerMove,
  details: { carrier?: string; trackingNumber?: string; reason?: string } = {},
): Promise<TransitionResult> {
  return db.transaction(async (tx) => {
    const [part] = await tx
      .select({
        status: orderParts.status,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(orderParts)
      .innerJoin(producers, eq(producers.id, orderParts.producerId))
      .where(and(eq(orderParts.id, partId), eq(orderParts.producerId, actor.producerId)));
    if (!part) return { ok: false, error: "notFound" } as const;
    const result = await transitionOrderPart(tx, {
      partId,
      to,
      actor: { kind: "producer", userId: actor.id, producerId: actor.producerId },
      details,
    });
    if (!result.ok) return result;
    await recordAudit(tx, actor, {
      action: `orderPart.${to}`,
      entityType: "order_part",
      entityId: partId,
      provinceCode: part.provinceCode,
      communeCode: part.communeCode,
      before: { status: result.from },
      after: {
        status: result.to,
        ...(to === "shipped"
          ? { carrier: details.carrier ?? null, trackingNumber: details.trackingNumber ?? null }
          : {}),
        ...(to === "cancelled" ? { cancelReason: details.reason ?? null } : {}),
      },
    });
    return result;
  });
}

export type OrderCsvItem = {
  number: string;
  createdAt: Date;
  status: OrderPartStatus;
  buyerName: string;
  buyerPhone: string;
  street: string;
  communeName: string;
  provinceName: string;
  paymentMethod: PaymentMethod;
  cardPaymentStatus: CardPaymentStatus | null;
  nameVi: string;
  nameEn: string | null;
  unitVi: string;
  unitEn: string | null;
  unitPriceVnd: number;
  quantity: number;
  lineTotalVnd: number;
  shippingFeeVnd: number;
  partTotalVnd: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
};

/** Every item of the producer's order parts matching the filter, newest order first. One query. */
export async function listProducerOrderItemsForCsv(
  db: Db,
  producerId: number,
  filter: OrderFilter,
): Promise<{ items: OrderCsvItem[]; truncated: boolean }> {
  const rows = await db
    .select({
      number: orders.number,
      createdAt: orders.createdAt,
      status: orderParts.status,
      buyerName: orders.buyerName,
      buyerPhone: orders.buyerPhone,
      street: orders.street,
      communeName: communePlace.name,
      provinceName: provincePlace.name,
      paymentMethod: orders.paymentMethod,
      cardPaymentStatus: cardPayments.status,
      nameVi: orderItems.nameVi,
      nameEn: orderItems.nameEn,
      unitVi: orderItems.unitVi,
      unitEn: orderItems.unitEn,
      unitPriceVnd: orderItems.unitPriceVnd,
      quantity: orderItems.quantity,
      lineTotalVnd: orderItems.lineTotalVnd,
      shippingFeeVnd: orderParts.shippingFeeVnd,
      partTotalVnd: orderParts.totalVnd,
      carrier: orderParts.carrier,
      trackingNumber: orderParts.trackingNumber,
      cancelReason: orderParts.cancelReason,
    })
    .from(orderParts)
    .innerJoin(orders, eq(orders.id, orderParts.orderId))
    .innerJoin(orderItems, eq(orderItems.orderPartId, orderParts.id))
    .innerJoin(communePlace, eq(communePlace.code, orders.communeCode))
    .innerJoin(provincePlace, eq(provincePlace.code, orders.provinceCode))
    .leftJoin(cardPayments, eq(cardPayments.orderId, orders.id))
    .where(orderFilterCondition(producerId, filter))
    .orderBy(desc(orders.createdAt), desc(orderParts.id), asc(orderItems.id))
    .limit(CSV_MAX_ROWS + 1);
  return { items: rows.slice(0, CSV_MAX_ROWS), truncated: rows.length > CSV_MAX_ROWS };
}

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * "23/11/2026 20:29" / "23 Nov 2026, 20:29": a moment as read in Vietnam, date first, formatted
 * on the server (so the browser never re-renders it differently).
 */
export function formatVietnamDateTime(lang: Lang, at: Date): string {
  let f = dateTimeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
      timeZone: VIETNAM_TZ,
      day: lang === "vi" ? "2-digit" : "numeric",
      month: lang === "vi" ? "2-digit" : "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateTimeFormats.set(lang, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const time = `${p.hour}:${p.minute}`;
  return lang === "vi"
    ? `${p.day}/${p.month}/${p.year} ${time}`
    : `${p.day} ${p.month} ${p.year}, ${time}`;
}
