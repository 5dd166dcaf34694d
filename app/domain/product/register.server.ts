/**
 * Certified products as an official sees them: every product of a producer in the official's
 * unit (and nothing else), whatever the public may see, with the state of its certificate.
 * Reading only; the writes are in certificate/commands.server.ts.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "../../../db/client";
import {
  certificates,
  legalBases,
  places,
  producers,
  productGroups,
  products,
  productSets,
} from "../../../db/schema";
import { addDays } from "../../lib/dates";
import { foldVietnamese } from "../../lib/text";
import { CATALOG_SCHEME, groupNameColumns } from "../catalog/catalog.server";
import { EXPIRING_WITHIN_DAYS } from "../certificate/lookup-query";
import {
  CERT_STATES,
  PRODUCER_OPTIONS_LIMIT,
  type CertState,
  type LegalBasisOption,
} from "../certificate/schemas";
import { inScope, type ScopeUser } from "../policy/scope.server";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductFlag,
} from "../catalog/visibility.server";
import { parseId, parseInteger, parsePage } from "../../lib/params";

export const ADMIN_PRODUCTS_PAGE_SIZE = 50;
export { CERT_STATES, PRODUCER_OPTIONS_LIMIT, type CertState };

const commune = alias(places, "admin_commune");
const province = alias(places, "admin_province");

/** Products of producers in the user's unit. */
export function productInScope(user: ScopeUser): SQL {
  return inScope(user, producers.provinceCode, producers.communeCode);
}

/**
 * What a product's certificate means today, for the official: valid, expiring within 30 days,
 * expired (still active on record, but past its date), revoked (no active certificate, one
 * was withdrawn), or none (never certified, or only superseded records).
 */
function certStateSql(today: string): SQL<CertState> {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  return sql<CertState>`case
    when ${certificates.id} is not null then
      case when ${certificates.validUntil} < ${today} then 'expired'
           when ${certificates.validUntil} <= ${soon} then 'expiring'
           else 'valid' end
    when exists (select 1 from certificates r where r.product_id = ${products.id} and r.status = 'revoked')
      then 'revoked'
    else 'none' end`;
}

export const adminProductFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  stars: z.unknown().transform((v) => parseInteger(v, { min: 1, max: 5 }) ?? undefined),
  state: z.enum(CERT_STATES).optional().catch(undefined),
  group: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  producer: z.unknown().transform((v) => parseId(v) ?? undefined),
  decision: z
    .string()
    .trim()
    .max(60)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  page: z.unknown().transform((v) => (v === undefined ? undefined : parsePage(v))),
});

export type AdminProductFilters = z.infer<typeof adminProductFiltersSchema>;

export function parseAdminProductFilters(search: URLSearchParams): AdminProductFilters {
  const raw: Record<string, string> = {};
  for (const [k, v] of search) if (!(k in raw) && v !== "") raw[k] = v;
  return adminProductFiltersSchema.parse(raw);
}

export type AdminProductList = Awaited<ReturnType<typeof listAdminProducts>>;
export type AdminProductRow = AdminProductList["items"][number];

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The scoped list, filtered; two queries (the page, the total). */
export async function listAdminProducts(
  db: Db,
  user: ScopeUser,
  today: string,
  f: AdminProductFilters,
) {
  const state = certStateSql(today);
  const conditions: (SQL | undefined)[] = [productInScope(user)];
  if (f.q) {
    const needle = `%${escapeLike(foldVietnamese(f.q))}%`;
    conditions.push(
      sql`(ocop_fold(${products.nameVi}) like ${needle} or ocop_fold(${products.nameEn}) like ${needle})`,
    );
  }
  if (f.stars) conditions.push(eq(certificates.stars, f.stars));
  if (f.state) conditions.push(sql`${state} = ${f.state}`);
  if (f.group) {
    conditions.push(
      inArray(
        products.productSetId,
        db
          .select({ id: productSets.id })
          .from(productSets)
          .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
          .where(eq(productGroups.code, f.group)),
      ),
    );
  }
  if (f.producer) conditions.push(eq(products.producerId, f.producer));
  if (f.decision) conditions.push(eq(certificates.decisionNumber, f.decision));
  const where = and(...conditions);
  const page = f.page ?? 1;

  const base = () =>
    db
      .select({
        id: products.id,
        slug: products.slug,
        nameVi: products.nameVi,
        nameEn: products.nameEn,
        listingStatus: products.listingStatus,
        priceVnd: products.priceVnd,
        stock: products.stock,
        producerId: producers.id,
        producerName: producers.name,
        producerStatus: producers.status,
        communeName: commune.name,
        provinceName: province.shortName,
        stars: certificates.stars,
        decisionNumber: certificates.decisionNumber,
        validUntil: certificates.validUntil,
        state,
        visible: publicProductFlag(today),
      })
      .from(products)
      .innerJoin(producers, producerJoin)
      .innerJoin(commune, eq(commune.code, producers.communeCode))
      .innerJoin(province, eq(province.code, producers.provinceCode))
      .leftJoin(certificates, activeCertificateJoin);

  const [items, totals] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(products.createdAt), desc(products.id))
      .limit(ADMIN_PRODUCTS_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PRODUCTS_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(products)
      .innerJoin(producers, producerJoin)
      .leftJoin(certificates, activeCertificateJoin)
      .where(where),
  ]);
  const total = totals[0]?.n ?? 0;
  return {
    items,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PRODUCTS_PAGE_SIZE)),
  };
}

export type ProducerOption = Awaited<ReturnType<typeof listProducerOptions>>["options"][number];

/** Producers in the user's unit for a picker or a filter, by name; `q` narrows them. */
export async function listProducerOptions(
  db: Db,
  user: ScopeUser,
  opts: { q?: string; includeId?: number } = {},
) {
  const conditions: (SQL | undefined)[] = [
    inScope(user, producers.provinceCode, producers.communeCode),
  ];
  if (opts.q) {
    const needle = `%${escapeLike(foldVietnamese(opts.q))}%`;
    conditions.push(
      opts.includeId
        ? sql`(ocop_fold(${producers.name}) like ${needle} or ${producers.id} = ${opts.includeId})`
        : sql`ocop_fold(${producers.name}) like ${needle}`,
    );
  }
  const rows = await db
    .select({
      id: producers.id,
      name: producers.name,
      communeName: commune.name,
      provinceName: province.shortName,
      status: producers.status,
    })
    .from(producers)
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .where(and(...conditions))
    .orderBy(sql`ocop_fold(${producers.name}) collate "C"`, asc(producers.id))
    .limit(PRODUCER_OPTIONS_LIMIT + 1);
  return {
    options: rows.slice(0, PRODUCER_OPTIONS_LIMIT),
    truncated: rows.length > PRODUCER_OPTIONS_LIMIT,
  };
}

/** Whether the product exists and its producer is in the user's unit (one small query). */
export async function productExistsInScope(db: Db, user: ScopeUser, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: products.id })
    .from(products)
    .innerJoin(producers, producerJoin)
    .where(and(eq(products.id, id), productInScope(user)))
    .limit(1);
  return row !== undefined;
}

/** A producer as the product workspace shows it, alone or beside one of its products. */
const scopedProducerColumns = {
  id: producers.id,
  name: producers.name,
  slug: producers.slug,
  status: producers.status,
  legalForm: producers.legalForm,
  addressPrinted: producers.addressPrinted,
  provinceCode: producers.provinceCode,
  communeCode: producers.communeCode,
  communeName: commune.name,
  provinceName: province.name,
};

/** One producer in the user's unit, or null (out of scope looks exactly like missing). */
export async function getScopedProducer(db: Db, user: ScopeUser, id: number) {
  const [row] = await db
    .select(scopedProducerColumns)
    .from(producers)
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .where(and(eq(producers.id, id), inScope(user, producers.provinceCode, producers.communeCode)))
    .limit(1);
  return row ?? null;
}

export type ProductSetOption = Awaited<ReturnType<typeof listProductSetOptions>>[number];

/** The product sets a new product is filed under: those of the catalogue's current scheme. */
export async function listProductSetOptions(db: Db) {
  return db
    .select({
      id: productSets.id,
      code: productSets.code,
      nameVi: productSets.nameVi,
      nameEn: productSets.nameEn,
      groupCode: productGroups.code,
      groupNameVi: productGroups.nameVi,
      groupNameEn: productGroups.nameEn,
    })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(eq(productGroups.legalBasisCode, CATALOG_SCHEME))
    .orderBy(
      asc(productGroups.sortOrder),
      asc(productGroups.id),
      asc(productSets.sortOrder),
      asc(productSets.id),
    );
}

export type GroupOption = Awaited<ReturnType<typeof listGroupOptions>>[number];

export async function listGroupOptions(db: Db) {
  return db
    .select(groupNameColumns)
    .from(productGroups)
    .where(eq(productGroups.legalBasisCode, CATALOG_SCHEME))
    .orderBy(asc(productGroups.sortOrder), asc(productGroups.id));
}

export type LegalBasisRow = LegalBasisOption & { nameVi: string; nameEn: string };

/** Every legal basis, oldest first. */
export async function listLegalBases(db: Db): Promise<LegalBasisRow[]> {
  return db
    .select({
      code: legalBases.code,
      effectiveFrom: legalBases.effectiveFrom,
      textKind: legalBases.textKind,
      nameVi: legalBases.nameVi,
      nameEn: legalBases.nameEn,
    })
    .from(legalBases)
    .orderBy(asc(legalBases.effectiveFrom));
}

/** A product with its whole certificate history, newest first; the active one (if any) is `active`. */
export type AdminProductDetail = NonNullable<Awaited<ReturnType<typeof getAdminProduct>>>;
export type AdminCertificate = AdminProductDetail["certificates"][number];

/** A product of the user's unit with its whole certificate history, or null. Two queries. */
export async function getAdminProduct(db: Db, user: ScopeUser, id: number, today: string) {
  const [row] = await db
    .select({
      product: {
        id: products.id,
        slug: products.slug,
        nameVi: products.nameVi,
        nameEn: products.nameEn,
        descriptionVi: products.descriptionVi,
        descriptionEn: products.descriptionEn,
        unitVi: products.unitVi,
        unitEn: products.unitEn,
        priceVnd: products.priceVnd,
        stock: products.stock,
        alcoholPercent: products.alcoholPercent,
        listingStatus: products.listingStatus,
        createdAt: products.createdAt,
      },
      producer: scopedProducerColumns,
      set: {
        nameVi: productSets.nameVi,
        nameEn: productSets.nameEn,
        groupNameVi: productGroups.nameVi,
        groupNameEn: productGroups.nameEn,
      },
      state: certStateSql(today),
      visible: publicProductFlag(today),
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .innerJoin(productSets, eq(productSets.id, products.productSetId))
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .leftJoin(certificates, activeCertificateJoin)
    .where(and(eq(products.id, id), productInScope(user)))
    .limit(1);
  if (!row) return null;
  const history = await db
    .select({
      id: certificates.id,
      stars: certificates.stars,
      score: certificates.score,
      decisionNumber: certificates.decisionNumber,
      decisionDate: certificates.decisionDate,
      validUntil: certificates.validUntil,
      issuingLevel: certificates.issuingLevel,
      issuingBody: certificates.issuingBody,
      legalBasisCode: certificates.legalBasisCode,
      legalBasisNameVi: legalBases.nameVi,
      legalBasisNameEn: legalBases.nameEn,
      status: certificates.status,
      revokedAt: certificates.revokedAt,
      revokedReason: certificates.revokedReason,
      supersededById: certificates.supersededById,
      addressPrinted: certificates.addressPrinted,
      achieved: certificates.achieved,
      proposedForFive: certificates.proposedForFive,
      createdAt: certificates.createdAt,
    })
    .from(certificates)
    .innerJoin(legalBases, eq(legalBases.code, certificates.legalBasisCode))
    .where(eq(certificates.productId, id))
    .orderBy(desc(certificates.decisionDate), desc(certificates.id));
  return {
    ...row,
    certificates: history,
    active: history.find((c) => c.status === "active") ?? null,
  };
}
