/**
 * A producer as its own members see it in their workspace: who they are and what needs doing.
 * Every query takes the producer's id and filters on it.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db } from "../../../db/client";
import { certificates, orderParts, places, producers, products } from "../../../db/schema";
import { addDays } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import { EXPIRING_WITHIN_DAYS } from "../certificate/lookup-query";
import { noticeColumns } from "../certificate/expiry-notices.server";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductFlag,
} from "../catalog/visibility.server";
/** A signed-in producer member, as the workspace routes pass it to the domain. */
export type ProducerActor = Pick<SessionUser, "id" | "email" | "role" | "name"> & {
  producerId: number;
};

const provincePlace = alias(places, "pws_province");
const communePlace = alias(places, "pws_commune");

// ---------------------------------------------------------------- the producer

export type WorkspaceProducer = NonNullable<Awaited<ReturnType<typeof getWorkspaceProducer>>>;

export async function getWorkspaceProducer(db: Db, producerId: number) {
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

/**
 * The workspace's first page: product counts; `expiring`, the active certificates ending today
 * or within 30 days (the issuer's warning period); `expired`, the listed products whose active
 * certificate has already run out (hidden from the public); orders waiting on the producer.
 */
export type ProducerOverview = Awaited<ReturnType<typeof getProducerOverview>>;
export type ExpiringCertificate = ProducerOverview["expiring"][number];

/** The workspace's first page; four queries whatever the catalogue's size. */
export async function getProducerOverview(db: Db, producerId: number, today: string) {
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
        certificateId: certificates.id,
        nameVi: products.nameVi,
        nameEn: products.nameEn,
        stars: certificates.stars,
        decisionNumber: certificates.decisionNumber,
        validUntil: certificates.validUntil,
        // The expiry notices received (issue 12): when each went out, the letter.
        ...noticeColumns(),
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
