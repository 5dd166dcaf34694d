/**
 * Revocation as a decision, and who records what (issue 12, docs/ocop-rules.md).
 *
 * - A revocation records the revoking decision (number, date, body, level, ground of the rules
 *   in force on that date, a note). Only the level that recognised the product, or above, may
 *   revoke: a ministry (5★) certificate only an administrator (no ministry officials here); a
 *   province or former district certificate the province's official or an administrator.
 * - Under 1489 the commune assesses and proposes, the province recognises: a commune official's
 *   onboarding, new decision and revocation are PREPARED entries, not in effect and not public,
 *   until an official of the product's province confirms them (or returns them with a reason).
 *   Province officials' and administrators' own entries take effect at once and say so (`direct`).
 *
 * Every write is one transaction with its audit entries, scoped to the official's unit.
 */
import { alias } from "drizzle-orm/pg-core";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  certificateEntries,
  certificates,
  legalBases,
  producers,
  productGroups,
  products,
  productSets,
  revocationGrounds,
  users,
} from "../../../db/schema";
import type { SessionUser } from "../account/accounts.server";
import type { FieldErrors } from "../account/schemas";
import type { MessageKey } from "../../i18n/index";
import { recordAudit } from "../audit/record.server";
import { CATALOG_SCHEME } from "../catalog/catalog.server";
import { initialState, moveTo } from "../lifecycle/lifecycle";
import { producerJoin } from "../catalog/visibility.server";
import { getScopedProducer, productInScope } from "../product/register.server";
import { PRODUCT_LISTING_LIFECYCLE } from "../product/lifecycle";
import {
  createCertifiedProduct,
  insertProductWithFreeSlug,
  lockScopedProduct,
  recordNewDecisionIn,
  type NewDecisionKind,
  type Tx,
} from "./commands.server";
import { CERTIFICATE_LIFECYCLE } from "./lifecycle";
import { CERTIFICATE_ENTRY_LIFECYCLE } from "./entry-lifecycle";
import {
  officialTier,
  revocationProblem,
  revokeRefusal,
  type NewDecision,
  type OnboardInput,
  type RevocationContext,
  type RevocationInput,
} from "./schemas";

export type EntryFailure =
  | { ok: false; kind: "notFound" }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  /** Not this official's to do (403), with the message that says why. */
  | { ok: false; kind: "refused"; message: MessageKey };

const invalid = (errors: FieldErrors) => ({ ok: false as const, kind: "invalid" as const, errors });
const refused = (message: MessageKey) => ({
  ok: false as const,
  kind: "refused" as const,
  message,
});

/** What the revocation form checks against: today, the bases and the grounds on record. */
export async function loadRevocationContext(db: Db, today: string): Promise<RevocationContext> {
  const [bases, grounds] = await Promise.all([
    db
      .select({
        code: legalBases.code,
        effectiveFrom: legalBases.effectiveFrom,
        textKind: legalBases.textKind,
      })
      .from(legalBases),
    db
      .select({ legalBasisCode: revocationGrounds.legalBasisCode, code: revocationGrounds.code })
      .from(revocationGrounds),
  ]);
  return { today, bases, grounds };
}

/** The grounds for the form's picker, each under its basis, in the reference data's order. */
export async function listRevocationGrounds(db: Db) {
  return db
    .select({
      legalBasisCode: revocationGrounds.legalBasisCode,
      code: revocationGrounds.code,
      nameVi: revocationGrounds.nameVi,
      nameEn: revocationGrounds.nameEn,
      effectiveFrom: legalBases.effectiveFrom,
    })
    .from(revocationGrounds)
    .innerJoin(legalBases, eq(legalBases.code, revocationGrounds.legalBasisCode))
    .orderBy(asc(legalBases.effectiveFrom), asc(revocationGrounds.sortOrder));
}

type LockedProduct = NonNullable<Awaited<ReturnType<typeof lockScopedProduct>>>;

/** The active certificate, locked, and whether the user may revoke it (or only prepare it). */
async function revocationTarget(tx: Tx, productId: number) {
  const [active] = await tx
    .select()
    .from(certificates)
    .where(and(eq(certificates.productId, productId), eq(certificates.status, "active")))
    .for("update");
  return active ?? null;
}

function revocationAfter(input: RevocationInput) {
  return {
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    issuingBody: input.issuingBody,
    issuingLevel: input.issuingLevel,
    ground: `${input.groundBasis}/${input.groundCode}`,
    note: input.note,
  };
}

/** Revokes the certificate with its decision; the entry says who prepared and who confirmed. */
async function applyRevocation(
  tx: Tx,
  user: SessionUser,
  product: LockedProduct,
  certificate: typeof certificates.$inferSelect,
  input: RevocationInput,
  entry: { id: number; preparedById: number } | null,
  now: Date,
): Promise<{ ok: true; certificateId: number; entryId: number } | EntryFailure> {
  const move = moveTo(CERTIFICATE_LIFECYCLE, certificate.status, "revoked", user.role);
  if (!move.ok) return { ok: false, kind: "notFound" };
  const [ground] = await tx
    .select({ nameVi: revocationGrounds.nameVi })
    .from(revocationGrounds)
    .where(
      and(
        eq(revocationGrounds.legalBasisCode, input.groundBasis),
        eq(revocationGrounds.code, input.groundCode),
      ),
    );
  if (!ground) return invalid({ groundCode: "revoke.error.groundForDate" });
  const reason = input.note ?? ground.nameVi;
  const [revoked] = await tx
    .update(certificates)
    .set({ status: move.to, revokedAt: now, revokedReason: reason })
    .where(and(eq(certificates.id, certificate.id), eq(certificates.status, move.from)))
    .returning({ id: certificates.id });
  if (!revoked) throw new Error(`certificate ${certificate.id} changed under its lock`);
  let entryId: number;
  if (entry) {
    const confirm = moveTo(CERTIFICATE_ENTRY_LIFECYCLE, "prepared", "confirmed", user.role);
    if (!confirm.ok) return { ok: false, kind: "notFound" };
    await tx
      .update(certificateEntries)
      .set({ status: confirm.to, decidedById: user.id, decidedAt: now })
      .where(and(eq(certificateEntries.id, entry.id), eq(certificateEntries.status, "prepared")));
    entryId = entry.id;
  } else {
    entryId = await insertEntry(tx, user, "confirmed", {
      productId: product.id,
      kind: "revocation",
      certificateId: certificate.id,
      ...revocationColumns(input),
      direct: true,
      decidedById: user.id,
      decidedAt: now,
      preparedAt: now,
    });
  }
  await recordAudit(tx, user, {
    action: "certificate.revoke",
    entityType: "certificate",
    entityId: certificate.id,
    provinceCode: product.provinceCode,
    communeCode: product.communeCode,
    before: { status: move.from, revokedAt: null, revokedReason: null },
    after: {
      status: move.to,
      revokedAt: now,
      revokedReason: reason,
      decision: revocationAfter(input),
      entryId,
      preparedById: entry?.preparedById ?? user.id,
      confirmedById: user.id,
      direct: entry === null,
    },
  });
  return { ok: true, certificateId: certificate.id, entryId };
}

function revocationColumns(input: RevocationInput) {
  return {
    revokeDecisionNumber: input.decisionNumber,
    revokeDecisionDate: input.decisionDate,
    revokeIssuingBody: input.issuingBody,
    revokeIssuingLevel: input.issuingLevel,
    revokeGroundBasis: input.groundBasis,
    revokeGroundCode: input.groundCode,
    revokeNote: input.note,
  };
}

/** A new entry: prepared (a commune official's) or confirmed at once (recorded directly). */
async function insertEntry(
  tx: Tx,
  user: SessionUser,
  state: "prepared" | "confirmed",
  values: Omit<typeof certificateEntries.$inferInsert, "preparedById" | "status">,
): Promise<number> {
  const [row] = await tx
    .insert(certificateEntries)
    .values({
      ...values,
      status: initialState(CERTIFICATE_ENTRY_LIFECYCLE, state),
      preparedById: user.id,
    })
    .returning({ id: certificateEntries.id });
  if (!row) throw new Error("entry not inserted");
  return row.id;
}

/** An entry already waiting for the province blocks another one for the same product. */
async function openEntry(tx: Tx, productId: number) {
  const [row] = await tx
    .select({ id: certificateEntries.id })
    .from(certificateEntries)
    .where(
      and(eq(certificateEntries.productId, productId), eq(certificateEntries.status, "prepared")),
    );
  return row ?? null;
}

/**
 * Revokes the product's active certificate with its decision, at once: for an administrator
 * (any level) or the province's official (province and former district certificates). A
 * commune official is refused here (prepareRevocation is theirs).
 */
export async function revokeWithDecision(
  db: Db,
  user: SessionUser,
  productId: number,
  input: RevocationInput,
  now: Date = new Date(),
): Promise<{ ok: true; certificateId: number; entryId: number } | EntryFailure> {
  return db.transaction(async (tx) => {
    const product = await lockScopedProduct(tx, user, productId);
    if (!product) return { ok: false as const, kind: "notFound" as const };
    const active = await revocationTarget(tx, productId);
    if (!active) return invalid({ decisionNumber: "acert.error.noActiveCertificate" });
    const refusal = revokeRefusal(officialTier(user), active.issuingLevel);
    if (refusal) return refused(refusal);
    const problem = revocationProblem(active, input);
    if (problem) return invalid({ [problem.field]: problem.key });
    if (await openEntry(tx, productId)) return invalid({ decisionNumber: "entries.error.open" });
    return applyRevocation(tx, user, product, active, input, null, now);
  });
}

/** A commune official's revocation, prepared for the province (province or district certificates). */
export async function prepareRevocation(
  db: Db,
  user: SessionUser,
  productId: number,
  input: RevocationInput,
  now: Date = new Date(),
): Promise<{ ok: true; entryId: number } | EntryFailure> {
  return db.transaction(async (tx) => {
    const product = await lockScopedProduct(tx, user, productId);
    if (!product) return { ok: false as const, kind: "notFound" as const };
    const active = await revocationTarget(tx, productId);
    if (!active) return invalid({ decisionNumber: "acert.error.noActiveCertificate" });
    if (active.issuingLevel === "ministry" && officialTier(user) !== "administrator")
      return refused("revoke.refused.ministry");
    const problem = revocationProblem(active, input);
    if (problem) return invalid({ [problem.field]: problem.key });
    if (await openEntry(tx, productId)) return invalid({ decisionNumber: "entries.error.open" });
    const entryId = await insertEntry(tx, user, "prepared", {
      productId,
      kind: "revocation",
      certificateId: active.id,
      ...revocationColumns(input),
      preparedAt: now,
    });
    await recordAudit(tx, user, {
      action: "certificate.revoke.prepare",
      entityType: "certificate_entry",
      entityId: entryId,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      after: { certificateId: active.id, status: "prepared", ...revocationAfter(input) },
    });
    return { ok: true as const, entryId };
  });
}

/** Whether the user's own decisions take effect at once (province, administrator) or are prepared. */
export function entriesArePrepared(user: SessionUser): boolean {
  return officialTier(user) === "commune";
}

/**
 * A new decision for a product on record: a province official's or administrator's takes effect
 * at once (recordNewDecision) with a direct entry; a commune official's is prepared.
 */
export async function recordDecisionEntry(
  db: Db,
  user: SessionUser,
  productId: number,
  input: NewDecision,
  now: Date = new Date(),
): Promise<
  | { ok: true; prepared: false; kind: NewDecisionKind; certificateId: number }
  | { ok: true; prepared: true; entryId: number }
  | EntryFailure
> {
  return db.transaction(async (tx) => {
    if (entriesArePrepared(user)) {
      const product = await lockScopedProduct(tx, user, productId);
      if (!product) return { ok: false as const, kind: "notFound" as const };
      if (await openEntry(tx, productId)) return invalid({ decisionNumber: "entries.error.open" });
      const entryId = await prepareDecisionIn(tx, user, product, input, now);
      return { ok: true as const, prepared: true as const, entryId };
    }
    const result = await recordNewDecisionIn(tx, user, productId, input);
    if (!result.ok) return result;
    await insertEntry(tx, user, "confirmed", {
      productId,
      kind: "decision",
      certificateId: result.certificateId,
      decision: input,
      direct: true,
      preparedAt: now,
      decidedById: user.id,
      decidedAt: now,
    });
    return {
      ok: true as const,
      prepared: false as const,
      kind: result.kind,
      certificateId: result.certificateId,
    };
  });
}

async function prepareDecisionIn(
  tx: Tx,
  user: SessionUser,
  product: { id: number; provinceCode: string; communeCode: string },
  input: NewDecision,
  now: Date,
): Promise<number> {
  const entryId = await insertEntry(tx, user, "prepared", {
    productId: product.id,
    kind: "decision",
    decision: input,
    preparedAt: now,
  });
  await recordAudit(tx, user, {
    action: "certificate.decision.prepare",
    entityType: "certificate_entry",
    entityId: entryId,
    provinceCode: product.provinceCode,
    communeCode: product.communeCode,
    after: { productId: product.id, status: "prepared", decision: input },
  });
  return entryId;
}

/**
 * Onboarding: a province official's or administrator's product is certified at once (with a
 * direct entry); a commune official's product is recorded without a certificate (so not
 * public) and its decision waits for the province.
 */
export async function onboardWithEntry(
  db: Db,
  user: SessionUser,
  input: OnboardInput,
  now: Date = new Date(),
): Promise<{ ok: true; productId: number; prepared: boolean } | EntryFailure> {
  if (!entriesArePrepared(user)) {
    const result = await createCertifiedProduct(db, user, input, async (tx, written) => {
      await insertEntry(tx, user, "confirmed", {
        productId: written.productId,
        kind: "decision",
        certificateId: written.certificateId,
        decision: decisionOf(input),
        direct: true,
        preparedAt: now,
        decidedById: user.id,
        decidedAt: now,
      });
    });
    return result.ok ? { ok: true, productId: result.productId, prepared: false } : result;
  }
  const producer = await getScopedProducer(db, user, input.producerId);
  if (!producer) return invalid({ producerId: "acert.error.producer" });
  const [set] = await db
    .select({ id: productSets.id })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(
      and(eq(productSets.id, input.productSetId), eq(productGroups.legalBasisCode, CATALOG_SCHEME)),
    );
  if (!set) return invalid({ productSetId: "acert.error.productSet" });
  return db.transaction(async (tx) => {
    const productValues = {
      producerId: producer.id,
      nameVi: input.nameVi,
      nameEn: input.nameEn,
      productSetId: input.productSetId,
      descriptionVi: input.descriptionVi,
      descriptionEn: input.descriptionEn,
      unitVi: input.unitVi,
      unitEn: input.unitEn,
      priceVnd: input.priceVnd,
      stock: input.stock,
      listingStatus: initialState(PRODUCT_LISTING_LIFECYCLE, "listed"),
    };
    const product = await insertProductWithFreeSlug(tx, productValues);
    const place = { provinceCode: producer.provinceCode, communeCode: producer.communeCode };
    await recordAudit(tx, user, {
      action: "product.create",
      entityType: "product",
      entityId: product.id,
      ...place,
      after: { ...productValues, slug: product.slug },
    });
    await prepareDecisionIn(tx, user, { id: product.id, ...place }, decisionOf(input), now);
    return { ok: true as const, productId: product.id, prepared: true };
  });
}

function decisionOf(input: OnboardInput): NewDecision {
  return {
    score: input.score,
    stars: input.stars,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    issuingBody: input.issuingBody,
    issuingLevel: input.issuingLevel,
    legalBasisCode: input.legalBasisCode,
  } as NewDecision;
}

/** A prepared entry of a product in the user's scope, locked; only a province official or an administrator decides. */
async function decidableEntry(tx: Tx, user: SessionUser, productId: number, entryId: number) {
  const product = await lockScopedProduct(tx, user, productId);
  if (!product) return { ok: false as const, kind: "notFound" as const };
  const [entry] = await tx
    .select()
    .from(certificateEntries)
    .where(and(eq(certificateEntries.id, entryId), eq(certificateEntries.productId, productId)))
    .for("update");
  if (!entry) return { ok: false as const, kind: "notFound" as const };
  const tier = officialTier(user);
  if (tier !== "province" && tier !== "administrator") return refused("entries.refused.commune");
  if (entry.status !== "prepared") return invalid({ entry: "entries.error.notPrepared" });
  return { ok: true as const, product, entry };
}

/** The province confirms a prepared entry: it takes effect now (a decision supersedes as usual). */
export async function confirmEntry(
  db: Db,
  user: SessionUser,
  productId: number,
  entryId: number,
  now: Date = new Date(),
): Promise<{ ok: true; kind: "decision" | "revocation"; certificateId: number } | EntryFailure> {
  return db.transaction(async (tx) => {
    const found = await decidableEntry(tx, user, productId, entryId);
    if (!found.ok) return found;
    const { product, entry } = found;
    if (entry.kind === "revocation") {
      const active = await revocationTarget(tx, productId);
      if (!active || active.id !== entry.certificateId)
        return invalid({ entry: "entries.error.certificateChanged" });
      const refusal = revokeRefusal(officialTier(user), active.issuingLevel);
      if (refusal) return refused(refusal);
      const input: RevocationInput = {
        decisionNumber: entry.revokeDecisionNumber ?? "",
        decisionDate: entry.revokeDecisionDate ?? "",
        issuingBody: entry.revokeIssuingBody ?? "",
        issuingLevel: entry.revokeIssuingLevel ?? "province",
        groundBasis: entry.revokeGroundBasis ?? "",
        groundCode: entry.revokeGroundCode ?? "",
        note: entry.revokeNote,
      };
      const result = await applyRevocation(tx, user, product, active, input, entry, now);
      if (!result.ok) return result;
      return {
        ok: true as const,
        kind: "revocation" as const,
        certificateId: result.certificateId,
      };
    }
    const result = await recordNewDecisionIn(tx, user, productId, entry.decision as NewDecision);
    if (!result.ok) return result;
    const confirm = moveTo(CERTIFICATE_ENTRY_LIFECYCLE, entry.status, "confirmed", user.role);
    if (!confirm.ok) return { ok: false as const, kind: "notFound" as const };
    await tx
      .update(certificateEntries)
      .set({
        status: confirm.to,
        certificateId: result.certificateId,
        decidedById: user.id,
        decidedAt: now,
      })
      .where(eq(certificateEntries.id, entry.id));
    await recordAudit(tx, user, {
      action: "certificate.decision.confirm",
      entityType: "certificate_entry",
      entityId: entry.id,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      before: { status: "prepared" },
      after: {
        status: "confirmed",
        certificateId: result.certificateId,
        preparedById: entry.preparedById,
        confirmedById: user.id,
      },
    });
    return { ok: true as const, kind: "decision" as const, certificateId: result.certificateId };
  });
}

/** The province returns a prepared entry to the commune, with the reason; nothing takes effect. */
export async function returnEntry(
  db: Db,
  user: SessionUser,
  productId: number,
  entryId: number,
  reason: string,
  now: Date = new Date(),
): Promise<{ ok: true } | EntryFailure> {
  return db.transaction(async (tx) => {
    const found = await decidableEntry(tx, user, productId, entryId);
    if (!found.ok) return found;
    const { product, entry } = found;
    const back = moveTo(CERTIFICATE_ENTRY_LIFECYCLE, entry.status, "returned", user.role);
    if (!back.ok) return { ok: false as const, kind: "notFound" as const };
    await tx
      .update(certificateEntries)
      .set({ status: back.to, decidedById: user.id, decidedAt: now, returnReason: reason })
      .where(eq(certificateEntries.id, entry.id));
    await recordAudit(tx, user, {
      action: `certificate.${entry.kind}.return`,
      entityType: "certificate_entry",
      entityId: entry.id,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      before: { status: "prepared" },
      after: { status: "returned", returnReason: reason, preparedById: entry.preparedById },
    });
    return { ok: true as const };
  });
}

const preparer = alias(users, "entry_preparer");
const decider = alias(users, "entry_decider");

const entryColumns = {
  id: certificateEntries.id,
  productId: certificateEntries.productId,
  kind: certificateEntries.kind,
  status: certificateEntries.status,
  direct: certificateEntries.direct,
  decision: certificateEntries.decision,
  certificateId: certificateEntries.certificateId,
  revokeDecisionNumber: certificateEntries.revokeDecisionNumber,
  revokeDecisionDate: certificateEntries.revokeDecisionDate,
  revokeIssuingBody: certificateEntries.revokeIssuingBody,
  revokeIssuingLevel: certificateEntries.revokeIssuingLevel,
  revokeNote: certificateEntries.revokeNote,
  groundNameVi: revocationGrounds.nameVi,
  groundNameEn: revocationGrounds.nameEn,
  preparedByName: preparer.name,
  preparedAt: certificateEntries.preparedAt,
  decidedByName: decider.name,
  decidedAt: certificateEntries.decidedAt,
  returnReason: certificateEntries.returnReason,
};

function entriesQuery(db: Db) {
  return db
    .select({
      ...entryColumns,
      productNameVi: products.nameVi,
      productNameEn: products.nameEn,
      producerName: producers.name,
    })
    .from(certificateEntries)
    .innerJoin(products, eq(products.id, certificateEntries.productId))
    .innerJoin(producers, producerJoin)
    .innerJoin(preparer, eq(preparer.id, certificateEntries.preparedById))
    .leftJoin(decider, eq(decider.id, certificateEntries.decidedById))
    .leftJoin(
      revocationGrounds,
      and(
        eq(revocationGrounds.legalBasisCode, certificateEntries.revokeGroundBasis),
        eq(revocationGrounds.code, certificateEntries.revokeGroundCode),
      ),
    );
}

export type CertificateEntryRow = Awaited<ReturnType<typeof listProductEntries>>[number];

/** A product's entries, newest first (the official's product page). */
export async function listProductEntries(db: Db, user: SessionUser, productId: number) {
  return entriesQuery(db)
    .where(and(eq(certificateEntries.productId, productId), productInScope(user)))
    .orderBy(desc(certificateEntries.preparedAt), desc(certificateEntries.id))
    .limit(50);
}

/**
 * Entries waiting for the province, in the user's scope: what a province official confirms,
 * and what a commune official has sent and not yet had back. Recently returned ones follow.
 */
export async function listAwaitingEntries(db: Db, user: SessionUser) {
  return entriesQuery(db)
    .where(and(sql`${certificateEntries.status} in ('prepared', 'returned')`, productInScope(user)))
    .orderBy(
      sql`case when ${certificateEntries.status} = 'prepared' then 0 else 1 end`,
      desc(certificateEntries.preparedAt),
      desc(certificateEntries.id),
    )
    .limit(200);
}
