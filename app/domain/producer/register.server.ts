/**
 * Producers in the official workspace: the scoped list, onboarding, editing, suspending and
 * reactivating. Every query filters by the official's scope (`inScope`), so a producer out of
 * scope is simply not found; every write records an audit entry in its own transaction.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import { certificates, places, producers, products, users } from "../../../db/schema";
import type { MessageKey } from "../../i18n/index";
import { foldVietnamese, slugify } from "../../lib/text";
import type { SessionUser } from "../account/accounts.server";
import type { ProducerInput, ProducerStatus } from "./schemas";
import { changedFields, recordAudit } from "../audit/record.server";
import { NO_PASSWORD } from "../account/invites.server";
import { inScope, type ScopeUser } from "../policy/scope.server";
import { activeCertificateJoin, publicProductFlag } from "../catalog/visibility.server";
import { moveTo } from "../lifecycle/lifecycle";
import { PRODUCER_LIFECYCLE } from "./lifecycle";

export const ADMIN_PRODUCERS_PAGE_SIZE = 20;

const province = alias(places, "producer_province");
const commune = alias(places, "producer_commune");

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type AdminProducerFilters = {
  q?: string;
  provinceCode?: string | null;
  communeCode?: string | null;
  status?: ProducerStatus | null;
  page?: number;
  pageSize?: number;
};

export type AdminProducerList = Awaited<ReturnType<typeof listAdminProducers>>;
export type AdminProducerRow = AdminProducerList["items"][number];

/**
 * The producers the user may manage, newest first, filtered by name (without diacritics if
 * typed so), place and status. Two queries: the page and the total.
 */
export async function listAdminProducers(
  db: Db,
  user: ScopeUser,
  filters: AdminProducerFilters = {},
) {
  const pageSize = filters.pageSize ?? ADMIN_PRODUCERS_PAGE_SIZE;
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const where: SQL[] = [inScope(user, producers.provinceCode, producers.communeCode)];
  const q = foldVietnamese(filters.q ?? "").slice(0, 100);
  if (q) where.push(sql`lower(unaccent(${producers.name})) like ${`%${escapeLike(q)}%`}`);
  if (filters.provinceCode) where.push(eq(producers.provinceCode, filters.provinceCode));
  if (filters.communeCode) where.push(eq(producers.communeCode, filters.communeCode));
  if (filters.status) where.push(eq(producers.status, filters.status));
  const condition = and(...where);

  const productCount = db
    .select({ producerId: products.producerId, n: count().as("n") })
    .from(products)
    .groupBy(products.producerId)
    .as("product_count");

  const [items, totals] = await Promise.all([
    db
      .select({
        id: producers.id,
        slug: producers.slug,
        name: producers.name,
        legalForm: producers.legalForm,
        status: producers.status,
        provinceName: province.name,
        communeName: commune.name,
        products: sql<number>`coalesce(${productCount.n}, 0)`.mapWith(Number),
      })
      .from(producers)
      .innerJoin(province, eq(province.code, producers.provinceCode))
      .innerJoin(commune, eq(commune.code, producers.communeCode))
      .leftJoin(productCount, eq(productCount.producerId, producers.id))
      .where(condition)
      .orderBy(desc(producers.createdAt), desc(producers.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(producers).where(condition),
  ]);
  const total = totals[0]?.n ?? 0;
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export type PlaceOption = { code: string; name: string };

/**
 * The provinces the user may pick (all 34 for an administrator, the official's own otherwise)
 * and, for the chosen province, its communes inside the user's scope. One or two queries.
 */
export async function scopedPlaceOptions(
  db: Db,
  user: ScopeUser,
  provinceCode: string | null,
): Promise<{ provinces: PlaceOption[]; communes: PlaceOption[] }> {
  const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
  const byName = (a: { short: string }, b: { short: string }) => collator.compare(a.short, b.short);
  const inside = inScope(user, places.provinceCode, places.code);
  const provinceRows = await db
    .select({ code: places.code, name: places.name, short: places.shortName })
    .from(places)
    .where(
      and(
        eq(places.level, "province"),
        inArray(
          places.code,
          db
            .select({ code: places.provinceCode })
            .from(places)
            .where(and(eq(places.level, "commune"), inside)),
        ),
      ),
    );
  const provinces = provinceRows.sort(byName);
  // A single province in scope is chosen for the official: nothing to pick.
  const chosen = provinceCode ?? (provinces.length === 1 ? (provinces[0]?.code ?? null) : null);
  if (!chosen || !provinces.some((p) => p.code === chosen)) {
    return { provinces: provinces.map(({ code, name }) => ({ code, name })), communes: [] };
  }
  const communeRows = await db
    .select({ code: places.code, name: places.name, short: places.shortName })
    .from(places)
    .where(and(eq(places.level, "commune"), eq(places.provinceCode, chosen), inside));
  return {
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    communes: communeRows.sort(byName).map(({ code, name }) => ({ code, name })),
  };
}

/** A producer as the workspace shows it; `createdAt` as an ISO string. */
export type AdminProducer = NonNullable<Awaited<ReturnType<typeof getAdminProducer>>>;

/**
 * A producer with its products (`visible`: whether the public sees it today, the one
 * visibility rule) and members (`active` is false while the invitation has not been
 * accepted: no password set yet).
 */
export type AdminProducerDetail = NonNullable<Awaited<ReturnType<typeof getAdminProducerDetail>>>;
export type AdminProducerProduct = AdminProducerDetail["products"][number];
export type AdminProducerMember = AdminProducerDetail["members"][number];

const producerColumns = {
  id: producers.id,
  slug: producers.slug,
  name: producers.name,
  legalForm: producers.legalForm,
  status: producers.status,
  provinceCode: producers.provinceCode,
  provinceName: province.name,
  communeCode: producers.communeCode,
  communeName: commune.name,
  addressPrinted: producers.addressPrinted,
  storyVi: producers.storyVi,
  storyEn: producers.storyEn,
  representative: producers.representative,
  phone: producers.phone,
  email: producers.email,
  website: producers.website,
  createdAt: producers.createdAt,
};

/** One producer in the user's scope, or null (not found and out of scope look the same). */
export async function getAdminProducer(db: Db, user: ScopeUser, id: number) {
  const [row] = await db
    .select(producerColumns)
    .from(producers)
    .innerJoin(province, eq(province.code, producers.provinceCode))
    .innerJoin(commune, eq(commune.code, producers.communeCode))
    .where(and(eq(producers.id, id), inScope(user, producers.provinceCode, producers.communeCode)))
    .limit(1);
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

/** A producer with its products and members; three queries; null when out of scope. */
export async function getAdminProducerDetail(db: Db, user: ScopeUser, id: number, today: string) {
  const producer = await getAdminProducer(db, user, id);
  if (!producer) return null;
  const [productRows, members] = await Promise.all([
    db
      .select({
        id: products.id,
        slug: products.slug,
        nameVi: products.nameVi,
        nameEn: products.nameEn,
        listingStatus: products.listingStatus,
        stars: certificates.stars,
        validUntil: certificates.validUntil,
        visible: publicProductFlag(today),
      })
      .from(products)
      .innerJoin(producers, eq(producers.id, products.producerId))
      .leftJoin(certificates, activeCertificateJoin)
      .where(eq(products.producerId, id))
      .orderBy(asc(products.nameVi), asc(products.id)),
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        active: sql<boolean>`${users.passwordHash} <> ${NO_PASSWORD}`,
      })
      .from(users)
      .where(and(eq(users.producerId, id), eq(users.role, "producer_member")))
      .orderBy(asc(users.email)),
  ]);
  return { producer, products: productRows, members };
}

export type ProducerWriteResult =
  | { ok: true; id: number }
  | { ok: false; fieldErrors: Partial<Record<"communeCode", MessageKey>> }
  | { ok: false; notFound: true };

/** The commune, when it is a commune of that province and inside the user's scope. */
async function communeInScope(
  db: Db,
  user: ScopeUser,
  provinceCode: string,
  communeCode: string,
): Promise<boolean> {
  const [row] = await db
    .select({ code: places.code })
    .from(places)
    .where(
      and(
        eq(places.code, communeCode),
        eq(places.level, "commune"),
        eq(places.provinceCode, provinceCode),
        inScope(user, places.provinceCode, places.code),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The producer's fields as stored and as the audit log shows them. */
function recordOf(input: ProducerInput) {
  return {
    name: input.name,
    legalForm: input.legalForm,
    provinceCode: input.provinceCode,
    communeCode: input.communeCode,
    addressPrinted: input.addressPrinted,
    storyVi: input.storyVi,
    storyEn: input.storyEn,
    representative: input.representative,
    phone: input.phone,
    email: input.email,
    website: input.website,
  };
}

/** "htx-mat-ong", then "htx-mat-ong-2", "-3"… the first one free. */
async function insertWithFreeSlug(
  tx: Db,
  values: ReturnType<typeof recordOf>,
): Promise<{ id: number; slug: string }> {
  const base = slugify(values.name).slice(0, 80).replace(/-+$/, "") || "chu-the";
  const taken = await tx
    .select({ slug: producers.slug })
    .from(producers)
    .where(sql`${producers.slug} = ${base} or ${producers.slug} ~ ${`^${base}-[0-9]+$`}`);
  const used = new Set(taken.map((r) => r.slug));
  for (let n = 1; n < 10_000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (used.has(slug)) continue;
    // Another onboarding may take the same slug meanwhile: then try the next one.
    const [row] = await tx
      .insert(producers)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: producers.slug })
      .returning({ id: producers.id, slug: producers.slug });
    if (row) return row;
    used.add(slug);
  }
  throw new Error(`No free slug for ${base}`);
}

/** Onboards a producer in a commune of the user's scope. Input is validated (producerFormSchema). */
export async function createProducer(
  db: Db,
  user: SessionUser,
  input: ProducerInput,
): Promise<ProducerWriteResult> {
  if (!(await communeInScope(db, user, input.provinceCode, input.communeCode))) {
    return { ok: false, fieldErrors: { communeCode: "admin.error.communeOutOfScope" } };
  }
  const values = recordOf(input);
  return db.transaction(async (tx) => {
    const row = await insertWithFreeSlug(tx, values);
    await recordAudit(tx, user, {
      action: "producer.create",
      entityType: "producer",
      entityId: row.id,
      provinceCode: values.provinceCode,
      communeCode: values.communeCode,
      after: { ...values, slug: row.slug, status: "active" },
    });
    return { ok: true, id: row.id } as const;
  });
}

/** Edits a producer in scope; it may move only to a commune that is in scope too. */
export async function updateProducer(
  db: Db,
  user: SessionUser,
  id: number,
  input: ProducerInput,
): Promise<ProducerWriteResult> {
  const values = recordOf(input);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        name: producers.name,
        legalForm: producers.legalForm,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
        addressPrinted: producers.addressPrinted,
        storyVi: producers.storyVi,
        storyEn: producers.storyEn,
        representative: producers.representative,
        phone: producers.phone,
        email: producers.email,
        website: producers.website,
      })
      .from(producers)
      .where(
        and(eq(producers.id, id), inScope(user, producers.provinceCode, producers.communeCode)),
      )
      .for("update");
    if (!current) return { ok: false, notFound: true } as const;
    if (!(await communeInScope(tx, user, values.provinceCode, values.communeCode))) {
      return {
        ok: false,
        fieldErrors: { communeCode: "admin.error.communeOutOfScope" },
      } as const;
    }
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { ok: true, id } as const;
    await tx.update(producers).set(values).where(eq(producers.id, id));
    await recordAudit(tx, user, {
      action: "producer.update",
      entityType: "producer",
      entityId: id,
      provinceCode: values.provinceCode,
      communeCode: values.communeCode,
      ...diff,
    });
    return { ok: true, id } as const;
  });
}

/**
 * Suspends or reactivates a producer in scope. A suspended producer's products leave the
 * storefront and search at once: the visibility rule requires an active producer.
 * Returns false when the producer is not in scope (or the lifecycle refuses the user's role);
 * setting the status it already has is a no-op.
 */
export async function setProducerStatus(
  db: Db,
  user: SessionUser,
  id: number,
  status: ProducerStatus,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        status: producers.status,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(producers)
      .where(
        and(eq(producers.id, id), inScope(user, producers.provinceCode, producers.communeCode)),
      )
      .for("update");
    if (!current) return false;
    if (current.status === status) return true;
    const move = moveTo(PRODUCER_LIFECYCLE, current.status, status, user.role);
    if (!move.ok) return false;
    await tx.update(producers).set({ status: move.to }).where(eq(producers.id, id));
    await recordAudit(tx, user, {
      action: move.to === "suspended" ? "producer.suspend" : "producer.reactivate",
      entityType: "producer",
      entityId: id,
      provinceCode: current.provinceCode,
      communeCode: current.communeCode,
      before: { status: move.from },
      after: { status: move.to },
    });
    return true;
  });
}
