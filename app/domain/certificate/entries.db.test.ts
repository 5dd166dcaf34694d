/**
 * Revocation as a decision and who records what, on a real database: the level rules (a
 * commune official is refused a provincial or ministry revocation, the province may revoke its
 * own, only an administrator a 5★), a commune's prepared revocation and decision that the
 * province confirms or returns, with who did which and the audit entries.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReferenceData } from "../../../db/reference/index";
import { auditLog, certificateEntries, certificates } from "../../../db/schema";
import {
  ensurePlace,
  ensureProductSet,
  makeCertificate,
  makeProducer,
  makeProduct,
  makeUser,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, todayInVietnam } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import {
  confirmEntry,
  listAwaitingEntries,
  listProductEntries,
  loadRevocationContext,
  onboardWithEntry,
  prepareRevocation,
  recordDecisionEntry,
  returnEntry,
  revokeWithDecision,
} from "./entries.server";
import { loadDecisionContext } from "./commands.server";
import {
  newDecisionSchema,
  onboardSchema,
  revocationSchema,
  type RevocationInput,
} from "./schemas";
import { lookupCertificates } from "./lookup.server";

let t: TestDatabase;
const today = todayInVietnam();
let province: SessionUser;
let commune: SessionUser;
let otherProvince: SessionUser;
let admin: SessionUser;
let producerId = 0;
let setId = 0;

function sessionUser(u: Awaited<ReturnType<typeof makeUser>>): SessionUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    producerId: u.producerId,
    officialPlaceCode: u.officialPlaceCode,
    officialLegacyPlaceId: u.officialLegacyPlaceId,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(t.db);
  setId = await ensureProductSet(t.db);
  producerId = (await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" })).id;
  province = sessionUser(
    await makeUser(t.db, { role: "official", officialPlaceCode: "25", name: "Cán bộ tỉnh" }),
  );
  commune = sessionUser(
    await makeUser(t.db, { role: "official", officialPlaceCode: "08848", name: "Cán bộ xã" }),
  );
  otherProvince = sessionUser(await makeUser(t.db, { role: "official", officialPlaceCode: "01" }));
  admin = sessionUser(await makeUser(t.db, { role: "administrator" }));
});
afterAll(async () => {
  await t.cleanup();
});

async function certified(
  o: { stars?: number; issuingLevel?: "ministry" | "province" | "district" } = {},
) {
  const product = await makeProduct(t.db, { producerId });
  const certificate = await makeCertificate(t.db, {
    productId: product.id,
    stars: o.stars ?? 4,
    issuingLevel: o.issuingLevel,
    decisionDate: "2025-08-01",
    legalBasisCode: "2025",
  });
  return { product, certificate };
}

async function revocation(o: Record<string, string> = {}): Promise<RevocationInput> {
  const parsed = revocationSchema(await loadRevocationContext(t.db, today)).safeParse({
    decisionNumber: "215/qđ-ubnd ",
    decisionDate: addDays(today, -3),
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    groundCode: "vi-pham-an-toan-thuc-pham",
    ...o,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function statusOf(id: number) {
  const [row] = await t.db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

describe("the revocation form", () => {
  it("normalises the number and takes the ground of the rules in force on the date", async () => {
    const input = await revocation();
    expect(input.decisionNumber).toBe("215/QĐ-UBND");
    expect(input.groundCode).toBe("vi-pham-an-toan-thuc-pham");
  });

  it("refuses a future date, an unknown ground, a ground of other rules, a district after 2025", async () => {
    const rc = await loadRevocationContext(t.db, today);
    const base = {
      decisionNumber: "215/QĐ-UBND",
      decisionDate: addDays(today, -3),
      issuingBody: "UBND tỉnh Phú Thọ",
      issuingLevel: "province",
      groundCode: "vi-pham-an-toan-thuc-pham",
    };
    const issues = (o: Record<string, string>) => {
      const r = revocationSchema(rc).safeParse({ ...base, ...o });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(issues({ decisionDate: addDays(today, 1) })).toEqual([
      "decisionDate:revoke.error.decisionDateFuture",
    ]);
    expect(issues({ groundCode: "khong-thich" })).toEqual([
      "groundCode:revoke.error.groundForDate",
    ]);
    // Before the programme's first decisions nothing can have been revoked:
    expect(issues({ decisionDate: "2018-03-01" })).toEqual([
      "decisionDate:revoke.error.decisionDateBeforeCertificate",
    ]);
    expect(issues({ issuingLevel: "district" })).toEqual([
      "issuingLevel:acert.error.districtAbolished",
    ]);
    expect(issues({ decisionNumber: "hai trăm" })).toEqual([
      "decisionNumber:revoke.error.decisionNumber",
    ]);
  });
});

describe("who may revoke", () => {
  it("refuses a commune official a provincial revocation, with the message; nothing changes", async () => {
    const { product, certificate } = await certified();
    const result = await revokeWithDecision(t.db, commune, product.id, await revocation());
    expect(result).toEqual({ ok: false, kind: "refused", message: "revoke.refused.commune" });
    expect((await statusOf(certificate.id))?.status).toBe("active");
  });

  it("refuses a commune and a province official a ministry 5★ revocation; an administrator may", async () => {
    const { product, certificate } = await certified({ stars: 5, issuingLevel: "ministry" });
    const ministry = await revocation({
      issuingLevel: "ministry",
      issuingBody: "Bộ Nông nghiệp và Môi trường",
    });
    expect(await revokeWithDecision(t.db, commune, product.id, ministry)).toMatchObject({
      kind: "refused",
      message: "revoke.refused.ministry",
    });
    expect(await revokeWithDecision(t.db, province, product.id, ministry)).toMatchObject({
      kind: "refused",
      message: "revoke.refused.ministry",
    });
    expect(await prepareRevocation(t.db, commune, product.id, ministry)).toMatchObject({
      kind: "refused",
    });
    // The province's own decision cannot revoke what the ministry recognised.
    const low = await revocation();
    expect(await revokeWithDecision(t.db, admin, product.id, low)).toMatchObject({
      kind: "invalid",
      errors: { issuingLevel: "revoke.error.levelBelow" },
    });
    const done = await revokeWithDecision(t.db, admin, product.id, ministry);
    expect(done.ok).toBe(true);
    expect((await statusOf(certificate.id))?.status).toBe("revoked");
  });

  it("lets the province official revoke a provincial certificate at once, recorded as direct and audited", async () => {
    const { product, certificate } = await certified();
    const input = await revocation({ note: "Kiểm tra ngày 02/12" });
    const result = await revokeWithDecision(t.db, province, product.id, input);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await statusOf(certificate.id);
    expect(row?.status).toBe("revoked");
    expect(row?.revokedReason).toBe("Kiểm tra ngày 02/12");
    const [entry] = await t.db
      .select()
      .from(certificateEntries)
      .where(eq(certificateEntries.id, result.entryId));
    expect(entry).toMatchObject({
      kind: "revocation",
      status: "confirmed",
      direct: true,
      preparedById: province.id,
      decidedById: province.id,
      revokeDecisionNumber: "215/QĐ-UBND",
      revokeGroundCode: "vi-pham-an-toan-thuc-pham",
    });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "certificate.revoke"),
          eq(auditLog.entityId, String(certificate.id)),
        ),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ direct: true, confirmedById: province.id });
  });

  it("refuses a revocation dated before the certificate's decision", async () => {
    const { product } = await certified();
    const early = await revocation({ decisionDate: "2025-07-20" });
    expect(await revokeWithDecision(t.db, province, product.id, early)).toMatchObject({
      kind: "invalid",
      errors: { decisionDate: "revoke.error.decisionDateBeforeCertificate" },
    });
  });

  it("does not find a product of another province", async () => {
    const { product } = await certified();
    expect(await revokeWithDecision(t.db, otherProvince, product.id, await revocation())).toEqual({
      ok: false,
      kind: "notFound",
    });
  });
});

describe("a commune prepares, the province confirms or returns", () => {
  it("a prepared revocation leaves the certificate in force until the province confirms it", async () => {
    const { product, certificate } = await certified();
    const prepared = await prepareRevocation(t.db, commune, product.id, await revocation());
    if (!prepared.ok) throw new Error(JSON.stringify(prepared));
    expect((await statusOf(certificate.id))?.status).toBe("active");
    // A second one waits its turn.
    expect(await prepareRevocation(t.db, commune, product.id, await revocation())).toMatchObject({
      kind: "invalid",
      errors: { decisionNumber: "entries.error.open" },
    });
    // The commune cannot confirm its own.
    expect(await confirmEntry(t.db, commune, product.id, prepared.entryId)).toMatchObject({
      kind: "refused",
    });
    expect((await listAwaitingEntries(t.db, province)).map((e) => e.id)).toContain(
      prepared.entryId,
    );

    const confirmed = await confirmEntry(t.db, province, product.id, prepared.entryId);
    expect(confirmed).toMatchObject({ ok: true, kind: "revocation" });
    expect((await statusOf(certificate.id))?.status).toBe("revoked");
    const [entry] = await listProductEntries(t.db, commune, product.id);
    expect(entry).toMatchObject({
      status: "confirmed",
      direct: false,
      preparedByName: "Cán bộ xã",
      decidedByName: "Cán bộ tỉnh",
    });
    const actions = (
      await t.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(prepared.entryId)))
    ).map((a) => a.action);
    expect(actions).toContain("certificate.revoke.prepare");
    const [revokeAudit] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "certificate.revoke"),
          eq(auditLog.entityId, String(certificate.id)),
        ),
      );
    expect(revokeAudit?.after).toMatchObject({
      preparedById: commune.id,
      confirmedById: province.id,
    });
    expect(revokeAudit?.actorUserId).toBe(province.id);

    // The public lookup shows the revoking decision and its ground.
    const lookup = await lookupCertificates(t.db, today, certificate.decisionNumber ?? "");
    if (lookup.kind !== "results") throw new Error("no results");
    const shown = lookup.results.find((r) => r.id === certificate.id);
    expect(shown?.status).toBe("revoked");
    expect(shown?.revokedBy).toMatchObject({
      decisionNumber: "215/QĐ-UBND",
      issuingBody: "UBND tỉnh Phú Thọ",
      groundEn: "Breach of food-safety rules or of the declared production process",
    });
  });

  it("a returned entry says who returned it and why; nothing takes effect", async () => {
    const { product, certificate } = await certified();
    const prepared = await prepareRevocation(t.db, commune, product.id, await revocation());
    if (!prepared.ok) throw new Error("not prepared");
    expect(
      await returnEntry(t.db, province, product.id, prepared.entryId, "Thiếu biên bản kiểm tra"),
    ).toEqual({ ok: true });
    expect((await statusOf(certificate.id))?.status).toBe("active");
    const [entry] = await listProductEntries(t.db, commune, product.id);
    expect(entry).toMatchObject({
      status: "returned",
      returnReason: "Thiếu biên bản kiểm tra",
      decidedByName: "Cán bộ tỉnh",
    });
    // Returned once: it cannot be confirmed afterwards.
    expect(await confirmEntry(t.db, province, product.id, prepared.entryId)).toMatchObject({
      kind: "invalid",
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "certificate.revocation.return"),
          eq(auditLog.entityId, String(prepared.entryId)),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it("a commune official's new decision is prepared, not in effect; confirmed, it supersedes", async () => {
    const { product, certificate } = await certified();
    const parsed = newDecisionSchema(await loadDecisionContext(t.db, today)).parse({
      score: "80",
      decisionNumber: "900/QĐ-UBND",
      decisionDate: addDays(today, -1),
      issuingBody: "UBND tỉnh Phú Thọ",
      issuingLevel: "province",
    });
    const prepared = await recordDecisionEntry(t.db, commune, product.id, parsed);
    if (!prepared.ok || !prepared.prepared) throw new Error(JSON.stringify(prepared));
    expect((await statusOf(certificate.id))?.status).toBe("active");
    const before = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, product.id));
    expect(before).toHaveLength(1);
    const confirmed = await confirmEntry(t.db, province, product.id, prepared.entryId);
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed));
    expect((await statusOf(certificate.id))?.status).toBe("superseded");
    expect((await statusOf(confirmed.certificateId))?.status).toBe("active");
    const [entry] = await listProductEntries(t.db, province, product.id);
    expect(entry).toMatchObject({
      status: "confirmed",
      preparedByName: "Cán bộ xã",
      decidedByName: "Cán bộ tỉnh",
    });
  });

  it("a province official's new decision takes effect at once and says so", async () => {
    const { product } = await certified();
    const parsed = newDecisionSchema(await loadDecisionContext(t.db, today)).parse({
      score: "75",
      decisionNumber: "901/QĐ-UBND",
      decisionDate: addDays(today, -1),
      issuingBody: "UBND tỉnh Phú Thọ",
      issuingLevel: "province",
    });
    const result = await recordDecisionEntry(t.db, province, product.id, parsed);
    expect(result).toMatchObject({ ok: true, prepared: false, kind: "renew" });
    const [entry] = await listProductEntries(t.db, province, product.id);
    expect(entry).toMatchObject({
      status: "confirmed",
      direct: true,
      preparedByName: "Cán bộ tỉnh",
    });
  });

  it("a commune official's onboarding records the product without a certificate until confirmed", async () => {
    const input = onboardSchema(await loadDecisionContext(t.db, today)).parse({
      producerId: String(producerId),
      nameVi: "Chè xanh Sông Lô",
      productSetId: String(setId),
      descriptionVi: "Chè xanh sao tay của xã Sông Lô.",
      unitVi: "Gói 200 g",
      priceVnd: "90000",
      score: "72",
      decisionNumber: "902/QĐ-UBND",
      decisionDate: addDays(today, -2),
      issuingBody: "UBND tỉnh Phú Thọ",
      issuingLevel: "province",
    });
    const result = await onboardWithEntry(t.db, commune, input);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.prepared).toBe(true);
    const none = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, result.productId));
    expect(none).toHaveLength(0);
    const [entry] = await listProductEntries(t.db, commune, result.productId);
    if (!entry) throw new Error("no entry");
    expect(entry.status).toBe("prepared");
    const confirmed = await confirmEntry(t.db, province, result.productId, entry.id);
    expect(confirmed).toMatchObject({ ok: true, kind: "decision" });
    const one = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, result.productId));
    expect(one.map((c) => c.status)).toEqual(["active"]);
    // The province's own onboarding takes effect at once.
    const direct = await onboardWithEntry(t.db, province, {
      ...input,
      nameVi: "Chè búp Sông Lô",
      decisionNumber: "903/QĐ-UBND",
    });
    expect(direct).toMatchObject({ ok: true, prepared: false });
  });
});
