/**
 * The demo catalogue: today's places and reference data, then the producers, products and
 * certificates of db/seed/data, all dated relative to the day the seed runs. A handful of
 * products are deliberately not public (low stars, expired, revoked, unlisted, suspended
 * producer); their slugs are stable so end-to-end tests can check the storefront hides them.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { addDays, todayInVietnam } from "../../app/lib/dates";
import { productArtPath } from "../../app/lib/product-art";
import type { Db } from "../client";
import { importPlaces } from "../places/import";
import { CURRENT_GROUP_SCHEME, seedReferenceData } from "../reference";
import {
  certificates,
  legacyPlaces,
  legalBases,
  places,
  producers,
  productGroups,
  products,
  productSets,
} from "../schema";
import { seedDemoAccounts } from "./accounts";
import { seedDemoBankAccounts } from "./bank-accounts";
import { seedCertificateEntries } from "./entries";
import { seedPromotion } from "./promotion";
import { seedSettlement } from "./settlement";
import {
  type LegacyAddress,
  lowerUnit,
  type PlannedCertificate,
  planCertificates,
} from "./certificates";
import { DEMO_FREE_SHIPPING, packedWeightOf } from "./weights";
import { DEMO_PRODUCERS, type DemoProducer, GROUP_OF_SET, type SetCode } from "./data";
import { CERTIFICATE_LIFECYCLE } from "../../app/domain/certificate/lifecycle";
import { recordedState } from "../../app/domain/lifecycle/lifecycle";
import { PRODUCER_LIFECYCLE } from "../../app/domain/producer/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "../../app/domain/product/lifecycle";

export type SeedSummary = { producers: number; products: number };
export type SeedOptions = { today?: string };

/** Demo products the public must never see, each with the reason. */
export const HIDDEN_DEMO_SLUGS = [
  { slug: "nhut-mit-nam-dan", reason: "2★ result: recorded, never public" },
  { slug: "banh-da-vung-ha-trung", reason: "1★ result: recorded, never public" },
  { slug: "che-xanh-moc-chau", reason: "certificate expired yesterday" },
  { slug: "mat-ong-hoa-dieu-bu-dang", reason: "certificate revoked" },
  { slug: "thach-dua-mo-cay", reason: "unlisted by its producer (certificate still valid)" },
  { slug: "nem-chua-thanh-hoa", reason: "producer suspended (certificate still valid)" },
] as const;

/** Demo products that stay public whatever day the seed runs. */
export const VISIBLE_DEMO_SLUGS = [
  { slug: "che-shan-tuyet-cao-bo", reason: "5★, ministry decision" },
  { slug: "vai-thieu-luc-ngan", reason: "4★, province decision" },
  { slug: "banh-chung-tri-chi", reason: "3★, province decision" },
  {
    slug: "oi-le-song-lo",
    reason: "Sông Lô guava: 3★ from the former Sông Lô district, now Phú Thọ",
  },
] as const;

/** Seeds the demo catalogue when the database has no products; returns null when it had some. */
export async function seedIfEmpty(db: Db, opts: SeedOptions = {}): Promise<SeedSummary | null> {
  const existing = await db.select({ id: products.id }).from(products).limit(1);
  if (existing.length > 0) return null;
  return seedDemo(db, opts);
}

/** Where each product's certificates are drawn from, gathered before writing anything. */
type SeedContext = {
  setIds: Map<SetCode, number>;
  bases: { code: string; effectiveFrom: string; textKind: string }[];
  /** Today's provinces and the producers' communes, by code. */
  placeNames: Map<string, string>;
  legacy: Map<string, LegacyAddress>;
};

async function loadContext(db: Db, producerData: readonly DemoProducer[]): Promise<SeedContext> {
  const sets = await db
    .select({ id: productSets.id, code: productSets.code })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(eq(productGroups.legalBasisCode, CURRENT_GROUP_SCHEME));
  const setIds = new Map<SetCode, number>();
  for (const code of Object.keys(GROUP_OF_SET) as SetCode[]) {
    const row = sets.find((s) => s.code === code);
    if (!row)
      throw new Error(`Product set ${code} of the ${CURRENT_GROUP_SCHEME} scheme is missing`);
    setIds.set(code, row.id);
  }

  const bases = await db
    .select({
      code: legalBases.code,
      effectiveFrom: legalBases.effectiveFrom,
      textKind: legalBases.textKind,
    })
    .from(legalBases);

  const placeRows = await db
    .select({ code: places.code, name: places.name })
    .from(places)
    .where(
      or(
        eq(places.level, "province"),
        inArray(
          places.code,
          producerData.map((p) => p.communeCode),
        ),
      ),
    );

  const district = alias(legacyPlaces, "district");
  const province = alias(legacyPlaces, "province");
  const ids = [...new Set(producerData.map((p) => `old-c:${p.oldCommuneCode}`))];
  const legacyRows = await db
    .select({
      communeId: legacyPlaces.id,
      communeName: legacyPlaces.name,
      districtId: district.id,
      districtName: district.name,
      provinceName: province.name,
    })
    .from(legacyPlaces)
    .leftJoin(district, and(eq(district.id, legacyPlaces.parentId), eq(district.level, "district")))
    .leftJoin(
      province,
      eq(province.id, sql`coalesce(${district.parentId}, ${legacyPlaces.parentId})`),
    )
    .where(inArray(legacyPlaces.id, ids));

  return {
    setIds,
    bases,
    placeNames: new Map(placeRows.map((p) => [p.code, p.name])),
    legacy: new Map(legacyRows.map((r) => [r.communeId, r])),
  };
}

/** The address a certificate issued today prints: today's commune and province, whatever the producer still writes. */
function currentAddress(producer: DemoProducer, ctx: SeedContext): string {
  const commune = ctx.placeNames.get(producer.communeCode);
  const province = ctx.placeNames.get(producer.provinceCode);
  if (!commune || !province) return producer.addressPrinted;
  return `${producer.street}, ${lowerUnit(commune)}, ${lowerUnit(province)}`;
}

/** A product goes on sale about a week after its first decision, never in the future. */
function listedAt(decisionDate: string, index: number, now: Date): Date {
  const at = new Date(Date.parse(`${addDays(decisionDate, 7)}T08:00:00+07:00`) + index * 60_000);
  return at > now ? new Date(now.getTime() - index * 1000) : at;
}

/** Seeds the demo catalogue (places and reference data first) in one transaction. */
export async function seedDemo(db: Db, opts: SeedOptions = {}): Promise<SeedSummary> {
  const today = opts.today ?? todayInVietnam();
  await importPlaces(db);
  await seedReferenceData(db);
  const ctx = await loadContext(db, DEMO_PRODUCERS);
  const now = new Date();

  const plans = DEMO_PRODUCERS.map((producer) => ({
    producer,
    products: producer.products.map((product) => ({
      product,
      history: planCertificates({
        slug: product.slug,
        stars: product.stars,
        plan: product.cert ?? {},
        today,
        street: producer.street,
        currentAddress: currentAddress(producer, ctx),
        currentProvinceName: ctx.placeNames.get(producer.provinceCode) ?? producer.provinceCode,
        legacy: ctx.legacy.get(`old-c:${producer.oldCommuneCode}`) ?? null,
        legalBases: ctx.bases,
      }),
    })),
  }));

  await db.transaction(async (tx) => {
    const producerRows = await tx
      .insert(producers)
      .values(
        DEMO_PRODUCERS.map((p) => ({
          slug: p.slug,
          name: p.name,
          legalForm: p.legalForm,
          communeCode: p.communeCode,
          provinceCode: p.provinceCode,
          addressPrinted: p.addressPrinted,
          storyVi: p.storyVi,
          storyEn: p.storyEn,
          representative: p.representative,
          phone: p.phone,
          email: p.email ?? null,
          freeShippingFromVnd: DEMO_FREE_SHIPPING[p.slug] ?? null,
          status: recordedState(PRODUCER_LIFECYCLE, p.status ?? "active"),
        })),
      )
      .returning({ id: producers.id, slug: producers.slug });
    const producerId = new Map(producerRows.map((r) => [r.slug, r.id]));

    let index = 0;
    const productValues = plans.flatMap(({ producer, products: items }) =>
      items.map(({ product, history }) => {
        const firstDecision = history.superseded?.decisionDate ?? history.current.decisionDate;
        const id = producerId.get(producer.slug);
        const setId = ctx.setIds.get(product.set);
        if (id === undefined || setId === undefined)
          throw new Error(`Cannot place ${product.slug}`);
        const created = listedAt(firstDecision, index++, now);
        return {
          producerId: id,
          slug: product.slug,
          nameVi: product.nameVi,
          nameEn: product.nameEn,
          productSetId: setId,
          descriptionVi: product.descVi,
          descriptionEn: product.descEn,
          unitVi: product.unitVi,
          unitEn: product.unitEn,
          priceVnd: product.price,
          stock: product.stock,
          packedWeightGrams: packedWeightOf(product),
          alcoholPercent: product.alcoholPercent ?? null,
          images: [
            {
              src: productArtPath(product.set, product.slug),
              altVi: product.nameVi,
              altEn: product.nameEn,
            },
          ],
          listingStatus: recordedState(
            PRODUCT_LISTING_LIFECYCLE,
            product.unlisted ? "unlisted" : "listed",
          ),
          createdAt: created,
          updatedAt: created,
        };
      }),
    );
    const productRows = await tx
      .insert(products)
      .values(productValues)
      .returning({ id: products.id, slug: products.slug });
    const productId = new Map(productRows.map((r) => [r.slug, r.id]));

    const row = (slug: string, c: PlannedCertificate, supersededById: number | null = null) => {
      const id = productId.get(slug);
      if (id === undefined) throw new Error(`Product ${slug} was not saved`);
      // Seeded as it stands: the demo history (revoked, superseded) happened before the shop.
      return {
        productId: id,
        ...c,
        status: recordedState(CERTIFICATE_LIFECYCLE, c.status),
        supersededById,
      };
    };
    const currentRows = await tx
      .insert(certificates)
      .values(
        plans.flatMap((p) =>
          p.products.map(({ product, history }) => row(product.slug, history.current)),
        ),
      )
      .returning({ id: certificates.id, productId: certificates.productId });
    const currentId = new Map(currentRows.map((r) => [r.productId, r.id]));

    const renewals = plans.flatMap((p) =>
      p.products.flatMap(({ product, history }) => {
        if (!history.superseded) return [];
        const newId = currentId.get(productId.get(product.slug) ?? -1);
        if (newId === undefined) throw new Error(`Certificate of ${product.slug} was not saved`);
        return [row(product.slug, history.superseded, newId)];
      }),
    );
    if (renewals.length > 0) await tx.insert(certificates).values(renewals);
  });
  await seedDemoAccounts(db);
  await seedCertificateEntries(db, today);
  await seedDemoBankAccounts(db);
  await seedPromotion(db, today);
  await seedSettlement(db);

  return {
    producers: DEMO_PRODUCERS.length,
    products: plans.reduce((n, p) => n + p.products.length, 0),
  };
}
