/**
 * Test data written straight into the database (Epic-stack style fixtures): each test
 * creates what it needs, with sensible defaults, and nothing depends on the demo seed.
 */
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { createSession, hashPassword } from "../../app/domain/account/accounts.server";
import {
  certificates,
  legalBases,
  places,
  producers,
  productGroups,
  products,
  productSets,
  users,
  type CertificateStatus,
  type IssuingLevel,
  type LegalForm,
  type Role,
} from "../../db/schema";

const uid = () => randomBytes(4).toString("hex");

/** Inserts a province and one of its communes if they are not there yet. */
export async function ensurePlace(
  db: Db,
  p: {
    provinceCode?: string;
    provinceName?: string;
    communeCode?: string;
    communeName?: string;
  } = {},
) {
  const provinceCode = p.provinceCode ?? "01";
  const communeCode = p.communeCode ?? "00004";
  const provinceName = p.provinceName ?? "Thành phố Hà Nội";
  const communeName = p.communeName ?? "Phường Ba Đình";
  await db
    .insert(places)
    .values({
      code: provinceCode,
      level: "province",
      name: provinceName,
      shortName: provinceName.replace(/^(Tỉnh|Thành phố) /, ""),
      unitType: provinceName.startsWith("Tỉnh") ? "Tỉnh" : "Thành phố",
      parentCode: null,
      provinceCode,
      slug: `p-${provinceCode}`,
    })
    .onConflictDoNothing();
  await db
    .insert(places)
    .values({
      code: communeCode,
      level: "commune",
      name: communeName,
      shortName: communeName.replace(/^(Xã|Phường|Đặc khu) /, ""),
      unitType: communeName.split(" ")[0] ?? "Xã",
      parentCode: provinceCode,
      provinceCode,
      slug: `c-${communeCode}`,
    })
    .onConflictDoNothing();
  return { provinceCode, communeCode };
}

/** Ensures a legal basis, a product group and a product set exist; returns the set id. */
export async function ensureProductSet(
  db: Db,
  s: { legalBasisCode?: string; groupCode?: string; setCode?: string } = {},
): Promise<number> {
  const legalBasisCode = s.legalBasisCode ?? "2023";
  const groupCode = s.groupCode ?? "thuc-pham";
  const setCode = s.setCode ?? "thuc-pham-che-bien";
  await db
    .insert(legalBases)
    .values({
      code: legalBasisCode,
      nameVi: `Căn cứ ${legalBasisCode}`,
      nameEn: `Basis ${legalBasisCode}`,
      effectiveFrom: `${legalBasisCode}-01-01`,
    })
    .onConflictDoNothing();
  await db
    .insert(productGroups)
    .values({ legalBasisCode, code: groupCode, nameVi: groupCode, nameEn: groupCode })
    .onConflictDoNothing();
  const [group] = await db
    .select({ id: productGroups.id })
    .from(productGroups)
    .where(
      and(eq(productGroups.legalBasisCode, legalBasisCode), eq(productGroups.code, groupCode)),
    );
  if (!group) throw new Error("product group missing");
  await db
    .insert(productSets)
    .values({ groupId: group.id, code: setCode, nameVi: setCode, nameEn: setCode })
    .onConflictDoNothing();
  const [set] = await db
    .select({ id: productSets.id })
    .from(productSets)
    .where(and(eq(productSets.groupId, group.id), eq(productSets.code, setCode)));
  if (!set) throw new Error("product set missing");
  return set.id;
}

export async function makeProducer(
  db: Db,
  o: Partial<{
    name: string;
    slug: string;
    legalForm: LegalForm;
    provinceCode: string;
    communeCode: string;
    status: "active" | "suspended";
    storyVi: string;
    freeShippingFromVnd: number | null;
  }> = {},
) {
  const place = await ensurePlace(db, { provinceCode: o.provinceCode, communeCode: o.communeCode });
  const id = uid();
  const [row] = await db
    .insert(producers)
    .values({
      slug: o.slug ?? `htx-thu-nghiem-${id}`,
      name: o.name ?? `HTX Thử nghiệm ${id}`,
      legalForm: o.legalForm ?? "cooperative",
      communeCode: place.communeCode,
      provinceCode: place.provinceCode,
      addressPrinted: "Thôn 1",
      storyVi: o.storyVi ?? "Câu chuyện sản phẩm.",
      status: o.status ?? "active",
      freeShippingFromVnd: o.freeShippingFromVnd ?? null,
    })
    .returning();
  if (!row) throw new Error("producer not inserted");
  return row;
}

export async function makeProduct(
  db: Db,
  o: Partial<{
    producerId: number;
    nameVi: string;
    nameEn: string | null;
    slug: string;
    priceVnd: number;
    stock: number;
    listingStatus: "listed" | "unlisted";
    productSetId: number;
    createdAt: Date;
    packedWeightGrams: number;
    /** % ABV; absent: no alcohol. */
    alcoholPercent: number | null;
  }> = {},
) {
  const producerId = o.producerId ?? (await makeProducer(db)).id;
  const productSetId = o.productSetId ?? (await ensureProductSet(db));
  const id = uid();
  const [row] = await db
    .insert(products)
    .values({
      producerId,
      productSetId,
      slug: o.slug ?? `san-pham-${id}`,
      nameVi: o.nameVi ?? `Sản phẩm ${id}`,
      nameEn: o.nameEn === undefined ? `Product ${id}` : o.nameEn,
      descriptionVi: "Mô tả sản phẩm.",
      unitVi: "Hộp 500 g",
      unitEn: "500 g box",
      priceVnd: o.priceVnd ?? 120_000,
      stock: o.stock ?? 10,
      listingStatus: o.listingStatus ?? "listed",
      packedWeightGrams: o.packedWeightGrams ?? 500,
      alcoholPercent: o.alcoholPercent ?? null,
      ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    })
    .returning();
  if (!row) throw new Error("product not inserted");
  return row;
}

export async function makeCertificate(
  db: Db,
  o: {
    productId: number;
    stars?: number;
    score?: number | null;
    decisionDate?: string;
    decisionNumber?: string;
    status?: CertificateStatus;
    issuingLevel?: IssuingLevel;
    legalBasisCode?: string;
    legacyPlaceId?: string;
  },
) {
  const stars = o.stars ?? 4;
  const legalBasisCode = o.legalBasisCode ?? "2023";
  await ensureProductSet(db, { legalBasisCode });
  const [row] = await db
    .insert(certificates)
    .values({
      productId: o.productId,
      stars,
      score: o.score === undefined ? null : o.score,
      decisionNumber: o.decisionNumber ?? `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
      decisionDate: o.decisionDate ?? "2025-06-01",
      issuingLevel: o.issuingLevel ?? (stars === 5 ? "ministry" : "province"),
      issuingBody: stars === 5 ? "Bộ Nông nghiệp và Môi trường" : "UBND Thành phố Hà Nội",
      legalBasisCode,
      status: o.status ?? "active",
      revokedReason: o.status === "revoked" ? "Vi phạm tiêu chuẩn chất lượng" : null,
      legacyPlaceId: o.legacyPlaceId ?? null,
    })
    .returning();
  if (!row) throw new Error("certificate not inserted");
  return row;
}

/** A product the public may see: listed, active producer, active 4★ certificate still valid. */
export async function makeVisibleProduct(
  db: Db,
  o: Parameters<typeof makeProduct>[1] & { stars?: number; decisionDate?: string } = {},
) {
  const product = await makeProduct(db, o);
  const certificate = await makeCertificate(db, {
    productId: product.id,
    stars: o.stars ?? 4,
    decisionDate: o.decisionDate,
  });
  return { product, certificate };
}

export const TEST_PASSWORD = "mat-khau-thu-nghiem";
// argon2 is slow on purpose: hash the usual test password once per file.
let testPasswordHash: Promise<string> | undefined;

/** A user (customer unless told) with TEST_PASSWORD unless given one. */
export async function makeUser(
  db: Db,
  o: Partial<{
    email: string;
    name: string;
    password: string;
    role: Role;
    producerId: number;
    officialPlaceCode: string;
    officialLegacyPlaceId: string;
  }> = {},
) {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = o.password ? await hashPassword(o.password) : await testPasswordHash;
  const id = uid();
  const [row] = await db
    .insert(users)
    .values({
      email: o.email ?? `nguoi-dung-${id}@example.com`,
      name: o.name ?? `Người dùng ${id}`,
      passwordHash,
      role: o.role ?? "customer",
      producerId: o.producerId ?? null,
      officialPlaceCode: o.officialPlaceCode ?? null,
      officialLegacyPlaceId: o.officialLegacyPlaceId ?? null,
    })
    .returning();
  if (!row) throw new Error("user not inserted");
  return row;
}

/** A user with an open session; `token` is what the browser's cookie carries. */
export async function makeSignedInUser(db: Db, o: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(db, o);
  const { token } = await createSession(db, user.id);
  return { user, token };
}
