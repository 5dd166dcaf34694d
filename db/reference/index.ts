/**
 * Reference data kept as versioned rows, not enums: legal bases and the product-group scheme
 * of each. Seeding is an upsert keyed by the stable codes, so it can run on every start and
 * picks up corrected names without touching ids that products already point to.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { legalBases, productGroups, productSets, revocationGrounds } from "../schema";
import { LEGAL_BASES } from "./legal-bases";
import { PRODUCT_GROUP_SCHEMES } from "./product-groups";
import { REVOCATION_GROUND_SCHEMES } from "./revocation-grounds";

export {
  LEGAL_BASES,
  LEGAL_TEXT_KINDS,
  SOURCE_KINDS,
  type LegalBasisData,
  type LegalTextKind,
  type SourceKind,
} from "./legal-bases";
export { BASIS_RULES, bandStars, rulesFor, type BasisRules } from "./basis-rules";
export {
  PRODUCT_GROUP_SCHEMES,
  type ProductGroupData,
  type ProductGroupScheme,
  type ProductSetData,
} from "./product-groups";
export {
  REVOCATION_GROUND_SCHEMES,
  findRevocationGround,
  type RevocationGroundData,
  type RevocationGroundScheme,
} from "./revocation-grounds";

/** The legal basis whose product groups the catalogue files products under. */
export const CURRENT_GROUP_SCHEME = "2023";

export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(legalBases)
      .values([...LEGAL_BASES])
      .onConflictDoUpdate({
        target: legalBases.code,
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          effectiveFrom: sql`excluded.effective_from`,
          documentNumber: sql`excluded.document_number`,
          signedOn: sql`excluded.signed_on`,
          textKind: sql`excluded.text_kind`,
          source: sql`excluded.source`,
          sourceKind: sql`excluded.source_kind`,
        },
      });

    const groupRows = PRODUCT_GROUP_SCHEMES.flatMap((scheme) =>
      scheme.groups.map((g, i) => ({
        legalBasisCode: scheme.legalBasisCode,
        code: g.code,
        nameVi: g.nameVi,
        nameEn: g.nameEn,
        sortOrder: i + 1,
      })),
    );
    const groups = await tx
      .insert(productGroups)
      .values(groupRows)
      .onConflictDoUpdate({
        target: [productGroups.legalBasisCode, productGroups.code],
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          sortOrder: sql`excluded.sort_order`,
        },
      })
      .returning({
        id: productGroups.id,
        legalBasisCode: productGroups.legalBasisCode,
        code: productGroups.code,
      });
    const groupId = new Map(groups.map((g) => [`${g.legalBasisCode}/${g.code}`, g.id]));

    const setRows = PRODUCT_GROUP_SCHEMES.flatMap((scheme) =>
      scheme.groups.flatMap((g) =>
        g.sets.map((s, i) => {
          const id = groupId.get(`${scheme.legalBasisCode}/${g.code}`);
          if (id === undefined)
            throw new Error(`Product group ${scheme.legalBasisCode}/${g.code} was not saved`);
          return {
            groupId: id,
            code: s.code,
            nameVi: s.nameVi,
            nameEn: s.nameEn,
            subgroupVi: s.subgroupVi ?? null,
            subgroupEn: s.subgroupEn ?? null,
            sortOrder: i + 1,
          };
        }),
      ),
    );
    await tx
      .insert(productSets)
      .values(setRows)
      .onConflictDoUpdate({
        target: [productSets.groupId, productSets.code],
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          subgroupVi: sql`excluded.subgroup_vi`,
          subgroupEn: sql`excluded.subgroup_en`,
          sortOrder: sql`excluded.sort_order`,
        },
      });

    // Only the grounds of the bases on record (another basis's list waits for its basis).
    const known = new Set(LEGAL_BASES.map((b) => b.code));
    const groundRows = REVOCATION_GROUND_SCHEMES.filter((s) => known.has(s.legalBasisCode)).flatMap(
      (scheme) =>
        scheme.grounds.map((g, i) => ({
          legalBasisCode: scheme.legalBasisCode,
          code: g.code,
          nameVi: g.nameVi,
          nameEn: g.nameEn,
          source: g.source,
          sourceKind: g.sourceKind,
          sortOrder: i + 1,
        })),
    );
    await tx
      .insert(revocationGrounds)
      .values(groundRows)
      .onConflictDoUpdate({
        target: [revocationGrounds.legalBasisCode, revocationGrounds.code],
        set: {
          nameVi: sql`excluded.name_vi`,
          nameEn: sql`excluded.name_en`,
          source: sql`excluded.source`,
          sourceKind: sql`excluded.source_kind`,
          sortOrder: sql`excluded.sort_order`,
        },
      });
  });
}
