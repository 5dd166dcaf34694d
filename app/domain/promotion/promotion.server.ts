/**
 * Trade promotion, the sixth step of the OCOP cycle: fairs ("hội chợ", dated, with booths) and
 * showrooms ("điểm giới thiệu và bán sản phẩm OCOP", permanent, with shelves), each with a
 * curated catalogue of certified products.
 *
 * - A fair or showroom belongs to its organiser unit (a province or a commune): officials see
 *   and change only those whose organiser is in their scope (`inScope` on the organiser's
 *   province and code), so anything else is simply not found.
 * - Only products the public may see can be added; the public pages apply the visibility rule
 *   again at read time, so a product whose certificate lapses drops out of every catalogue
 *   without anyone editing it. The curation list keeps it, flagged.
 * - Every write is one transaction with its audit entry.
 */
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { queryRows, type Db } from "../../../db/client";
import {
  certificates,
  fairProducts,
  fairs,
  places,
  producers,
  products,
  SHOWROOM_LOCATION_TYPES,
  showroomProducts,
  showrooms,
  type PublicationStatus,
} from "../../../db/schema";
import { queryWords } from "../../../search/embedded";
import { addDays } from "../../lib/dates";
import { slugify } from "../../lib/text";
import type { MessageKey } from "../../i18n/index";
import type { SessionUser } from "../account/accounts.server";
import { changedFields, recordAudit } from "../audit/record.server";
import { listProductCards } from "../catalog/catalog.server";
import type { ProductCardData } from "../catalog/product-card";
import type { FairInput, LocationType, ShowroomInput } from "./schemas";
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

export type PromotionKind = "fair" | "showroom";
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

const fairInScope = (user: ScopeUser) =>
  inScope(user, organiser.provinceCode, fairs.organiserPlaceCode);
const showroomInScope = (user: ScopeUser) =>
  inScope(user, organiser.provinceCode, showrooms.organiserPlaceCode);

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

// ——— Slugs ———

async function freeSlug(tx: Db, kind: PromotionKind, name: string): Promise<string> {
  const base =
    slugify(name).slice(0, 80).replace(/-+$/, "") || (kind === "fair" ? "hoi-cho" : "diem-ban");
  const column = kind === "fair" ? fairs.slug : showrooms.slug;
  const table = kind === "fair" ? fairs : showrooms;
  const rows = await tx
    .select({ slug: column })
    .from(table)
    .where(or(eq(column, base), like(column, `${base}-%`)));
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Inserts a new fair or showroom under a free slug. If someone took the same name a moment
 * ago (the first insert skips on conflict), a short suffix still gives a readable address.
 */
async function insertWithFreeSlug(
  tx: Db,
  kind: PromotionKind,
  name: string,
  insert: (slug: string, first: boolean) => Promise<{ id: number; slug: string }[]>,
): Promise<{ id: number; slug: string }> {
  const slug = await freeSlug(tx, kind, name);
  const [row] = await insert(slug, true);
  if (row) return row;
  const [retried] = await insert(`${slug}-${Date.now().toString(36).slice(-4)}`, false);
  if (!retried) throw new Error(`${kind} not inserted`);
  return retried;
}

// ——— Fairs in the workspace ———

export type AdminFairListItem = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  venue: string;
  provinceName: string;
  startsOn: string;
  endsOn: string;
  status: PublicationStatus;
  organiserName: string;
  entries: number;
};

/** The fairs an official manages (their organiser in scope), newest first. One query. */
export function listFairsForOfficial(db: Db, user: ScopeUser): Promise<AdminFairListItem[]> {
  return db
    .select({
      id: fairs.id,
      slug: fairs.slug,
      nameVi: fairs.nameVi,
      nameEn: fairs.nameEn,
      venue: fairs.venue,
      provinceName: venueProvince.name,
      startsOn: fairs.startsOn,
      endsOn: fairs.endsOn,
      status: fairs.status,
      organiserName: organiser.name,
      entries:
        sql<number>`(select count(*) from ${fairProducts} where ${fairProducts.fairId} = ${fairs.id})`.mapWith(
          Number,
        ),
    })
    .from(fairs)
    .innerJoin(organiser, eq(organiser.code, fairs.organiserPlaceCode))
    .innerJoin(venueProvince, eq(venueProvince.code, fairs.provinceCode))
    .where(fairInScope(user))
    .orderBy(desc(fairs.startsOn), desc(fairs.id))
    .limit(ADMIN_LIST_LIMIT);
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

function entryColumns(kind: PromotionKind) {
  return kind === "fair"
    ? {
        table: fairProducts,
        owner: fairProducts.fairId,
        productId: fairProducts.productId,
        code: fairProducts.boothCode,
        featured: fairProducts.featured,
        position: fairProducts.position,
        addedAt: fairProducts.addedAt,
      }
    : {
        table: showroomProducts,
        owner: showroomProducts.showroomId,
        productId: showroomProducts.productId,
        code: showroomProducts.shelfCode,
        featured: showroomProducts.featured,
        position: showroomProducts.position,
        addedAt: showroomProducts.addedAt,
      };
}

/** A catalogue as the curator sees it: every entry in order, with what is wrong with it. */
async function adminEntries(
  db: Db,
  kind: PromotionKind,
  ownerId: number,
  today: string,
  warnBefore: string,
): Promise<AdminCatalogueEntry[]> {
  const c = entryColumns(kind);
  const rows = await db
    .select({
      productId: c.productId,
      slug: products.slug,
      nameVi: products.nameVi,
      nameEn: products.nameEn,
      producerName: producers.name,
      provinceName: entryProvince.shortName,
      priceVnd: products.priceVnd,
      stars: certificates.stars,
      validUntil: certificates.validUntil,
      code: c.code,
      featured: c.featured,
      position: c.position,
      visible: publicProductFlag(today),
    })
    .from(c.table)
    .innerJoin(products, eq(products.id, c.productId))
    .innerJoin(producers, producerJoin)
    .innerJoin(entryProvince, eq(entryProvince.code, producers.provinceCode))
    .leftJoin(certificates, activeCertificateJoin)
    .where(eq(c.owner, ownerId))
    .orderBy(asc(c.position), asc(c.addedAt), asc(c.productId));
  return rows.map((r) => ({
    ...r,
    expiryWarning: r.visible && r.validUntil !== null && r.validUntil < warnBefore,
  }));
}

export type AdminFair = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  venue: string;
  provinceCode: string;
  startsOn: string;
  endsOn: string;
  descriptionVi: string;
  descriptionEn: string | null;
  coverImage: string | null;
  organiserPlaceCode: string;
  organiserName: string;
  status: PublicationStatus;
  entries: AdminCatalogueEntry[];
};

const fairColumns = {
  id: fairs.id,
  slug: fairs.slug,
  nameVi: fairs.nameVi,
  nameEn: fairs.nameEn,
  venue: fairs.venue,
  provinceCode: fairs.provinceCode,
  startsOn: fairs.startsOn,
  endsOn: fairs.endsOn,
  descriptionVi: fairs.descriptionVi,
  descriptionEn: fairs.descriptionEn,
  coverImage: fairs.coverImage,
  organiserPlaceCode: fairs.organiserPlaceCode,
  status: fairs.status,
};

/** A fair in the official's scope with its catalogue; null when unknown or out of scope. */
export async function getFairForOfficial(
  db: Db,
  user: ScopeUser,
  id: number,
  today: string,
): Promise<AdminFair | null> {
  const [fair] = await db
    .select({ ...fairColumns, organiserName: organiser.name })
    .from(fairs)
    .innerJoin(organiser, eq(organiser.code, fairs.organiserPlaceCode))
    .where(and(eq(fairs.id, id), fairInScope(user)))
    .limit(1);
  if (!fair) return null;
  // A product whose certificate is valid until the fair's last day is still fine that day.
  const entries = await adminEntries(db, "fair", id, today, fair.endsOn);
  return { ...fair, entries };
}

function fairValues(input: FairInput) {
  return {
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    venue: input.venue,
    provinceCode: input.provinceCode,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    descriptionVi: input.descriptionVi,
    descriptionEn: input.descriptionEn,
    coverImage: input.coverImage,
    organiserPlaceCode: input.organiserPlaceCode,
  };
}

/** Checks the fair's units against the database: the venue's province, the organiser in scope. */
async function fairPlaceErrors(tx: Db, user: Actor, input: FairInput) {
  const found = await placesByCode(tx, user, [input.provinceCode, input.organiserPlaceCode]);
  const errors: FieldErrors = {};
  if (found.get(input.provinceCode)?.level !== "province")
    errors.provinceCode = "promo.admin.error.province";
  const orgError = organiserError(found.get(input.organiserPlaceCode));
  if (orgError) errors.organiserPlaceCode = orgError;
  return { errors, organiser: found.get(input.organiserPlaceCode) };
}

/** Creates a draft fair organised by a unit in the official's scope. */
export async function createFair(
  db: Db,
  user: Actor,
  input: FairInput,
): Promise<PromoResult<{ id: number; slug: string }>> {
  const values = fairValues(input);
  return db.transaction(async (tx) => {
    const { errors, organiser: org } = await fairPlaceErrors(tx, user, input);
    if (Object.keys(errors).length > 0 || !org) return invalid(errors);
    const row = await insertWithFreeSlug(tx, "fair", input.nameVi, (slug, first) => {
      const insert = tx.insert(fairs).values({ ...values, slug });
      return (first ? insert.onConflictDoNothing({ target: fairs.slug }) : insert).returning({
        id: fairs.id,
        slug: fairs.slug,
      });
    });
    const slug = row.slug;
    await recordAudit(tx, user, {
      action: "fair.create",
      entityType: "fair",
      entityId: row.id,
      ...auditPlace(org.code, org.provinceCode),
      after: { ...values, slug, status: "draft" },
    });
    return { ok: true, id: row.id, slug: row.slug } as const;
  });
}

/** The owner row, locked for the rest of the transaction, if it is in the user's scope. */
async function lockFair(tx: Db, user: ScopeUser, id: number) {
  const [row] = await tx
    .select({ ...fairColumns, organiserProvince: organiser.provinceCode })
    .from(fairs)
    .innerJoin(organiser, eq(organiser.code, fairs.organiserPlaceCode))
    .where(and(eq(fairs.id, id), fairInScope(user)))
    .for("update", { of: fairs });
  return row ?? null;
}

export async function updateFair(
  db: Db,
  user: Actor,
  id: number,
  input: FairInput,
): Promise<PromoResult> {
  const values = fairValues(input);
  return db.transaction(async (tx) => {
    const current = await lockFair(tx, user, id);
    if (!current) return notFound;
    const { errors, organiser: org } = await fairPlaceErrors(tx, user, input);
    if (Object.keys(errors).length > 0 || !org) return invalid(errors);
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { ok: true } as const;
    await tx
      .update(fairs)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(fairs.id, id));
    await recordAudit(tx, user, {
      action: "fair.update",
      entityType: "fair",
      entityId: id,
      ...auditPlace(org.code, org.provinceCode),
      ...diff,
    });
    return { ok: true } as const;
  });
}

// ——— Showrooms in the workspace ———

export type AdminShowroomListItem = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  address: string;
  provinceName: string;
  communeName: string;
  locationType: LocationType;
  status: PublicationStatus;
  organiserName: string;
  entries: number;
};

export function listShowroomsForOfficial(
  db: Db,
  user: ScopeUser,
): Promise<AdminShowroomListItem[]> {
  return db
    .select({
      id: showrooms.id,
      slug: showrooms.slug,
      nameVi: showrooms.nameVi,
      nameEn: showrooms.nameEn,
      address: showrooms.address,
      provinceName: venueProvince.name,
      communeName: venueCommune.name,
      locationType: showrooms.locationType,
      status: showrooms.status,
      organiserName: organiser.name,
      entries:
        sql<number>`(select count(*) from ${showroomProducts} where ${showroomProducts.showroomId} = ${showrooms.id})`.mapWith(
          Number,
        ),
    })
    .from(showrooms)
    .innerJoin(organiser, eq(organiser.code, showrooms.organiserPlaceCode))
    .innerJoin(venueProvince, eq(venueProvince.code, showrooms.provinceCode))
    .innerJoin(venueCommune, eq(venueCommune.code, showrooms.communeCode))
    .where(showroomInScope(user))
    .orderBy(asc(showrooms.nameVi), asc(showrooms.id))
    .limit(ADMIN_LIST_LIMIT);
}

export type AdminShowroom = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  provinceCode: string;
  communeCode: string;
  address: string;
  locationType: LocationType;
  openingHours: string;
  contactPhone: string | null;
  contactEmail: string | null;
  descriptionVi: string;
  descriptionEn: string | null;
  coverImage: string | null;
  organiserPlaceCode: string;
  organiserName: string;
  status: PublicationStatus;
  entries: AdminCatalogueEntry[];
};

const showroomColumns = {
  id: showrooms.id,
  slug: showrooms.slug,
  nameVi: showrooms.nameVi,
  nameEn: showrooms.nameEn,
  provinceCode: showrooms.provinceCode,
  communeCode: showrooms.communeCode,
  address: showrooms.address,
  locationType: showrooms.locationType,
  openingHours: showrooms.openingHours,
  contactPhone: showrooms.contactPhone,
  contactEmail: showrooms.contactEmail,
  descriptionVi: showrooms.descriptionVi,
  descriptionEn: showrooms.descriptionEn,
  coverImage: showrooms.coverImage,
  organiserPlaceCode: showrooms.organiserPlaceCode,
  status: showrooms.status,
};

export async function getShowroomForOfficial(
  db: Db,
  user: ScopeUser,
  id: number,
  today: string,
): Promise<AdminShowroom | null> {
  const [showroom] = await db
    .select({ ...showroomColumns, organiserName: organiser.name })
    .from(showrooms)
    .innerJoin(organiser, eq(organiser.code, showrooms.organiserPlaceCode))
    .where(and(eq(showrooms.id, id), showroomInScope(user)))
    .limit(1);
  if (!showroom) return null;
  const entries = await adminEntries(
    db,
    "showroom",
    id,
    today,
    addDays(today, SHOWROOM_EXPIRY_WARNING_DAYS),
  );
  return { ...showroom, entries };
}

function showroomValues(input: ShowroomInput) {
  return {
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    provinceCode: input.provinceCode,
    communeCode: input.communeCode,
    address: input.address,
    locationType: input.locationType,
    openingHours: input.openingHours,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
    descriptionVi: input.descriptionVi,
    descriptionEn: input.descriptionEn,
    coverImage: input.coverImage,
    organiserPlaceCode: input.organiserPlaceCode,
  };
}

async function showroomPlaceErrors(tx: Db, user: Actor, input: ShowroomInput) {
  const found = await placesByCode(tx, user, [
    input.provinceCode,
    input.communeCode,
    input.organiserPlaceCode,
  ]);
  const errors: FieldErrors = {};
  if (found.get(input.provinceCode)?.level !== "province")
    errors.provinceCode = "promo.admin.error.province";
  const commune = found.get(input.communeCode);
  if (commune?.level !== "commune" || commune.provinceCode !== input.provinceCode)
    errors.communeCode = "promo.admin.error.commune";
  const orgError = organiserError(found.get(input.organiserPlaceCode));
  if (orgError) errors.organiserPlaceCode = orgError;
  return { errors, organiser: found.get(input.organiserPlaceCode) };
}

export async function createShowroom(
  db: Db,
  user: Actor,
  input: ShowroomInput,
): Promise<PromoResult<{ id: number; slug: string }>> {
  const values = showroomValues(input);
  return db.transaction(async (tx) => {
    const { errors, organiser: org } = await showroomPlaceErrors(tx, user, input);
    if (Object.keys(errors).length > 0 || !org) return invalid(errors);
    const row = await insertWithFreeSlug(tx, "showroom", input.nameVi, (slug, first) => {
      const insert = tx.insert(showrooms).values({ ...values, slug });
      return (first ? insert.onConflictDoNothing({ target: showrooms.slug }) : insert).returning({
        id: showrooms.id,
        slug: showrooms.slug,
      });
    });
    const slug = row.slug;
    await recordAudit(tx, user, {
      action: "showroom.create",
      entityType: "showroom",
      entityId: row.id,
      ...auditPlace(org.code, org.provinceCode),
      after: { ...values, slug, status: "draft" },
    });
    return { ok: true, id: row.id, slug: row.slug } as const;
  });
}

async function lockShowroom(tx: Db, user: ScopeUser, id: number) {
  const [row] = await tx
    .select({ ...showroomColumns, organiserProvince: organiser.provinceCode })
    .from(showrooms)
    .innerJoin(organiser, eq(organiser.code, showrooms.organiserPlaceCode))
    .where(and(eq(showrooms.id, id), showroomInScope(user)))
    .for("update", { of: showrooms });
  return row ?? null;
}

export async function updateShowroom(
  db: Db,
  user: Actor,
  id: number,
  input: ShowroomInput,
): Promise<PromoResult> {
  const values = showroomValues(input);
  return db.transaction(async (tx) => {
    const current = await lockShowroom(tx, user, id);
    if (!current) return notFound;
    const { errors, organiser: org } = await showroomPlaceErrors(tx, user, input);
    if (Object.keys(errors).length > 0 || !org) return invalid(errors);
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { ok: true } as const;
    await tx
      .update(showrooms)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(showrooms.id, id));
    await recordAudit(tx, user, {
      action: "showroom.update",
      entityType: "showroom",
      entityId: id,
      ...auditPlace(org.code, org.provinceCode),
      ...diff,
    });
    return { ok: true } as const;
  });
}

// ——— Publishing and curating, the same for both kinds ———

type LockedOwner = { id: number; status: PublicationStatus; organiser: string; province: string };

async function lockOwner(
  tx: Db,
  user: ScopeUser,
  kind: PromotionKind,
  id: number,
): Promise<LockedOwner | null> {
  const row = kind === "fair" ? await lockFair(tx, user, id) : await lockShowroom(tx, user, id);
  return row
    ? {
        id: row.id,
        status: row.status,
        organiser: row.organiserPlaceCode,
        province: row.organiserProvince,
      }
    : null;
}

/** Publishes or unpublishes; setting the status it already has changes nothing. */
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
    if (kind === "fair") {
      await tx.update(fairs).set({ status, updatedAt: new Date() }).where(eq(fairs.id, id));
    } else {
      await tx.update(showrooms).set({ status, updatedAt: new Date() }).where(eq(showrooms.id, id));
    }
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

async function readEntries(tx: Db, kind: PromotionKind, ownerId: number): Promise<EntryRow[]> {
  const c = entryColumns(kind);
  return tx
    .select({ productId: c.productId, code: c.code, featured: c.featured, position: c.position })
    .from(c.table)
    .where(eq(c.owner, ownerId))
    .orderBy(asc(c.position), asc(c.addedAt), asc(c.productId));
}

async function writeEntry(
  tx: Db,
  kind: PromotionKind,
  ownerId: number,
  productId: number,
  values: { code?: string | null; featured?: boolean; position?: number },
): Promise<void> {
  if (kind === "fair") {
    await tx
      .update(fairProducts)
      .set({ boothCode: values.code, featured: values.featured, position: values.position })
      .where(and(eq(fairProducts.fairId, ownerId), eq(fairProducts.productId, productId)));
  } else {
    await tx
      .update(showroomProducts)
      .set({ shelfCode: values.code, featured: values.featured, position: values.position })
      .where(
        and(eq(showroomProducts.showroomId, ownerId), eq(showroomProducts.productId, productId)),
      );
  }
}

/**
 * Adds a product to the end of a catalogue. Only a product the public may see today can be
 * added (checked here, whatever the form sent); adding one that is already there is refused.
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
      .select({ id: products.id, slug: products.slug })
      .from(products)
      .innerJoin(producers, producerJoin)
      .innerJoin(certificates, activeCertificateJoin)
      .where(and(eq(products.id, productId), publicProductCondition(today)))
      .limit(1);
    if (!product) return invalid({ productId: "promo.admin.error.productNotVisible" });
    const entries = await readEntries(tx, kind, ownerId);
    if (entries.some((e) => e.productId === productId))
      return invalid({ productId: "promo.admin.error.alreadyAdded" });
    if (entries.length >= CATALOGUE_MAX_ENTRIES)
      return invalid({ productId: "promo.admin.error.catalogueFull" });
    const position = entries.reduce((max, e) => Math.max(max, e.position + 1), 0);
    if (kind === "fair") {
      await tx.insert(fairProducts).values({ fairId: ownerId, productId, position });
    } else {
      await tx.insert(showroomProducts).values({ showroomId: ownerId, productId, position });
    }
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
    const entry = (await readEntries(tx, kind, ownerId)).find(
      (e) => e.productId === input.productId,
    );
    if (!entry) return invalid({ productId: "promo.admin.error.entryMissing" });
    const diff = changedFields(
      { code: entry.code, featured: entry.featured },
      { code: input.code, featured: input.featured },
    );
    if (Object.keys(diff.after).length === 0) return { ok: true } as const;
    await writeEntry(tx, kind, ownerId, input.productId, {
      code: input.code,
      featured: input.featured,
    });
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
    const entries = await readEntries(tx, kind, ownerId);
    const from = entries.findIndex((e) => e.productId === productId);
    if (from < 0) return invalid({ productId: "promo.admin.error.entryMissing" });
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= entries.length) return { ok: true } as const;
    const order = [...entries];
    const [moved] = order.splice(from, 1);
    if (!moved) return { ok: true } as const;
    order.splice(to, 0, moved);
    for (const [i, e] of order.entries()) {
      if (e.position !== i) await writeEntry(tx, kind, ownerId, e.productId, { position: i });
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
    const entry = (await readEntries(tx, kind, ownerId)).find((e) => e.productId === productId);
    if (!entry) return invalid({ productId: "promo.admin.error.entryMissing" });
    if (kind === "fair") {
      await tx
        .delete(fairProducts)
        .where(and(eq(fairProducts.fairId, ownerId), eq(fairProducts.productId, productId)));
    } else {
      await tx
        .delete(showroomProducts)
        .where(
          and(eq(showroomProducts.showroomId, ownerId), eq(showroomProducts.productId, productId)),
        );
    }
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
  kind: PromotionKind,
  ownerId: number,
): Promise<PickerItem[]> {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const c = entryColumns(kind);
  const matches = words.map((w) => sql`${products.searchText} like ${`% ${w}%`}`);
  // The product's own name first: "mật ong" lists honeys before a honey cooperative's rice wine.
  const foldedName = sql`(' ' || lower(unaccent(${products.nameVi})))`;
  const nameMatches = sql<boolean>`(${sql.join(
    words.map((w) => sql`${foldedName} like ${`% ${w}%`}`),
    sql` and `,
  )})`;
  const inCatalogue = sql<boolean>`exists (select 1 from ${c.table} where ${c.owner} = ${ownerId} and ${c.productId} = ${products.id})`;
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
    .where(and(publicProductCondition(today), ...matches))
    .orderBy(desc(nameMatches), desc(certificates.stars), asc(products.nameVi), asc(products.id))
    .limit(PICKER_LIMIT);
}

// ——— Public pages ———

export type FairPhase = "ongoing" | "upcoming" | "past";

export function fairPhase(fair: { startsOn: string; endsOn: string }, today: string): FairPhase {
  if (fair.endsOn < today) return "past";
  return fair.startsOn > today ? "upcoming" : "ongoing";
}

export type PublicFairListItem = {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  venue: string;
  provinceName: string;
  startsOn: string;
  endsOn: string;
  coverImage: string | null;
  phase: FairPhase;
  /** Products of its catalogue the public may see today. */
  products: number;
};

/** Counts a catalogue's entries the public may see today, as a correlated subquery. */
function visibleCount(kind: PromotionKind, ownerId: SQL | AnyPgColumn, today: string) {
  const c = entryColumns(kind);
  return sql<number>`(select count(*) from ${c.table}
      join ${products} on ${products.id} = ${c.productId}
      join ${producers} on ${producerJoin}
      join ${certificates} on ${activeCertificateJoin}
     where ${c.owner} = ${ownerId} and ${publicProductCondition(today)})`.mapWith(Number);
}

/**
 * Published fairs: those running or to come, soonest first, then past ones, latest first.
 * One query.
 */
export async function listPublicFairs(
  db: Db,
  today: string,
): Promise<{ current: PublicFairListItem[]; past: PublicFairListItem[] }> {
  const rows = await db
    .select({
      slug: fairs.slug,
      nameVi: fairs.nameVi,
      nameEn: fairs.nameEn,
      venue: fairs.venue,
      provinceName: venueProvince.name,
      startsOn: fairs.startsOn,
      endsOn: fairs.endsOn,
      coverImage: fairs.coverImage,
      products: visibleCount("fair", fairs.id, today),
      // Current ones first by start date; past ones after them, latest ending first.
      isPast: sql<boolean>`${fairs.endsOn} < ${today}`,
    })
    .from(fairs)
    .innerJoin(venueProvince, eq(venueProvince.code, fairs.provinceCode))
    .where(
      and(
        eq(fairs.status, "published"),
        // Every current fair, and the most recent past ones.
        sql`(${fairs.endsOn} >= ${today} or ${fairs.id} in (
          select f.id from ${fairs} f where f.status = 'published' and f.ends_on < ${today}
          order by f.ends_on desc, f.id desc limit ${PUBLIC_PAST_LIMIT}))`,
      ),
    )
    .orderBy(asc(fairs.startsOn), asc(fairs.id));
  const items = rows.map(({ isPast: _isPast, ...r }) => ({ ...r, phase: fairPhase(r, today) }));
  return {
    current: items.filter((f) => f.phase !== "past"),
    past: items
      .filter((f) => f.phase === "past")
      .sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.startsOn.localeCompare(a.startsOn)),
  };
}

export type PublicCatalogueEntry = ProductCardData & { code: string | null; featured: boolean };

/**
 * A catalogue as the public sees it: only products visible today, featured first, then in the
 * curator's order. Two queries (the entries, then their cards with the visibility rule).
 */
async function publicEntries(
  db: Db,
  kind: PromotionKind,
  ownerId: number,
  today: string,
): Promise<PublicCatalogueEntry[]> {
  const entries = await readEntries(db, kind, ownerId);
  if (entries.length === 0) return [];
  const cards = await listProductCards(db, today, {
    where: inArray(
      products.id,
      entries.map((e) => e.productId),
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

export type PublicFair = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  venue: string;
  provinceName: string;
  startsOn: string;
  endsOn: string;
  descriptionVi: string;
  descriptionEn: string | null;
  coverImage: string | null;
  organiserName: string;
  phase: FairPhase;
  entries: PublicCatalogueEntry[];
};

/** A published fair with its public catalogue; null when unknown or not published. */
export async function getPublicFair(
  db: Db,
  slug: string,
  today: string,
): Promise<PublicFair | null> {
  const [fair] = await db
    .select({
      id: fairs.id,
      slug: fairs.slug,
      nameVi: fairs.nameVi,
      nameEn: fairs.nameEn,
      venue: fairs.venue,
      provinceName: venueProvince.name,
      startsOn: fairs.startsOn,
      endsOn: fairs.endsOn,
      descriptionVi: fairs.descriptionVi,
      descriptionEn: fairs.descriptionEn,
      coverImage: fairs.coverImage,
      organiserName: organiser.name,
    })
    .from(fairs)
    .innerJoin(venueProvince, eq(venueProvince.code, fairs.provinceCode))
    .innerJoin(organiser, eq(organiser.code, fairs.organiserPlaceCode))
    .where(and(eq(fairs.slug, slug), eq(fairs.status, "published")))
    .limit(1);
  if (!fair) return null;
  return {
    ...fair,
    phase: fairPhase(fair, today),
    entries: await publicEntries(db, "fair", fair.id, today),
  };
}

export type PublicShowroomListItem = {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  address: string;
  provinceCode: string;
  provinceName: string;
  communeName: string;
  locationType: LocationType;
  openingHours: string;
  coverImage: string | null;
  products: number;
};

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
  const where = [eq(showrooms.status, "published")];
  if (filters.province) where.push(eq(showrooms.provinceCode, filters.province));
  if (filters.type) where.push(eq(showrooms.locationType, filters.type));
  const [items, cells] = await Promise.all([
    db
      .select({
        slug: showrooms.slug,
        nameVi: showrooms.nameVi,
        nameEn: showrooms.nameEn,
        address: showrooms.address,
        provinceCode: showrooms.provinceCode,
        provinceName: venueProvince.name,
        communeName: venueCommune.name,
        locationType: showrooms.locationType,
        openingHours: showrooms.openingHours,
        coverImage: showrooms.coverImage,
        products: visibleCount("showroom", showrooms.id, today),
      })
      .from(showrooms)
      .innerJoin(venueProvince, eq(venueProvince.code, showrooms.provinceCode))
      .innerJoin(venueCommune, eq(venueCommune.code, showrooms.communeCode))
      .where(and(...where))
      .orderBy(asc(showrooms.nameVi), asc(showrooms.id))
      .limit(ADMIN_LIST_LIMIT),
    db
      .select({
        provinceCode: showrooms.provinceCode,
        provinceName: venueProvince.name,
        type: showrooms.locationType,
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(showrooms)
      .innerJoin(venueProvince, eq(venueProvince.code, showrooms.provinceCode))
      .where(eq(showrooms.status, "published"))
      .groupBy(showrooms.provinceCode, venueProvince.name, showrooms.locationType),
  ]);
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
    types.set(cell.type, (types.get(cell.type) ?? 0) + cell.count);
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

export type PublicShowroom = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  address: string;
  provinceName: string;
  communeName: string;
  locationType: LocationType;
  openingHours: string;
  contactPhone: string | null;
  contactEmail: string | null;
  descriptionVi: string;
  descriptionEn: string | null;
  coverImage: string | null;
  organiserName: string;
  entries: PublicCatalogueEntry[];
};

export async function getPublicShowroom(
  db: Db,
  slug: string,
  today: string,
): Promise<PublicShowroom | null> {
  const [showroom] = await db
    .select({
      id: showrooms.id,
      slug: showrooms.slug,
      nameVi: showrooms.nameVi,
      nameEn: showrooms.nameEn,
      address: showrooms.address,
      provinceName: venueProvince.name,
      communeName: venueCommune.name,
      locationType: showrooms.locationType,
      openingHours: showrooms.openingHours,
      contactPhone: showrooms.contactPhone,
      contactEmail: showrooms.contactEmail,
      descriptionVi: showrooms.descriptionVi,
      descriptionEn: showrooms.descriptionEn,
      coverImage: showrooms.coverImage,
      organiserName: organiser.name,
    })
    .from(showrooms)
    .innerJoin(venueProvince, eq(venueProvince.code, showrooms.provinceCode))
    .innerJoin(venueCommune, eq(venueCommune.code, showrooms.communeCode))
    .innerJoin(organiser, eq(organiser.code, showrooms.organiserPlaceCode))
    .where(and(eq(showrooms.slug, slug), eq(showrooms.status, "published")))
    .limit(1);
  if (!showroom) return null;
  return { ...showroom, entries: await publicEntries(db, "showroom", showroom.id, today) };
}

/**
 * Published fairs and showrooms for the sitemap, oldest first, each with its last change as a
 * date in Vietnam. One query.
 */
export async function publishedPromotionPages(
  db: Db,
): Promise<{ kind: PromotionKind; slug: string; lastmod: string }[]> {
  return queryRows<{ kind: PromotionKind; slug: string; lastmod: string }>(
    db,
    sql`select 'fair' as kind, slug, to_char(updated_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as lastmod, id
          from ${fairs} where status = 'published'
        union all
        select 'showroom', slug, to_char(updated_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD'), id
          from ${showrooms} where status = 'published'
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
  const rows =
    kind === "fair"
      ? await db
          .select({ id: fairs.id })
          .from(fairs)
          .innerJoin(organiser, eq(organiser.code, fairs.organiserPlaceCode))
          .where(and(eq(fairs.id, id), fairInScope(user)))
          .limit(1)
      : await db
          .select({ id: showrooms.id })
          .from(showrooms)
          .innerJoin(organiser, eq(organiser.code, showrooms.organiserPlaceCode))
          .where(and(eq(showrooms.id, id), showroomInScope(user)))
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
  return queryRows<ProductPromotion & Record<string, unknown>>(
    db,
    sql`select * from (
          select 'fair' as kind, f.slug, f.name_vi as "nameVi", f.name_en as "nameEn",
                 f.starts_on::text as "startsOn", f.ends_on::text as "endsOn", e.booth_code as code
            from ${fairProducts} e join ${fairs} f on f.id = e.fair_id
           where e.product_id = ${productId} and f.status = 'published' and f.ends_on >= ${today}
          union all
          select 'showroom', s.slug, s.name_vi, s.name_en, null, null, e.shelf_code
            from ${showroomProducts} e join ${showrooms} s on s.id = e.showroom_id
           where e.product_id = ${productId} and s.status = 'published'
        ) p
        order by kind, "startsOn" nulls last, slug
        limit 8`,
  ).then((rows) =>
    rows.map((r) => ({
      kind: r.kind,
      slug: r.slug,
      nameVi: r.nameVi,
      nameEn: r.nameEn,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      code: r.code,
    })),
  );
}
