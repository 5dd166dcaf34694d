/**
 * The life of a certificate, as officials record it: a product onboarded with its first
 * certificate, a new decision that supersedes the current one (renewal, or a regrade when the
 * stars change), a revocation with its reason. Every write is one transaction with its audit
 * entries, scoped to the official's unit (a product elsewhere is "not found").
 *
 * The search text and the search outbox follow by themselves: database triggers on
 * `certificates` and `products` maintain them in the same transaction (migration 0003), so the
 * storefront and search change the moment the transaction commits.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  certificates,
  legalBases,
  producers,
  productGroups,
  products,
  productSets,
} from "../../../db/schema";
import { slugify } from "../../lib/text";
import type { SessionUser } from "../account/accounts.server";
import type { FieldErrors } from "../account/schemas";
import { recordAudit } from "../audit/record.server";
import { CATALOG_SCHEME } from "../catalog/catalog.server";
import type { DecisionContext, NewDecision, OnboardInput } from "./schemas";
import { getScopedProducer, productInScope } from "../product/register.server";
import { producerJoin } from "../catalog/visibility.server";
import { initialState, moveTo } from "../lifecycle/lifecycle";
import { PRODUCT_LISTING_LIFECYCLE } from "../product/lifecycle";
import { CERTIFICATE_LIFECYCLE } from "./lifecycle";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** What the forms need to check a decision: today and the legal bases with their dates. */
export async function loadDecisionContext(db: Db, today: string): Promise<DecisionContext> {
  const bases = await db
    .select({
      code: legalBases.code,
      effectiveFrom: legalBases.effectiveFrom,
      textKind: legalBases.textKind,
    })
    .from(legalBases);
  return { today, bases };
}

export type LifecycleFailure =
  { ok: false; kind: "notFound" } | { ok: false; kind: "invalid"; errors: FieldErrors };

/** "mat-ong-hoa-nhan", then "-2", "-3"… the first one free (products.slug is unique). */
export async function insertProductWithFreeSlug(
  tx: Tx | Db,
  values: Omit<typeof products.$inferInsert, "slug">,
): Promise<{ id: number; slug: string }> {
  const base = slugify(values.nameVi).slice(0, 80).replace(/-+$/, "") || "san-pham";
  const taken = await tx
    .select({ slug: products.slug })
    .from(products)
    .where(sql`${products.slug} = ${base} or ${products.slug} ~ ${`^${base}-[0-9]+$`}`);
  const used = new Set(taken.map((r) => r.slug));
  for (let n = 1; n < 100_000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (used.has(slug)) continue;
    // Another onboarding may take the same slug meanwhile: then try the next one.
    const [row] = await tx
      .insert(products)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: products.slug })
      .returning({ id: products.id, slug: products.slug });
    if (row) return row;
    used.add(slug);
  }
  throw new Error(`No free product slug for ${base}`);
}

/** A certificate as the audit log keeps it. */
function certificateRecord(c: typeof certificates.$inferSelect) {
  return {
    productId: c.productId,
    stars: c.stars,
    score: c.score,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    validUntil: c.validUntil,
    issuingLevel: c.issuingLevel,
    issuingBody: c.issuingBody,
    legalBasisCode: c.legalBasisCode,
    achieved: c.achieved,
    proposedForFive: c.proposedForFive,
    status: c.status,
    addressPrinted: c.addressPrinted,
  };
}

/**
 * Onboards a product with its first certificate, for a producer in the user's unit. The
 * input is validated (onboardSchema); the product set must belong to the catalogue's scheme.
 */
export async function createCertifiedProduct(
  db: Db,
  user: SessionUser,
  input: OnboardInput,
  /** Runs in the same transaction once product and certificate are written (an entry's record). */
  inTx?: (tx: Tx, written: { productId: number; certificateId: number }) => Promise<void>,
): Promise<{ ok: true; productId: number; certificateId: number } | LifecycleFailure> {
  const producer = await getScopedProducer(db, user, input.producerId);
  if (!producer)
    return { ok: false, kind: "invalid", errors: { producerId: "acert.error.producer" } };
  const [set] = await db
    .select({ id: productSets.id })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(
      and(eq(productSets.id, input.productSetId), eq(productGroups.legalBasisCode, CATALOG_SCHEME)),
    );
  if (!set)
    return { ok: false, kind: "invalid", errors: { productSetId: "acert.error.productSet" } };

  const productValues = {
    producerId: producer.id,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    productSetId: set.id,
    descriptionVi: input.descriptionVi,
    descriptionEn: input.descriptionEn,
    unitVi: input.unitVi,
    unitEn: input.unitEn,
    priceVnd: input.priceVnd,
    stock: input.stock,
    alcoholPercent: input.alcoholPercent,
    listingStatus: initialState(PRODUCT_LISTING_LIFECYCLE, "listed"),
  };
  return db.transaction(async (tx) => {
    const product = await insertProductWithFreeSlug(tx, productValues);
    const [certificate] = await tx
      .insert(certificates)
      .values({
        productId: product.id,
        status: initialState(CERTIFICATE_LIFECYCLE, "active"),
        stars: input.stars,
        score: input.score,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        issuingLevel: input.issuingLevel,
        issuingBody: input.issuingBody,
        legalBasisCode: input.legalBasisCode,
        achieved: input.achieved,
        proposedForFive: input.proposedForFive,
        addressPrinted: input.addressPrinted ?? producer.addressPrinted,
      })
      .returning();
    if (!certificate) throw new Error("certificate not inserted");
    const place = { provinceCode: producer.provinceCode, communeCode: producer.communeCode };
    await recordAudit(tx, user, {
      action: "product.create",
      entityType: "product",
      entityId: product.id,
      ...place,
      after: { ...productValues, slug: product.slug },
    });
    await recordAudit(tx, user, {
      action: "certificate.create",
      entityType: "certificate",
      entityId: certificate.id,
      ...place,
      after: certificateRecord(certificate),
    });
    if (inTx) await inTx(tx, { productId: product.id, certificateId: certificate.id });
    return { ok: true as const, productId: product.id, certificateId: certificate.id };
  });
}

/** Locks the product (so two officials' changes to it run one after the other) if in scope. */
export async function lockScopedProduct(tx: Tx, user: SessionUser, productId: number) {
  const [row] = await tx
    .select({
      id: products.id,
      provinceCode: producers.provinceCode,
      communeCode: producers.communeCode,
    })
    .from(products)
    .innerJoin(producers, producerJoin)
    .where(and(eq(products.id, productId), productInScope(user)))
    .for("update", { of: products });
  return row ?? null;
}

export type NewDecisionKind = "renew" | "regrade" | "certify";

/**
 * Records a new decision for a product: the current certificate (if any) becomes superseded
 * and points at the new one. A renewal keeps the stars, a regrade changes them; a product
 * with no active certificate (revoked, or never certified) is simply certified again.
 * The order matters: one active certificate per product is a partial unique index, so the old
 * one stops being active before the new one is inserted, then learns who replaced it.
 */
export async function recordNewDecision(
  db: Db,
  user: SessionUser,
  productId: number,
  input: NewDecision,
): Promise<{ ok: true; kind: NewDecisionKind; certificateId: number } | LifecycleFailure> {
  return db.transaction((tx) => recordNewDecisionIn(tx, user, productId, input));
}

/** recordNewDecision inside the caller's transaction (a confirmed entry, for one). */
export async function recordNewDecisionIn(
  tx: Tx,
  user: SessionUser,
  productId: number,
  input: NewDecision,
): Promise<{ ok: true; kind: NewDecisionKind; certificateId: number } | LifecycleFailure> {
  {
    const product = await lockScopedProduct(tx, user, productId);
    if (!product) return { ok: false as const, kind: "notFound" as const };
    const history = await tx
      .select()
      .from(certificates)
      .where(eq(certificates.productId, productId))
      .orderBy(desc(certificates.decisionDate), desc(certificates.id));
    const current = history.find((c) => c.status === "active") ?? null;
    if (
      history.some(
        (c) =>
          input.decisionNumber !== null &&
          c.decisionNumber === input.decisionNumber &&
          c.decisionDate === input.decisionDate,
      )
    ) {
      return {
        ok: false as const,
        kind: "invalid" as const,
        errors: { decisionNumber: "acert.error.decisionAlreadyRecorded" as const },
      };
    }
    if (current && input.decisionDate < current.decisionDate) {
      return {
        ok: false as const,
        kind: "invalid" as const,
        errors: { decisionDate: "acert.error.decisionBeforeCurrent" as const },
      };
    }
    const place = { provinceCode: product.provinceCode, communeCode: product.communeCode };
    const supersede = current
      ? moveTo(CERTIFICATE_LIFECYCLE, current.status, "superseded", user.role)
      : null;
    // Only officials and administrators reach this far (the product is in their scope).
    if (supersede && !supersede.ok) return { ok: false as const, kind: "notFound" as const };
    if (current && supersede) {
      await tx
        .update(certificates)
        .set({ status: supersede.to })
        .where(and(eq(certificates.id, current.id), eq(certificates.status, current.status)));
    }
    const [created] = await tx
      .insert(certificates)
      .values({
        productId,
        status: initialState(CERTIFICATE_LIFECYCLE, "active"),
        stars: input.stars,
        score: input.score,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        issuingLevel: input.issuingLevel,
        issuingBody: input.issuingBody,
        legalBasisCode: input.legalBasisCode,
        achieved: input.achieved,
        proposedForFive: input.proposedForFive,
        // The producer's address as the new decision prints it: as on the last one.
        addressPrinted: current?.addressPrinted ?? history[0]?.addressPrinted ?? null,
      })
      .returning();
    if (!created) throw new Error("certificate not inserted");
    const kind: NewDecisionKind = !current
      ? "certify"
      : current.stars === created.stars
        ? "renew"
        : "regrade";
    if (current && supersede) {
      await tx
        .update(certificates)
        .set({ supersededById: created.id })
        .where(eq(certificates.id, current.id));
      await recordAudit(tx, user, {
        action: "certificate.supersede",
        entityType: "certificate",
        entityId: current.id,
        ...place,
        before: { status: supersede.from, supersededById: null },
        after: { status: supersede.to, supersededById: created.id },
      });
    }
    await recordAudit(tx, user, {
      action: `certificate.${kind === "certify" ? "create" : kind}`,
      entityType: "certificate",
      entityId: created.id,
      ...place,
      before: current ? certificateRecord(current) : undefined,
      after: certificateRecord(created),
    });
    return { ok: true as const, kind, certificateId: created.id };
  }
}
