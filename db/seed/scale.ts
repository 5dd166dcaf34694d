/**
 * Scale mode for benchmarks: adds N generated products (with their producers and
 * certificates) combined from the demo content, spread over every province, group, price
 * band and star level, with a share that the public must not see. Rows go in as multi-row
 * inserts in chunks, inside one transaction.
 */
import { count, eq, max } from "drizzle-orm";
import { addDays, todayInVietnam } from "../../app/lib/dates";
import { productArtPath } from "../../app/lib/product-art";
import type { Db } from "../client";
import { importPlaces } from "../places/import";
import { CURRENT_GROUP_SCHEME, seedReferenceData } from "../reference";
import {
  certificates,
  legalBases,
  places,
  producers,
  productGroups,
  products,
  productSets,
  type LegalForm,
} from "../schema";
import { lowerUnit, planCertificates } from "./certificates";
import { packedWeightOf } from "./weights";
import { CERTIFICATE_LIFECYCLE } from "../../app/domain/certificate/lifecycle";
import { recordedState } from "../../app/domain/lifecycle/lifecycle";
import { PRODUCER_LIFECYCLE } from "../../app/domain/producer/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "../../app/domain/product/lifecycle";
import {
  DEMO_PRODUCERS,
  type DemoProduct,
  GROUP_OF_SET,
  type GroupCode,
  type Stars,
} from "./data";

export type ScaleOptions = { products: number; today?: string; chunkSize?: number };
export type ScaleSummary = { producers: number; products: number; certificates: number };

/** Products per generated producer, on average. */
const PRODUCTS_PER_PRODUCER = 8;

const VARIANTS: readonly { vi: string; en: string; price: number }[] = [
  { vi: "loại đặc biệt", en: "premium grade", price: 1.4 },
  { vi: "hộp quà Tết", en: "Tết gift box", price: 1.8 },
  { vi: "gói tiết kiệm", en: "value pack", price: 0.8 },
  { vi: "vụ mới", en: "new season", price: 1.1 },
  { vi: "hữu cơ", en: "organic", price: 1.5 },
  { vi: "truyền thống", en: "traditional", price: 1 },
  { vi: "làm thủ công", en: "handmade", price: 1.3 },
  { vi: "size nhỏ", en: "small size", price: 0.6 },
  { vi: "bản giới hạn", en: "limited edition", price: 2 },
  { vi: "đóng gói du lịch", en: "travel pack", price: 0.7 },
];

const FORMS: readonly { form: LegalForm; vi: string; en: string }[] = [
  { form: "cooperative", vi: "HTX", en: "cooperative" },
  { form: "cooperative", vi: "Hợp tác xã", en: "cooperative" },
  { form: "cooperative_group", vi: "Tổ hợp tác", en: "cooperative group" },
  { form: "enterprise", vi: "Công ty TNHH", en: "company" },
  { form: "household", vi: "Cơ sở", en: "workshop" },
];

const THEMES: Record<GroupCode, { vi: string; en: string }> = {
  "thuc-pham": { vi: "nông sản", en: "farm produce" },
  "do-uong": { vi: "đồ uống", en: "drinks" },
  "thao-duoc": { vi: "dược liệu", en: "herbal products" },
  "thu-cong-my-nghe": { vi: "thủ công mỹ nghệ", en: "handicrafts" },
  "sinh-vat-canh": { vi: "hoa cây cảnh", en: "ornamental plants" },
  "du-lich": { vi: "du lịch cộng đồng", en: "community tourism" },
};

/** Share of each star level, out of 100 (1★ and 2★ results are recorded, never public). */
const STAR_WEIGHTS: readonly [Stars, number][] = [
  [5, 5],
  [4, 35],
  [3, 50],
  [2, 7],
  [1, 3],
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickFrom<T>(items: readonly T[], r: number): T {
  const item = items[Math.floor(r * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function pickStars(r: number): Stars {
  let acc = 0;
  const target = r * 100;
  for (const [stars, weight] of STAR_WEIGHTS) {
    acc += weight;
    if (target < acc) return stars;
  }
  return 3;
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Adds `opts.products` generated products; needs no demo data, only places and reference data. */
export async function seedScale(db: Db, opts: ScaleOptions): Promise<ScaleSummary> {
  const total = Math.floor(opts.products);
  if (!Number.isFinite(total) || total < 1) return { producers: 0, products: 0, certificates: 0 };
  const today = opts.today ?? todayInVietnam();
  const chunkSize = opts.chunkSize ?? 1000;

  const [placeCount] = await db.select({ n: count() }).from(places);
  if (!placeCount || placeCount.n === 0) await importPlaces(db);
  await seedReferenceData(db);

  const sets = await db
    .select({ id: productSets.id, code: productSets.code })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(eq(productGroups.legalBasisCode, CURRENT_GROUP_SCHEME));
  const setIds = new Map(sets.map((s) => [s.code, s.id]));
  const bases = await db
    .select({
      code: legalBases.code,
      effectiveFrom: legalBases.effectiveFrom,
      textKind: legalBases.textKind,
    })
    .from(legalBases);
  const placeRows = await db
    .select({ code: places.code, level: places.level, name: places.name, shortName: places.shortName, provinceCode: places.provinceCode })
    .from(places);
  const provinceNames = new Map(placeRows.filter((p) => p.level === "province").map((p) => [p.code, p.name]));
  const communes = placeRows.filter((p) => p.level === "commune");
  if (communes.length === 0) throw new Error("No communes: import the places first");

  const [producerMax] = await db.select({ id: max(producers.id) }).from(producers);
  const [productMax] = await db.select({ id: max(products.id) }).from(products);
  // Numbers past every existing id keep generated slugs unique across repeated runs.
  const producerBase = producerMax?.id ?? 0;
  const productBase = productMax?.id ?? 0;
  const random = rng(0x0c0b + productBase);

  const templates = new Map<GroupCode, DemoProduct[]>();
  for (const p of DEMO_PRODUCERS.flatMap((d) => d.products)) {
    const group = GROUP_OF_SET[p.set];
    templates.set(group, [...(templates.get(group) ?? []), p]);
  }
  const groups = [...templates.keys()];

  const producerCount = Math.max(1, Math.ceil(total / PRODUCTS_PER_PRODUCER));
  const generatedProducers = Array.from({ length: producerCount }, (_, i) => {
    const n = producerBase + i + 1;
    const commune = pickFrom(communes, random());
    const form = pickFrom(FORMS, random());
    const group = groups[i % groups.length] ?? "thuc-pham";
    const theme = THEMES[group];
    const provinceName = provinceNames.get(commune.provinceCode) ?? commune.provinceCode;
    const name = `${form.vi} ${theme.vi} ${commune.shortName} ${n}`;
    return {
      group,
      row: {
        slug: `${form.form === "household" ? "co-so" : form.form === "enterprise" ? "cong-ty" : "htx"}-${group}-${commune.code}-${n}`,
        name,
        legalForm: form.form,
        communeCode: commune.code,
        provinceCode: commune.provinceCode,
        addressPrinted: `Thôn ${1 + (n % 12)}, ${lowerUnit(commune.name)}, ${lowerUnit(provinceName)}`,
        storyVi: `${name} sản xuất ${theme.vi} tại ${commune.name}, ${provinceName}, cùng các hộ thành viên trong vùng.`,
        storyEn: `A ${form.en} making ${theme.en} in ${commune.name}, ${provinceName}, together with member households nearby.`,
        representative: null,
        phone: `09${String(10_000_000 + ((n * 7919) % 89_999_999)).padStart(8, "0")}`,
        status: random() < 0.02 ? ("suspended" as const) : ("active" as const),
      },
      provinceName,
    };
  });

  let inserted = { producers: 0, products: 0, certificates: 0 };
  await db.transaction(async (tx) => {
    const producerIds: number[] = [];
    for (const part of chunks(generatedProducers, chunkSize)) {
      const rows = await tx
        .insert(producers)
        .values(part.map((p) => ({ ...p.row, status: recordedState(PRODUCER_LIFECYCLE, p.row.status) })))
        .returning({ id: producers.id, slug: producers.slug });
      const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
      for (const p of part) {
        const id = idBySlug.get(p.row.slug);
        if (id === undefined) throw new Error(`Producer ${p.row.slug} was not saved`);
        producerIds.push(id);
      }
    }

    const drafts = Array.from({ length: total }, (_, i) => {
      const n = productBase + i + 1;
      const owner = generatedProducers[i % producerCount];
      const ownerId = producerIds[i % producerCount];
      if (!owner || ownerId === undefined) throw new Error("generated producer missing");
      const template = pickFrom(templates.get(owner.group) ?? [], random());
      const variant = pickFrom(VARIANTS, random());
      const setId = setIds.get(template.set);
      if (setId === undefined) throw new Error(`Product set ${template.set} is missing`);
      const slug = `${template.slug}-${n}`;
      const stars = pickStars(random());
      const fate = random();
      const ageMonths = Math.floor(random() * 30);
      const plan = planCertificates({
        slug,
        stars,
        plan:
          fate < 0.04
            ? { expired: true }
            : fate < 0.06
              ? { ageMonths, revokedReason: "Hậu kiểm không đạt tiêu chuẩn đã công bố." }
              : { ageMonths },
        today,
        street: `Thôn ${1 + (n % 12)}`,
        currentAddress: owner.row.addressPrinted,
        currentProvinceName: owner.provinceName,
        legacy: null,
        legalBases: bases,
      });
      const price = Math.max(1000, Math.round((template.price * variant.price * (0.8 + random() * 0.5)) / 1000) * 1000);
      const created = new Date(Date.parse(`${addDays(plan.current.decisionDate, 7)}T08:00:00+07:00`));
      return {
        product: {
          producerId: ownerId,
          slug,
          nameVi: `${template.nameVi} ${variant.vi}`,
          nameEn: `${template.nameEn}, ${variant.en}`,
          productSetId: setId,
          descriptionVi: `${template.descVi} Sản xuất tại ${owner.provinceName}.`,
          descriptionEn: `${template.descEn} Made in ${owner.provinceName}.`,
          unitVi: template.unitVi,
          unitEn: template.unitEn,
          priceVnd: price,
          stock: Math.floor(random() * 600),
          packedWeightGrams: packedWeightOf(template),
          images: [
            {
              src: productArtPath(template.set, slug),
              altVi: `${template.nameVi} ${variant.vi}`,
              altEn: `${template.nameEn}, ${variant.en}`,
            },
          ],
          listingStatus: random() < 0.03 ? ("unlisted" as const) : ("listed" as const),
          createdAt: created,
          updatedAt: created,
        },
        certificate: plan.current,
      };
    });

    let productsAdded = 0;
    let certificatesAdded = 0;
    for (const part of chunks(drafts, chunkSize)) {
      const rows = await tx
        .insert(products)
        .values(
          part.map((d) => ({
            ...d.product,
            listingStatus: recordedState(PRODUCT_LISTING_LIFECYCLE, d.product.listingStatus),
          })),
        )
        .returning({ id: products.id, slug: products.slug });
      productsAdded += rows.length;
      const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
      const certRows = part.map((d) => {
        const id = idBySlug.get(d.product.slug);
        if (id === undefined) throw new Error("product id missing");
        return { productId: id, ...d.certificate, status: recordedState(CERTIFICATE_LIFECYCLE, d.certificate.status) };
      });
      await tx.insert(certificates).values(certRows);
      certificatesAdded += certRows.length;
    }
    inserted = { producers: producerIds.length, products: productsAdded, certificates: certificatesAdded };
  });
  return inserted;
}
