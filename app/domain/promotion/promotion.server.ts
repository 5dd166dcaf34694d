/**
 * Trade promotion, the sixth step of the OCOP cycle: fairs ("hội chợ", dated, with booths) and
 * showrooms ("điểm giới thiệu và bán sản phẩm OCOP", permanent, with shelves), each with a
 * curated catalogue of certified products. Both are one entity, a promotion of a kind
 * (`promotions`, `promotion_entries`; decision 0017): every read and command here takes the kind.
 *
 * - A fair or showroom belongs to its organiser unit (a province or a commune): officials see
 *   and change only those whose organiser is in their scope (`inScope` on the organiser's
 *   province and code), so anything else is simply not found.
 * - Only products the public may see can be added; the public pages apply the visibility rule
 *   again at read time, so a product whose certificate lapses drops out of every catalogue
 *   without anyone editing it. The curation list keeps it, flagged.
 * - Every write is one transaction with its audit entry; the publication status moves only as
 *   its lifecycle (./lifecycle.ts) allows.
 */
import { and, asc, desc, eq, gte, inArray, like, ne, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { queryRows, type Db } from "../../../db/client";
import {
  certificates,
  places,
  producers,
  products,
  promotionEntries,
  promotions,
  SHOWROOM_LOCATION_TYPES,
  type PromotionKind,
  type PublicationStatus,
} from "../../../db/schema";
import { queryWords } from "../../../search/embedded";
import { addDays } from "../../lib/dates";
import { slugify } from "../../lib/text";
import type { MessageKey } from "../../i18n/index";
import type { SessionUser } from "../account/accounts.server";
import { changedFields, recordAudit } from "../audit/record.server";
import { listProductCards } from "../catalog/catalog.server";
import { isAgeRestricted } from "../product/alcohol";
import { promotableCondition } from "../product/alcohol.server";
import type { ProductCardData } from "../catalog/product-card";
import type { LocationType, PromotionInput } from "./schemas";
import { initialState, moveTo } from "../lifecycle/lifecycle";
import { PROMOTION_LIFECYCLE } from "./lifecycle";
import { LOCATION_TYPES } from "./schemas";
import { inScope, type ScopeUser } from "../policy/scope.server";
import {
  activeCertificateJoin,
  producerJoin,
  publicProductCondition,
  publicProductFlag,
} from "../catalog/visibility.server";

// The form module spells the location types out for the browser bundle; they must agree.
const _sameTypes: readonly (typeof SHOWROOM_LOCATION_TYPES)[number][] = LOCATION_TYPES;
const _sameTypesBack: readonly LocationType[] = SHOWROOM_LOCATION_TYPES;
void _sameTypes;
void _sameTypesBack;

export type { PromotionKind };
type Actor = SessionUser;
export type FieldErrors = Partial<Record<string, MessageKey>>;

/** What a write answers: done, not found (out of scope or gone: a 404), or bad input. */
export type PromoResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; fieldErrors: FieldErrors };

const notFound = { ok: false, notFound: true } as const;
const invalid = (fieldErrors: FieldErrors) => ({ ok: false, fieldErrors }) as const;

/** A showroom's catalogue is flagged for certificates running out within this many days. */
export const SHOWROOM_EXPIRY_WARNING_DAYS = 30;
/** Entries per catalogue: far beyond any real stand; keeps a page and a print run bounded. */
export const CATALOGUE_MAX_ENTRIES = 300;
const PICKER_LIMIT = 20;
const ADMIN_LIST_LIMIT = 500;
const PUBLIC_PAST_LIMIT = 60;

const organiser = alias(places, "organiser");
const venueProvince = alias(places, "venue_province");
const venueCommune = alias(places, "venue_commune");
const entryProvince = alias(places, "entry_province");

/** The one scope rule on a promotion's organiser (joined as `organiser`). */
const promotionInScopeSql = (user: ScopeUser) =>
  inScope(user, organiser.provinceCode, promotions.organiserPlaceCode);

/** The audit entry's place: the organiser's province, and its commune when it is one. */
function auditPlace(organiserCode: string, organiserProvince: string) {
  return {
    provinceCode: organiserProvince,
    communeCode: organiserCode.length === 5 ? organiserCode : null,
  };
}

// ——— Places: the organiser in scope, the venue that exists ———

type PlaceRow = {
  code: string;
  level: "province" | "commune";
  provinceCode: string;
  /** Whether the acting user's scope covers the unit (scope.server.ts, the one rule). */
  inScope: boolean;
};

async function placesByCode(tx: Db, user: Actor, codes: string[]): Promise<Map<string, PlaceRow>> {
  const rows = await tx
    .select({
      code: places.code,
      level: places.level,
      provinceCode: places.provinceCode,
      inScope: sql<boolean>`${inScope(user, places.provinceCode, places.code)}`,
    })
    .from(places)
    .where(inArray(places.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r]));
}

/** The organiser must exist and be the user's unit or under it (an administrator: anywhere). */
function organiserError(place: PlaceRow | undefined): MessageKey | null {
  if (!place) return "promo.admin.error.organiser";
  return place.inScope ? null : "promo.admin.error.organiserOutOfScope";
}

/**
 * The units an official may choose as organiser: their own and those under it. An
 * administrator chooses among the provinces (a commune-level organiser is for the commune's
 * own officials to set up).
 */
export async function organiserOptions(
  db: Db,
  user: Actor,
): Promise<{ code: string; name: string; level: "province" | "commune" }[]> {
  const rows = await db
    .select({ code: places.code, name: places.name, level: places.level })
    .from(places)
    .where(
      user.role === "administrator"
        ? eq(places.level, "province")
        : user.officialPlaceCode
          ? inScope(user, places.provinceCode, places.code)
          : sql`false`,
    );
  const collator = new Intl.Collator("vi");
  // The unit itself first (province before its communes), then by name.
  return rows.sort(
    (a, b) =>
      (a.level === b.level ? 0 : a.level === "province" ? -1 : 1) ||
      collator.compare(a.name, b.name),
  );
}

// ——— The shape of a promotion: shared columns and each kind's detail ———

type PromotionRow = typeof promotions.$inferSelect;

/** The columns only fairs have, and those only showrooms have (nullable, CHECK per kind). */
type FairDetailKey = "venue" | "startsOn" | "endsOn";
type ShowroomDetailKey =
  "communeCode" | "address" | "locationType" | "openingHours" | "contactPhone" | "contactEmail";
/** A showroom's optional contacts; its other detail is always set. */
type ShowroomOptionalKey = "contactPhone" | "contactEmail";
type DetailKey = "kind" | FairDetailKey | ShowroomDetailKey;

export type FairDetail = { kind: "fair" } & {
  [K in FairDetailKey]: NonNullable<PromotionRow[K]>;
};
export type ShowroomDetail = { kind: "showroom" } & {
  [K in Exclude<ShowroomDetailKey, ShowroomOptionalKey>]: NonNullable<PromotionRow[K]>;
} & Pick<PromotionRow, ShowroomOptionalKey>;
export type PromotionDetail = FairDetail | ShowroomDetail;

/** A selected row with its kind's detail narrowed: a fair's dates are set, a showroom's address. */
export type WithDetail<T> = Omit<T, DetailKey> & PromotionDetail;

/** The selection every read of a promotion starts from: shared columns and both details. */
const detailColumns = {
  kind: promotions.kind,
  venue: promotions.venue,
  startsOn: promotions.startsOn,
  endsOn: promotions.endsOn,
  communeCode: promotions.communeCode,
  address: promotions.address,
  locationType: promotions.locationType,
  openingHours: promotions.openingHours,
  contactPhone: promotions.contactPhone,
  contactEmail: promotions.contactEmail,
};
const promotionColumns = {
  id: promotions.id,
  slug: promotions.slug,
  nameVi: promotions.nameVi,
  nameEn: promotions.nameEn,
  provinceCode: promotions.provinceCode,
  descriptionVi: promotions.descriptionVi,
  descriptionEn: promotions.descriptionEn,
  coverImage: promotions.coverImage,
  organiserPlaceCode: promotions.organiserPlaceCode,
  status: promotions.status,
  ...detailColumns,
};

/**
 * Narrows a row to its kind's detail. The CHECK constraints make a fair without dates or a
 * showroom without an address impossible, so meeting one is a bug, not a business failure.
 */
export function withDetail<T extends Pick<PromotionRow, DetailKey>>(row: T): WithDetail<T> {
  const {
    kind,
    venue,
    startsOn,
    endsOn,
    communeCode,
    address,
    locationType,
    openingHours,
    contactPhone,
    contactEmail,
    ...rest
  } = row;
  if (kind === "fair") {
    if (venue === null || startsOn === null || endsOn === null) throw new Error("fair detail");
    return { ...rest, kind, venue, startsOn, endsOn };
  }
  if (communeCode === null || address === null || locationType === null || openingHours === null)
    throw new Error("showroom detail");
  return {
    ...rest,
    kind,
    communeCode,
    address,
    locationType,
    openingHours,
    contactPhone,
    contactEmail,
  };
}

/** The database values of a form's input: its kind's detail, the shared columns. */
function promotionValues(input: PromotionInput) {
  const common = {
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    provinceCode: input.provinceCode,
    descriptionVi: input.descriptionVi,
    descriptionEn: input.descriptionEn,
    coverImage: input.coverImage,
    organiserPlaceCode: input.organiserPlaceCode,
  };
  if (input.kind === "fair") {
    return {
      ...common,
      venue: input.venue,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    };
  }
  return {
    ...common,
    communeCode: input.communeCode,
    address: input.address,
    locationType: input.locationType,
    openingHours: input.openingHours,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
  };
}

// ——— Slugs ———

async function freeSlug(tx: Db, kind: PromotionKind, name: string): Promise<string> {
  const base =
    slugify(name).slice(0, 80).replace(/-+$/, "") || (kind === "fair" ? "hoi-cho" : "diem-ban");
  const rows = await tx
    .select({ slug: promotions.slug })
    .from(promotions)
    .where(
      and(
        eq(promotions.kind, kind),
        or(eq(promotions.slug, base), like(promotions.slug, `${base}-%`)),
      ),
    );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

// ——— In the workspace ———

export type AdminListItem = WithDetail<{
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  status: PublicationStatus;
  provinceName: string;
  communeName: string | null;
  organiserName: string;
  entries: number;
}>;

/**
 * The fairs or showrooms an official manages (their organiser in scope): fairs newest first,
 * showrooms by name. One query.
 */
export async function listPromotionsForOfficial(
  db: Db,
  user: ScopeUser,
  kind: PromotionKind,
): Promise<AdminListItem[]> {
  const rows = await db
    .select({
      id: promotions.id,
      slug: promotions.slug,
      nameVi: promotions.nameVi,
      nameEn: promotions.nameEn,
      status: promotions.status,
      ...detailColumns,
      provinceName: venueProvince.name,
      communeName: venueCommune.name,
      organiserName: organiser.name,
      entries:
        sql<number>`(select count(*) from ${promotionEntries} where ${promotionEntries.promotionId} = ${promotions.id})`.mapWith(
          Number,
        ),
    })
    .from(promotions)
    .innerJoin(organiser, eq(organiser.code, promotions.organiserPlaceCode))
    .innerJoin(venueProvince, eq(venueProvince.code, promotions.provinceCode))
    .leftJoin(venueCommune, eq(venueCommune.code, promotions.communeCode))
    .where(and(eq(promotions.kind, kind), promotionInScopeSql(user)))
    .orderBy(
      ...(kind === "fair"
        ? [desc(promotions.startsOn), desc(promotions.id)]
        : [asc(promotions.nameVi), asc(promotions.id)]),
    )
    .limit(ADMIN_LIST_LIMIT);
  return rows.map(withDetail);
}

export type AdminCatalogueEntry = {
  productId: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  priceVnd: number;
  stars: number | null;
  validUntil: string | null;
  code: string | null;
  featured: boolean;
  position: number;
  /** Whether the public sees it today; a hidden one stays here but leaves the public pages. */
  visible: boolean;
  /** Fairs: the certificate runs out before the fair ends; showrooms: within 30 days. */
  expiryWarning: boolean;
};

/** A catalogue as the curator sees it: every entry in order, with what is wrong with it. */
async function adminEntries(
  db: Db,
  promotionId: number,
  today: string,
  warnBefore: string,
): Promise<AdminCatalogueEntry[]> {
  const rows = await db
    .select({
      productId: promotionEntries.productId,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      producerName: producers.name,
      provinceName: entryProvince.shortName,
      priceVnd: products.priceVnd,
      stars: certificates.stars,
      validUntil: certificates.validUntil,
      code: promotionEntries.spotCode,
      featured: promotionEntries.featured,
      position: promotionEntries.position,
      visible: publicProductFlag(today),
    })
    .from(promotionEntries)
    .innerJoin(products, eq(products.id, promotionEntries.productId))
    .innerJoin(producers, producerJoin)
    .innerJoin(entryProvince, eq(entryProvince.code, producers.provinceCode))
    .leftJoin(certificates, activeCertificateJoin)
    .where(eq(promotionEntries.promotionId, promotionId))
    .orderBy(...entryOrder);
  return rows.map((r) => ({
    ...r,
    expiryWarning: r.visible && r.validUntil !== null && r.validUntil < warnBefore,
  }));
}

const entryOrder = [
  asc(promotionEntries.position),
  asc(promotionEntries.addedAt),
  asc(promotionEntries.productId),
];

export type AdminPromotion = WithDetail<
  Omit<PromotionRow, "legacyId" | "createdAt" | "updatedAt"> & { organiserName: string }
> & { entries: AdminCatalogueEntry[] };

/**
 * A fair or showroom in the official's scope with its catalogue; null when unknown, of the
 * other kind, or out of scope.
 */
export async function getPromotionForOfficial(
  db: Db,
  user: ScopeUser,
  kind: PromotionKind,
  id: number,
  today: string,
): Promise<AdminPromotion | null> {
  const [row] = await db
    .select({ ...promotionColumns, organiserName: organiser.name })
    .from(promotions)
    .innerJoin(organiser, eq(organiser.code, promotions.organiserPlaceCode))
    .where(and(eq(promotions.id, id), eq(promotions.kind, kind), promotionInScopeSql(user)))
    .limit(1);
  if (!row) return null;
  const promotion = withDetail(row);
  // A product whose certificate is valid until the fair's last day is still fine that day.
  const warnBefore =
    promotion.kind === "fair" ? promotion.endsOn : addDays(today, SHOWROOM_EXPIRY_WARNING_DAYS);
  return { ...promotion, entries: await adminEntries(db, id, today, warnBefore) };
}

/**
 * The id a showroom has now, found by the id it had before fairs and showrooms shared a table
 * (the workspace redirects old addresses); null when there is none in the user's scope.
 */
export async function showroomIdFromLegacy(
  db: Db,
  user: ScopeUser,
  legacyId: number,
): Promise<number | null> {
  const [row] = await db
    .select({ id: promotions.id })
    .from(promotions)
    .innerJoin(organiser, eq(organiser.code, promotions.organiserPlaceCode))
    .where(
      and(
        eq(promotions.kind, "showroom"),
        eq(promotions.legacyId, legacyId),
        promotionInScopeSql(user),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/**
 * Checks the units of a form against the database: the province (and a showroom's commune in
 * it) exist, the organiser is in the user's scope.
 */
async function placeErrors(tx: Db, user: Actor, input: PromotionInput) {
  const communeCode = input.kind === "showroom" ? input.communeCode : null;
  const found = await placesByCode(tx, user, [
    input.provinceCode,
    input.organiserPlaceCode,
    ...(communeCode ? [communeCode] : []),
  ]);
  const errors: FieldErrors = {};
  if (found.get(input.provinceCode)?.level !== "province")
    errors.provinceCode = "promo.admin.error.province";
  if (communeCode !== null) {
    const commune = found.get(communeCode);
    if (commune?.level !== "commune" || commune.provinceCode !== input.provinceCode)
      errors.communeCode = "promo.admin.error.commune";
  }
  const orgError = organiserError(found.get(input.organiserPlaceCode));
  if (orgError) errors.organiserPlaceCode = orgError;
  return { errors, organiser: found.get(input.organiserPlaceCode) };
}

/**
 * Creates a draft fair or showroom organised by a unit in the official's scope, under a free
 * slug. If someone took the same name a moment ago (the first insert skips on conflict), a
 * short suffix still gives a readable address.
 */
export async function createPromotion(
  db: Db,
  user: Actor,
  input: PromotionInput,
): Promise<PromoResult<{ id: number; slug: string }>> {
  const values = promotionValues(input);
  const kind = input.kind;
  return db.transaction(async (tx) => {
    const { errors, organiser: org } = await placeErrors(tx, user, input);
    if (Object.keys(errors).length > 0 || !org) return invalid(errors);
    const insert = (slug: string) =>
      tx
        .insert(promotions)
        .values({ ...values, kind, slug, status: initialState(PROMOTION_LIFECYCLE, "draft") })
        .returning({ id: promotions.id, slug: promotions.slug });
    const slug = await freeSlug(tx, kind, input.nameVi);
    const [first] = await insert(slug).onConflictDoNothing();
    const row =
      first ?? (await insert(`${slug}-${Date.now().toString(36).slice(-4)}`).then((r) => r[0]));
    if (!row) throw new Error(`${kind} not inserted`);
    await recordAudit(tx, user, {
      action: `${kind}.create`,
      entityType: kind,
      entityId: row.id,
      ...auditPlace(org.code, org.provinceCode),
      after: { ...values, slug: row.slug, status: "draft" },
    });
    return { ok: true, id: row.id, slug: row.slug } as const;
  });
}

/** The promotion, locked for the rest of the transaction, if it is of that kind and in scope. */
async function lockPromotion(tx: Db, user: ScopeUser, kind: PromotionKind, id: number) {
  const [row] = await tx
    .select({ ...promotionColumns, organiserProvince: organiser.provinceCode })
    .from(promotions)
    .innerJoin(organiser, eq(organiser.code, promotions.organiserPlaceCode))
    .where(and(eq(promotions.id, id), eq(promotions.kind, kind), promotionInScopeSql(user)))
    .for("update", { of: promotions });
  return row ?? null;
}

export async function updatePromotion(
  db: Db,
  user: Actor,
  id: number,
  input: PromotionInput,
): Promise<PromoResult> {
  const values = promotionValues(input);
  return db.transaction(async (tx) => {
    const current = await lockPromotion(tx, user, input.kind, id);
    if (!current) return notFound;
    const { errors, organiser: org } = await placeErrors(tx, user, input);
    if (Object.keys(errors).length > 0 || !org) return invalid(errors);
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { ok: true } as const;
    await tx
      .update(promotions)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(promotions.id, id));
    await recordAudit(tx, user, {
      action: `${input.kind}.update`,
      entityType: input.kind,
      entityId: id,
      ...auditPlace(org.code, org.provinceCode),
      ...diff,
    });
    return { ok: true } as const;
  });
}

// ——— Publishing and curating ———

type LockedOwner = { id: number; status: PublicationStatus; organiser: string; province: string };

async function lockOwner(
  tx: Db,
  user: ScopeUser,
  kind: PromotionKind,
  id: number,
): Promise<LockedOwner | null> {
  const row = await lockPromotion(tx, user, kind, id);
  return row
    ? {
        id: row.id,
        status: row.status,
        organiser: row.organiserPlaceCode,
        province: row.organiserProvince,
      }
    : null;
}

/**
 * Publishes or unpublishes, as the publication lifecycle allows; setting the status it already
 * has changes nothing.
 */
export async function setPublication(
  db: Db,
  user: Actor,
  kind: PromotionKind,
  id: number,
  status: PublicationStatus,
): Promise<PromoResult> {
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, user, kind, id);
    if (!owner) return notFound;
    if (owner.status === status) return { ok: true } as const;
    // Only officials and administrators pass the scope lock; anyone else is not found.
    if (user.role !== "official" && user.role !== "administrator") return notFound;
    const move = moveTo(PROMOTION_LIFECYCLE, owner.status, status, user.role);
    if (!move.ok) return invalid({ status: "promo.admin.error.intent" });
    await tx
      .update(promotions)
      .set({ status: move.to, updatedAt: new Date() })
      .where(eq(promotions.id, id));
    await recordAudit(tx, user, {
      action: `${kind}.${status === "published" ? "publish" : "unpublish"}`,
      entityType: kind,
      entityId: id,
      ...auditPlace(owner.organiser, owner.province),
      before: { status: owner.status },
      after: { status },
    });
    return { ok: true } as const;
  });
}

type EntryRow = {
  productId: number;
  code: string | null;
  featured: boolean;
  position: number;
};

async function readEntries(tx: Db, promotionId: number): Promise<EntryRow[]> {
  return tx
    .select({
      productId: promotionEntries.productId,
      code: promotionEntries.spotCode,
      featured: promotionEntries.featured,
      position: promotionEntries.position,
    })
    .from(promotionEntries)
    .where(eq(promotionEntries.promotionId, promotionId))
    .orderBy(...entryOrder);
}

const entryKey = (promotionId: number, productId: number) =>
  and(eq(promotionEntries.promotionId, promotionId), eq(promotionEntries.productId, productId));

/**
 * Adds a product to the end of a catalogue. Only a product the public may see today can be
 * added (checked here, whatever the form sent); adding one that is already there is refused.
 * A fair's or showroom's catalogue is trade promotion: a drink of 15% alcohol or more is
 * refused (Law 44/2019, decision 0027).
 */
export async function addEntry(
  db: Db,
  user: Actor,
  kind: PromotionKind,
  ownerId: number,
  productId: number,
  today: string,
): Promise<PromoResult> {
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, user, kind, ownerId);
    if (!owner) return notFound;
    const [product] = await tx
      .select({ id: products.id, slug: products.slug, alcoholPercent: products.alcoholPercent })
      .from(products)
      .innerJoin(producers, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .where(and(eq(products.id, productId), publicProductCondition(today)))
      .limit(1);
    if (!product) return invalid({ productId: "promo.admin.error.productNotVisible" });
    if (isAgeRestricted(product.alcoholPercent))
      return invalid({ productId: "alcohol.error.notPromotable" });
    const entries = await readEntries(tx, ownerId);
    if (entries.some((e) => e.productId === productId))
      return invalid({ productId: "promo.admin.error.alreadyAdded" });
    if (entries.length >= CATALOGUE_MAX_ENTRIES)
      return invalid({ productId: "promo.admin.error.catalogueFull" });
    const position = entries.reduce((max, e) => Math.max(max, e.position + 1), 0);
    await tx.insert(promotionEntries).values({ promotionId: ownerId, productId, position });
    await recordAudit(tx, user, {
      action: `${kind}.product.add`,
      entityType: kind,
      entityId: ownerId,
      ...auditPlace(owner.organiser, owner.province),
      after: { productId, productSlug: product.slug, position },
    });
    return { ok: true } as const;
  });
}

/** Sets an entry's booth or shelf code and featured flag. */
export async function updateEntry(
  db: Db,
  user: Actor,
  kind: PromotionKind,
  ownerId: number,
  input: { productId: number; code: string | null; featured: boolean },
): Promise<PromoResult> {
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, user, kind, ownerId);
    if (!owner) return notFound;
    const entry = (await readEntries(tx, ownerId)).find((e) => e.productId === input.productId);
    if (!entry) return invalid({ productId: "promo.admin.error.entryMissing" });
    const diff = changedFields(
      { code: entry.code, featured: entry.featured },
      { code: input.code, featured: input.featured },
    );
    if (Object.keys(diff.after).length === 0) return { ok: true } as const;
    await tx
      .update(promotionEntries)
      .set({ spotCode: input.code, featured: input.featured })
      .where(entryKey(ownerId, input.productId));
    await recordAudit(tx, user, {
      action: `${kind}.product.update`,
      entityType: kind,
      entityId: ownerId,
      ...auditPlace(owner.organiser, owner.province),
      before: { productId: input.productId, ...diff.before },
      after: { productId: input.productId, ...diff.after },
    });
    return { ok: true } as const;
  });
}

/**
 * Moves an entry one place up or down. Positions are renumbered 0…n-1 on the way, so equal
 * or sparse positions (after removals) never make a move do nothing.
 */
export async function moveEntry(
  db: Db,
  user: Actor,
  kind: PromotionKind,
  ownerId: number,
  productId: number,
  direction: "up" | "down",
): Promise<PromoResult> {
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, user, kind, ownerId);
    if (!owner) return notFound;
    const entries = await readEntries(tx, ownerId);
    const from = entries.findIndex((e) => e.productId === productId);
    if (from < 0) return invalid({ productId: "promo.admin.error.entryMissing" });
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= entries.length) return { ok: true } as const;
    const order = [...entries];
    const [moved] = order.splice(from, 1);
    if (!moved) return { ok: true } as const;
    order.splice(to, 0, moved);
    for (const [i, e] of order.entries()) {
      if (e.position !== i)
        await tx
          .update(promotionEntries)
          .set({ position: i })
          .where(entryKey(ownerId, e.productId));
    }
    await recordAudit(tx, user, {
      action: `${kind}.product.move`,
      entityType: kind,
      entityId: ownerId,
      ...auditPlace(owner.organiser, owner.province),
      before: { productId, index: from },
      after: { productId, index: to },
    });
    return { ok: true } as const;
  });
}

export async function removeEntry(
  db: Db,
  user: Actor,
  kind: PromotionKind,
  ownerId: number,
  productId: number,
): Promise<PromoResult> {
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, user, kind, ownerId);
    if (!owner) return notFound;
    const entry = (await readEntries(tx, ownerId)).find((e) => e.productId === productId);
    if (!entry) return invalid({ productId: "promo.admin.error.entryMissing" });
    await tx.delete(promotionEntries).where(entryKey(ownerId, productId));
    await recordAudit(tx, user, {
      action: `${kind}.product.remove`,
      entityType: kind,
      entityId: ownerId,
      ...auditPlace(owner.organiser, owner.province),
      before: { ...entry },
    });
    return { ok: true } as const;
  });
}

// ——— The product picker ———

export type PickerItem = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  producerName: string;
  provinceName: string;
  stars: number;
  validUntil: string;
  priceVnd: number;
  inCatalogue: boolean;
};

/**
 * Products the public may see today whose names, producer or place start with every word
 * typed ("mat ong" finds "Mật ong"): those whose own name matches first, then best rated.
 * Nothing for an empty query.
 */
export async function searchPickerProducts(
  db: Db,
  today: string,
  q: string,
  promotionId: number,
): Promise<PickerItem[]> {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const matches = words.map((w) => sql`${products.searchText} like ${`% ${w}%`}`);
  // The product's own name first: "mật ong" lists honeys before a honey cooperative's rice wine.
  const foldedName = sql`(' ' || lower(unaccent(${products.nameVi})))`;
  const nameMatches = sql<boolean>`(${sql.join(
    words.map((w) => sql`${foldedName} like ${`% ${w}%`}`),
    sql` and `,
  )})`;
  const inCatalogue = sql<boolean>`exists (select 1 from ${promotionEntries} where ${promotionEntries.promotionId} = ${promotionId} and ${promotionEntries.productId} = ${products.id})`;
  return db
    .select({
      id: products.id,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      producerName: producers.name,
      provinceName: entryProvince.shortName,
      stars: certificates.stars,
      validUntil: certificates.validUntil,
      priceVnd: products.priceVnd,
      inCatalogue,
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .innerJoin(certificates, activeCertificateJoin)
    .innerJoin(entryProvince, eq(entryProvince.code, producers.provinceCode))
    .where(
      and(publicProductCondition(today), promotableCondition(products.alcoholPercent), ...matches),
    )
    .orderBy(desc(nameMatches), desc(certificates.stars), asc(products.nameVi), asc(products.id))
    .limit(PICKER_LIMIT);
}

// ——— Public pages ———

export type FairPhase = "ongoing" | "upcoming" | "past";

export function fairPhase(fair: { startsOn: string; endsOn: string }, today: string): FairPhase {
  if (fair.endsOn < today) return "past";
  return fair.startsOn > today ? "upcoming" : "ongoing";
}

/** Counts a catalogue's entries the public may see today, as a correlated subquery. */
function visibleCount(promotionId: SQL | AnyPgColumn, today: string) {
  return sql<number>`(select count(*) from ${promotionEntries}
      join ${products} on ${products.id} = ${promotionEntries.productId}
      join ${producers} on ${producerJoin}
      join ${certificates} on ${activeCertificateJoin}
     where ${promotionEntries.promotionId} = ${promotionId} and ${publicProductCondition(today)})`.mapWith(
    Number,
  );
}

/** What a public list shows of a fair or showroom, whatever its kind. */
const publicListColumns = (today: string) => ({
  slug: promotions.slug,
  nameVi: promotions.nameVi,
  nameEn: promotions.nameEn,
  provinceCode: promotions.provinceCode,
  provinceName: venueProvince.name,
  communeName: venueCommune.name,
  coverImage: promotions.coverImage,
  ...detailColumns,
  /** Products of its catalogue the public may see today. */
  products: visibleCount(promotions.id, today),
});

type PublicListRow = {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  provinceCode: string;
  provinceName: string;
  communeName: string | null;
  coverImage: string | null;
  products: number;
};
export type PublicFairListItem = Omit<PublicListRow, "communeName"> &
  Omit<FairDetail, "kind"> & { phase: FairPhase };
export type PublicShowroomListItem = Omit<PublicListRow, "communeName"> &
  Omit<ShowroomDetail, "kind"> & { communeName: string };

/** Published promotions of one kind with their venue, as a query to narrow further. */
function publishedOfKind(db: Db, kind: PromotionKind, today: string, where: SQL[] = []) {
  return db
    .select(publicListColumns(today))
    .from(promotions)
    .innerJoin(venueProvince, eq(venueProvince.code, promotions.provinceCode))
    .leftJoin(venueCommune, eq(venueCommune.code, promotions.communeCode))
    .where(and(eq(promotions.kind, kind), eq(promotions.status, "published"), ...where));
}

/**
 * Published fairs: those running or to come, soonest first, then past ones, latest first.
 * One query.
 */
export async function listPublicFairs(
  db: Db,
  today: string,
): Promise<{ current: PublicFairListItem[]; past: PublicFairListItem[] }> {
  const rows = await publishedOfKind(db, "fair", today, [
    // Every current fair, and the most recent past ones.
    sql`(${promotions.endsOn} >= ${today} or ${promotions.id} in (
          select f.id from ${promotions} f
           where f.kind = 'fair' and f.status = 'published' and f.ends_on < ${today}
           order by f.ends_on desc, f.id desc limit ${PUBLIC_PAST_LIMIT}))`,
  ]).orderBy(asc(promotions.startsOn), asc(promotions.id));
  const items = rows.flatMap((row) => {
    const { communeName: _none, ...r } = withDetail(row);
    return r.kind === "fair" ? [{ ...r, phase: fairPhase(r, today) }] : [];
  });
  return {
    current: items.filter((f) => f.phase !== "past"),
    past: items
      .filter((f) => f.phase === "past")
      .sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.startsOn.localeCompare(a.startsOn)),
  };
}

export type PublicShowroomList = {
  items: PublicShowroomListItem[];
  /** Provinces and location types that have published showrooms, for the filter. */
  provinces: { code: string; name: string; count: number }[];
  types: { type: LocationType; count: number }[];
};

/** Published showrooms, filtered by province and location type. Two queries. */
export async function listPublicShowrooms(
  db: Db,
  today: string,
  filters: { province?: string | null; type?: LocationType | null },
): Promise<PublicShowroomList> {
  const where: SQL[] = [];
  if (filters.province) where.push(eq(promotions.provinceCode, filters.province));
  if (filters.type) where.push(eq(promotions.locationType, filters.type));
  const [rows, cells] = await Promise.all([
    publishedOfKind(db, "showroom", today, where)
      .orderBy(asc(promotions.nameVi), asc(promotions.id))
      .limit(ADMIN_LIST_LIMIT),
    db
      .select({
        provinceCode: promotions.provinceCode,
        provinceName: venueProvince.name,
        type: promotions.locationType,
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(promotions)
      .innerJoin(venueProvince, eq(venueProvince.code, promotions.provinceCode))
      .where(and(eq(promotions.kind, "showroom"), eq(promotions.status, "published")))
      .groupBy(promotions.provinceCode, venueProvince.name, promotions.locationType),
  ]);
  const items = rows.flatMap((row): PublicShowroomListItem[] => {
    const r = withDetail(row);
    if (r.kind !== "showroom" || r.communeName === null) return [];
    const { kind: _kind, ...showroom } = r;
    return [{ ...showroom, communeName: r.communeName }];
  });
  const collator = new Intl.Collator("vi");
  items.sort((a, b) => collator.compare(a.nameVi, b.nameVi));
  const provinces = new Map<string, { code: string; name: string; count: number }>();
  const types = new Map<LocationType, number>();
  for (const cell of cells) {
    const p = provinces.get(cell.provinceCode) ?? {
      code: cell.provinceCode,
      name: cell.provinceName,
      count: 0,
    };
    p.count += cell.count;
    provinces.set(cell.provinceCode, p);
    if (cell.type) types.set(cell.type, (types.get(cell.type) ?? 0) + cell.count);
  }
  return {
    items,
    provinces: [...provinces.values()].sort((a, b) =>
      collator.compare(
        a.name.replace(/^(Tỉnh|Thành phố) /, ""),
        b.name.replace(/^(Tỉnh|Thành phố) /, ""),
      ),
    ),
    types: LOCATION_TYPES.flatMap((type) => {
      const count = types.get(type);
      return count ? [{ type, count }] : [];
    }),
  };
}

export type PublicCatalogueEntry = ProductCardData & { code: string | null; featured: boolean };

/**
 * A catalogue as the public sees it (its page and its printed catalogue): only products visible
 * today, featured first, then in the curator's order. Two queries (the entries, then their cards
 * with the visibility rule). A drink of 15% or more added before the rule, or whose strength was
 * raised since, stays in the official's list but is never shown (Law 44/2019, decision 0027).
 */
async function publicEntries(
  db: Db,
  promotionId: number,
  today: string,
): Promise<PublicCatalogueEntry[]> {
  const entries = await readEntries(db, promotionId);
  if (entries.length === 0) return [];
  const cards = await listProductCards(db, today, {
    where: and(
      inArray(
        products.id,
        entries.map((e) => e.productId),
      ),
      promotableCondition(products.alcoholPercent),
    ),
    limit: entries.length,
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return entries
    .map((e, index) => ({ e, index }))
    .sort((a, b) => Number(b.e.featured) - Number(a.e.featured) || a.index - b.index)
    .flatMap(({ e }) => {
      const card = byId.get(e.productId);
      return card ? [{ ...card, code: e.code, featured: e.featured }] : [];
    });
}

type PublicPromotionBase = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  provinceName: string;
  descriptionVi: string;
  descriptionEn: string | null;
  coverImage: string | null;
  organiserName: string;
  entries: PublicCatalogueEntry[];
};
export type PublicFair = PublicPromotionBase & FairDetail & { phase: FairPhase };
export type PublicShowroom = PublicPromotionBase & ShowroomDetail & { communeName: string };
export type PublicPromotion = PublicFair | PublicShowroom;

/** A published fair or showroom with its public catalogue; null when unknown or not published. */
export async function getPublicPromotion(
  db: Db,
  kind: PromotionKind,
  slug: string,
  today: string,
): Promise<PublicPromotion | null> {
  const [row] = await db
    .select({
      id: promotions.id,
      slug: promotions.slug,
      nameVi: promotions.nameVi,
      nameEn: promotions.nameEn,
      provinceName: venueProvince.name,
      communeName: venueCommune.name,
      descriptionVi: promotions.descriptionVi,
      descriptionEn: promotions.descriptionEn,
      coverImage: promotions.coverImage,
      organiserName: organiser.name,
      ...detailColumns,
    })
    .from(promotions)
    .innerJoin(venueProvince, eq(venueProvince.code, promotions.provinceCode))
    .leftJoin(venueCommune, eq(venueCommune.code, promotions.communeCode))
    .innerJoin(organiser, eq(organiser.code, promotions.organiserPlaceCode))
    .where(
      and(eq(promotions.kind, kind), eq(promotions.slug, slug), eq(promotions.status, "published")),
    )
    .limit(1);
  if (!row) return null;
  const entries = await publicEntries(db, row.id, today);
  const { communeName, ...promotion } = withDetail(row);
  if (promotion.kind === "fair")
    return { ...promotion, phase: fairPhase(promotion, today), entries };
  if (communeName === null) throw new Error("showroom commune");
  return { ...promotion, communeName, entries };
}

/**
 * Published fairs and showrooms for the sitemap, fairs first, each oldest first, with its last
 * change as a date in Vietnam. One query.
 */
export async function publishedPromotionPages(
  db: Db,
): Promise<{ kind: PromotionKind; slug: string; lastmod: string }[]> {
  return queryRows<{ kind: PromotionKind; slug: string; lastmod: string }>(
    db,
    sql`select kind, slug, to_char(updated_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as lastmod
          from ${promotions} where status = 'published'
         order by kind, id`,
  ).then((rows) => rows.map(({ kind, slug, lastmod }) => ({ kind, slug, lastmod })));
}

/**
 * Whether the fair or showroom exists and is in the user's scope: actions check it before
 * reading the form, so someone out of scope learns nothing (404), not even a validation answer.
 */
export async function promotionInScope(
  db: Db,
  user: ScopeUser,
  kind: PromotionKind,
  id: number,
): Promise<boolean> {
  const rows = await db
    .select({ id: promotions.id })
    .from(promotions)
    .innerJoin(organiser, eq(organiser.code, promotions.organiserPlaceCode))
    .where(and(eq(promotions.id, id), eq(promotions.kind, kind), promotionInScopeSql(user)))
    .limit(1);
  return rows.length > 0;
}

export type ProductPromotion = {
  kind: PromotionKind;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  /** Fairs only. */
  startsOn: string | null;
  endsOn: string | null;
  /** The booth or shelf code. */
  code: string | null;
};

/**
 * Where a product is on show: published fairs running or to come and published showrooms
 * whose catalogue holds it, soonest fair first. For the product page; one query.
 */
export function promotionsOfProduct(
  db: Db,
  productId: number,
  today: string,
): Promise<ProductPromotion[]> {
  return db
    .select({
      kind: promotions.kind,
      slug: promotions.slug,
      nameVi: promotions.nameVi,
      nameEn: promotions.nameEn,
      startsOn: promotions.startsOn,
      endsOn: promotions.endsOn,
      code: promotionEntries.spotCode,
    })
    .from(promotionEntries)
    .innerJoin(promotions, eq(promotions.id, promotionEntries.promotionId))
    .innerJoin(products, eq(products.id, promotionEntries.productId))
    .where(
      and(
        eq(promotionEntries.productId, productId),
        // Not on show at a fair or showroom when it may not be promoted (decision 0027).
        promotableCondition(products.alcoholPercent),
        eq(promotions.status, "published"),
        // A fair that is over is no longer a place to see the product.
        or(ne(promotions.kind, "fair"), gte(promotions.endsOn, today)),
      ),
    )
    .orderBy(asc(promotions.kind), sql`${promotions.startsOn} nulls last`, asc(promotions.slug))
    .limit(8);
}
