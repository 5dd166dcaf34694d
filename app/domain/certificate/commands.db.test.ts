/**
 * The certificate lifecycle on a real database: onboarding, renewal and regrade (supersede in
 * one transaction, one active certificate), revocation, the scope of officials, the audit
 * entries, and what the public then sees through the catalogue, search and product pages.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEGAL_BASES, seedReferenceData } from "../../../db/reference/index";
import { auditLog, certificates, products, productGroups, productSets } from "../../../db/schema";
import { createSearchService } from "../../../search/service";
import {
  makeCertificate,
  makeProducer,
  makeProduct,
  makeUser,
  ensurePlace,
} from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays, addMonths, todayInVietnam } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import { getAdminProduct, listAdminProducts } from "../product/register.server";
import { listExpiringCertificates } from "./expiring.server";
import { getProductPage, listCatalog, parseCatalogParams } from "../catalog/catalog.server";
import { searchCatalog } from "../catalog/search.server";
import { loadRevocationContext, revokeWithDecision } from "./entries.server";
import {
  legalBasisOn,
  newDecisionSchema,
  onboardSchema,
  revocationSchema,
  type RevocationInput,
} from "./schemas";
import { createCertifiedProduct, loadDecisionContext, recordNewDecision } from "./commands.server";

let t: TestDatabase;
const today = todayInVietnam();
let setId = 0;
let phuTho: SessionUser;
let haNoi: SessionUser;
let admin: SessionUser;
let producerInPhuTho = 0;
let producerInHaNoi = 0;

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

/** A provincial revoking decision dated today, its note the reason the tests look for. */
async function revokingDecision(note: string): Promise<RevocationInput> {
  return revocationSchema(await loadRevocationContext(t.db, today)).parse({
    decisionNumber: "318/QĐ-UBND",
    decisionDate: today,
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    groundCode: "khong-duy-tri-chat-luong",
    note,
  });
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
  const [set] = await t.db
    .select({ id: productSets.id })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(
      and(eq(productGroups.legalBasisCode, "2023"), eq(productSets.code, "thuc-pham-tho-so-che")),
    );
  setId = set?.id ?? 0;
  producerInPhuTho = (await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" })).id;
  producerInHaNoi = (await makeProducer(t.db)).id;
  phuTho = sessionUser(await makeUser(t.db, { role: "official", officialPlaceCode: "25" }));
  haNoi = sessionUser(await makeUser(t.db, { role: "official", officialPlaceCode: "01" }));
  admin = sessionUser(await makeUser(t.db, { role: "administrator" }));
});
afterAll(async () => {
  await t.cleanup();
});

const uniqueName = (what: string) => `${what} ${Math.random().toString(36).slice(2, 8)}`;

async function onboardInput(o: Record<string, string> = {}) {
  const dc = await loadDecisionContext(t.db, today);
  const r = onboardSchema(dc).safeParse({
    producerId: String(producerInPhuTho),
    nameVi: uniqueName("Mật ong hoa nhãn"),
    productSetId: String(setId),
    descriptionVi: "Mật ong nguyên chất từ vườn nhãn ven sông Lô.",
    unitVi: "Chai 500 ml",
    priceVnd: "150.000",
    stock: "12",
    score: "78",
    decisionNumber: "1234/QĐ-UBND",
    decisionDate: addMonths(today, -2),
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    ...o,
  });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

async function newDecision(o: Record<string, string>) {
  const dc = await loadDecisionContext(t.db, today);
  const r = newDecisionSchema(dc).safeParse({
    decisionNumber: "2001/QĐ-UBND",
    decisionDate: addMonths(today, -1),
    issuingBody: "UBND tỉnh Phú Thọ",
    issuingLevel: "province",
    ...o,
  });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

async function onboard(o: Record<string, string> = {}) {
  const input = await onboardInput(o);
  const result = await createCertifiedProduct(t.db, phuTho, input);
  if (!result.ok) throw new Error(`onboarding failed: ${JSON.stringify(result)}`);
  const [product] = await t.db.select().from(products).where(eq(products.id, result.productId));
  if (!product) throw new Error("product missing");
  return { ...result, product, input };
}

const search = () => createSearchService(t.db);

async function publicly(product: { slug: string; nameVi: string; id: number }) {
  const found = await searchCatalog(
    t.db,
    search(),
    { ...parseCatalogParams(new URLSearchParams()), q: product.nameVi },
    today,
  );
  const catalogue = await listCatalog(t.db, parseCatalogParams(new URLSearchParams()), today);
  const page = await getProductPage(t.db, product.slug, today);
  return {
    inSearch: found.items.some((i) => i.id === product.id),
    inCatalogue: catalogue.items.some((i) => i.id === product.id),
    page: page.kind === "gone" ? `gone:${page.status}:${page.reason}` : page.kind,
  };
}

async function auditFor(entityType: string, entityId: number | string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))));
}

async function certificatesOf(productId: number) {
  return t.db
    .select()
    .from(certificates)
    .where(eq(certificates.productId, productId))
    .orderBy(certificates.id);
}

describe("onboarding", () => {
  it("creates a listed product and its active certificate, valid 36 months, public at once", async () => {
    const { product, certificateId, input } = await onboard();
    expect(product.listingStatus).toBe("listed");
    expect(product.priceVnd).toBe(150_000);
    expect(product.slug).toMatch(/^mat-ong-hoa-nhan-/);
    const [cert] = await certificatesOf(product.id);
    expect(cert).toMatchObject({
      id: certificateId,
      stars: 4,
      score: 78,
      status: "active",
      decisionNumber: "1234/QĐ-UBND",
      validUntil: addMonths(input.decisionDate, 36),
      addressPrinted: "Thôn 1",
      // The rules in force on the decision date, chosen for the official.
      legalBasisCode: legalBasisOn(input.decisionDate, LEGAL_BASES)?.code,
    });
    expect(await publicly(product)).toEqual({
      inSearch: true,
      inCatalogue: true,
      page: "visible",
    });
    const entries = [
      ...(await auditFor("product", product.id)),
      ...(await auditFor("certificate", certificateId)),
    ];
    expect(entries.map((e) => e.action).sort()).toEqual(["certificate.create", "product.create"]);
    expect(entries.every((e) => e.provinceCode === "25" && e.communeCode === "08848")).toBe(true);
    expect(entries.every((e) => e.actorUserId === phuTho.id)).toBe(true);
  });

  it("records a 2★ result that the catalogue, search and product page never show", async () => {
    // An evaluation result under 1489/26/2026: no decision number.
    const { product } = await onboard({
      score: "",
      stars: "2",
      decisionNumber: "",
      nameVi: uniqueName("Trà túi lọc"),
    });
    expect((await certificatesOf(product.id))[0]?.stars).toBe(2);
    expect((await certificatesOf(product.id))[0]?.decisionNumber).toBeNull();
    expect(await publicly(product)).toEqual({
      inSearch: false,
      inCatalogue: false,
      page: "gone:404:uncertified",
    });
    const admin2 = await listAdminProducts(t.db, phuTho, today, { q: product.nameVi, stars: 2 });
    expect(admin2.items.map((i) => i.id)).toEqual([product.id]);
    expect(admin2.items[0]?.visible).toBe(false);
  });

  it("refuses a producer outside the official's unit and writes nothing", async () => {
    const input = await onboardInput({ producerId: String(producerInHaNoi) });
    const before = await t.db.select({ n: count() }).from(products);
    const result = await createCertifiedProduct(t.db, phuTho, input);
    expect(result).toEqual({
      ok: false,
      kind: "invalid",
      errors: { producerId: "acert.error.producer" },
    });
    expect(await t.db.select({ n: count() }).from(products)).toEqual(before);
  });

  it("refuses a product set of an old scheme", async () => {
    const [old] = await t.db
      .select({ id: productSets.id })
      .from(productSets)
      .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
      .where(eq(productGroups.legalBasisCode, "2019"))
      .limit(1);
    const result = await createCertifiedProduct(
      t.db,
      phuTho,
      await onboardInput({ productSetId: String(old?.id) }),
    );
    expect(result).toMatchObject({ ok: false, errors: { productSetId: "acert.error.productSet" } });
  });
});

describe("renewal and regrade", () => {
  it("supersedes the current certificate in order: one active, the old one points to the new", async () => {
    const { product, certificateId } = await onboard({ decisionDate: addMonths(today, -30) });
    const renewed = await recordNewDecision(
      t.db,
      phuTho,
      product.id,
      await newDecision({ score: "75" }),
    );
    expect(renewed).toMatchObject({ ok: true, kind: "renew" });
    if (!renewed.ok) return;
    const regraded = await recordNewDecision(
      t.db,
      phuTho,
      product.id,
      await newDecision({
        decisionNumber: "99/QĐ-BNNMT",
        stars: "5",
        issuingLevel: "ministry",
        decisionDate: today,
      }),
    );
    expect(regraded).toMatchObject({ ok: true, kind: "regrade" });
    if (!regraded.ok) return;
    const history = await certificatesOf(product.id);
    expect(history.map((c) => [c.id, c.status, c.supersededById, c.stars])).toEqual([
      [certificateId, "superseded", renewed.certificateId, 4],
      [renewed.certificateId, "superseded", regraded.certificateId, 4],
      [regraded.certificateId, "active", null, 5],
    ]);
    const detail = await getAdminProduct(t.db, phuTho, product.id, today);
    expect(detail?.active?.id).toBe(regraded.certificateId);
    expect(detail?.certificates).toHaveLength(3);
    const search5 = await searchCatalog(
      t.db,
      search(),
      { ...parseCatalogParams(new URLSearchParams({ stars: "5" })), q: product.nameVi },
      today,
    );
    expect(search5.items.map((i) => i.stars)).toEqual([5]);
    const entries = await auditFor("certificate", certificateId);
    expect(entries.map((e) => e.action)).toEqual(["certificate.create", "certificate.supersede"]);
    expect((await auditFor("certificate", regraded.certificateId)).map((e) => e.action)).toEqual([
      "certificate.regrade",
    ]);
  });

  it("refuses a decision older than the current one, or one already recorded", async () => {
    const { product, input } = await onboard();
    const older = await recordNewDecision(
      t.db,
      phuTho,
      product.id,
      await newDecision({ score: "80", decisionDate: addDays(input.decisionDate, -1) }),
    );
    expect(older).toMatchObject({
      ok: false,
      errors: { decisionDate: "acert.error.decisionBeforeCurrent" },
    });
    const again = await recordNewDecision(
      t.db,
      phuTho,
      product.id,
      await newDecision({
        score: "80",
        decisionNumber: input.decisionNumber ?? "",
        decisionDate: input.decisionDate,
      }),
    );
    expect(again).toMatchObject({
      ok: false,
      errors: { decisionNumber: "acert.error.decisionAlreadyRecorded" },
    });
    expect(await certificatesOf(product.id)).toHaveLength(1);
  });

  it("answers not found for a product outside the unit, and changes nothing", async () => {
    const { product } = await onboard();
    const result = await recordNewDecision(
      t.db,
      haNoi,
      product.id,
      await newDecision({ score: "80" }),
    );
    expect(result).toEqual({ ok: false, kind: "notFound" });
    expect(
      await revokeWithDecision(
        t.db,
        haNoi,
        product.id,
        await revokingDecision("Không thuộc địa bàn"),
      ),
    ).toEqual({
      ok: false,
      kind: "notFound",
    });
    expect((await certificatesOf(product.id)).map((c) => c.status)).toEqual(["active"]);
    expect(await getAdminProduct(t.db, haNoi, product.id, today)).toBeNull();
    expect(await getAdminProduct(t.db, admin, product.id, today)).not.toBeNull();
  });
});

describe("revocation", () => {
  it("takes the product off the storefront and search at once, with the reason on record", async () => {
    const { product, certificateId } = await onboard();
    expect((await publicly(product)).inSearch).toBe(true);
    const result = await revokeWithDecision(
      t.db,
      phuTho,
      product.id,
      await revokingDecision("Vi phạm chất lượng khi hậu kiểm"),
    );
    expect(result).toMatchObject({ ok: true, certificateId });
    const [cert] = await certificatesOf(product.id);
    expect(cert).toMatchObject({
      status: "revoked",
      revokedReason: "Vi phạm chất lượng khi hậu kiểm",
    });
    expect(cert?.revokedAt).toBeInstanceOf(Date);
    expect(await publicly(product)).toEqual({
      inSearch: false,
      inCatalogue: false,
      page: "gone:410:revoked",
    });
    const entries = await auditFor("certificate", certificateId);
    expect(entries.map((e) => e.action)).toEqual(["certificate.create", "certificate.revoke"]);
    expect(entries[1]?.after).toMatchObject({
      status: "revoked",
      revokedReason: "Vi phạm chất lượng khi hậu kiểm",
    });

    expect(
      await revokeWithDecision(t.db, phuTho, product.id, await revokingDecision("Lần nữa")),
    ).toMatchObject({
      ok: false,
      errors: { decisionNumber: "acert.error.noActiveCertificate" },
    });
    const list = await listAdminProducts(t.db, phuTho, today, {
      state: "revoked",
      q: product.nameVi,
    });
    expect(list.items.map((i) => i.id)).toEqual([product.id]);

    // A later decision certifies it again; the revoked record stays as it was.
    const again = await recordNewDecision(
      t.db,
      phuTho,
      product.id,
      await newDecision({ score: "71", decisionDate: today }),
    );
    expect(again).toMatchObject({ ok: true, kind: "certify" });
    expect((await certificatesOf(product.id)).map((c) => c.status)).toEqual(["revoked", "active"]);
    expect((await publicly(product)).page).toBe("visible");
  });
});

describe("lists", () => {
  it("scopes the product list and filters it by state, stars and name", async () => {
    const mine = await makeProduct(t.db, {
      producerId: producerInPhuTho,
      nameVi: uniqueName("Chè búp"),
    });
    await makeCertificate(t.db, {
      productId: mine.id,
      stars: 3,
      decisionDate: addMonths(addDays(today, 10), -36),
    });
    const theirs = await makeProduct(t.db, {
      producerId: producerInHaNoi,
      nameVi: uniqueName("Chè búp"),
    });
    await makeCertificate(t.db, {
      productId: theirs.id,
      stars: 3,
      decisionDate: addMonths(addDays(today, 10), -36),
    });
    const none = await makeProduct(t.db, {
      producerId: producerInPhuTho,
      nameVi: uniqueName("Chè búp"),
    });

    const ids = async (user: SessionUser, f: Parameters<typeof listAdminProducts>[3]) =>
      (await listAdminProducts(t.db, user, today, f)).items.map((i) => i.id).sort((a, b) => a - b);
    expect(await ids(phuTho, { q: "che bup" })).toEqual([mine.id, none.id]);
    expect(await ids(haNoi, { q: "che bup" })).toEqual([theirs.id]);
    expect(await ids(admin, { q: "chè búp" })).toEqual([mine.id, theirs.id, none.id]);
    expect(await ids(phuTho, { q: "che bup", state: "expiring" })).toEqual([mine.id]);
    expect(await ids(phuTho, { q: "che bup", state: "none" })).toEqual([none.id]);
    expect(await ids(phuTho, { q: "che bup", stars: 4 })).toEqual([]);
    expect(
      await ids(phuTho, { q: "che bup", producer: producerInPhuTho, group: "thuc-pham" }),
    ).toEqual([mine.id, none.id]);

    const expiring = await listExpiringCertificates(t.db, phuTho, today);
    expect(expiring.items.map((i) => i.productId)).toContain(mine.id);
    expect(expiring.items.map((i) => i.productId)).not.toContain(theirs.id);
    expect(expiring.units.map((u) => u.code)).toEqual(["08848"]);
    const everywhere = await listExpiringCertificates(t.db, admin, today, { unit: "01" });
    expect(everywhere.items.map((i) => i.productId)).toEqual([theirs.id]);
    expect(everywhere.units.map((u) => u.code).sort()).toEqual(["01", "25"]);
  });
});
