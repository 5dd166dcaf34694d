import { and, desc, eq, gte, isNotNull, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "../../../db/client";
import {
  certificateEntries,
  certificates,
  places,
  producers,
  products,
  revocationGrounds,
} from "../../../db/schema";
import { foldVietnamese } from "../../lib/text";
import {
  LOOKUP_LIMIT,
  LOOKUP_MAX_LENGTH,
  LOOKUP_MIN_LENGTH,
  lookupStatus,
  type CertificateLookup,
  type CertificateLookupResult,
} from "./lookup-query";
import {
  activeCertificateJoin,
  MIN_PUBLIC_STARS,
  producerJoin,
  publicProductFlag,
} from "../catalog/visibility.server";

/** `?q=` as typed, whitespace collapsed, then held to sane lengths. */
const lookupQuerySchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(LOOKUP_MIN_LENGTH, "tooShort").max(LOOKUP_MAX_LENGTH, "tooLong"));

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Folded the same way as `foldVietnamese` on our side: "QĐ" ≈ "qd", "Mật" ≈ "mat". */
function folded(column: SQLWrapper): SQL {
  return sql`lower(unaccent(${column}))`;
}

/**
 * Public certificate register: by decision number (exact or prefix, "1234/QĐ-UBND" and
 * "1234/qd-ubnd" alike) or by product name, without diacritics if typed so; a producer's name
 * also matches (a buyer may only remember who made it), ranked after product names.
 * Only recognitions (3★ and more, achieved, with a decision number): 1–2★ and "not achieved"
 * results are evaluation results, never public. Every certificate of a
 * product is listed (old, revoked, superseded) so a buyer can check a label they hold.
 */
export async function lookupCertificates(
  db: Db,
  today: string,
  rawQuery: string,
): Promise<CertificateLookup> {
  if (rawQuery.trim() === "") return { kind: "empty" };
  const parsed = lookupQuerySchema.safeParse(rawQuery);
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message === "tooLong" ? "tooLong" : "tooShort";
    return { kind: "invalid", q: rawQuery.trim().slice(0, LOOKUP_MAX_LENGTH), reason };
  }
  const q = parsed.data;

  const needle = escapeLike(foldVietnamese(q));
  const found = alias(certificates, "found_certificate");
  const next = alias(certificates, "next_certificate");
  const province = alias(places, "producer_province");

  const decisionMatch = sql`${folded(found.decisionNumber)} like ${`${needle}%`}`;
  const productMatch = or(
    sql`${folded(products.nameVi)} like ${`%${needle}%`}`,
    sql`${folded(sql`coalesce(${products.nameEn}, '')`)} like ${`%${needle}%`}`,
  );
  const producerMatch = sql`${folded(producers.name)} like ${`%${needle}%`}`;

  const rows = await db
    .select({
      id: found.id,
      stars: found.stars,
      proposedForFive: found.proposedForFive,
      decisionNumber: found.decisionNumber,
      decisionDate: found.decisionDate,
      validUntil: found.validUntil,
      issuingLevel: found.issuingLevel,
      issuingBody: found.issuingBody,
      status: found.status,
      revokedReason: found.revokedReason,
      revokeDecisionNumber: certificateEntries.revokeDecisionNumber,
      revokeDecisionDate: certificateEntries.revokeDecisionDate,
      revokeIssuingBody: certificateEntries.revokeIssuingBody,
      groundNameVi: revocationGrounds.nameVi,
      groundNameEn: revocationGrounds.nameEn,
      nextDecisionNumber: next.decisionNumber,
      nextDecisionDate: next.decisionDate,
      nextStars: next.stars,
      productSlug: products.slug,
      productNameVi: products.nameVi,
      productNameEn: products.nameEn,
      productVisible: publicProductFlag(today),
      producerName: producers.name,
      producerSlug: producers.slug,
      producerStatus: producers.status,
      provinceName: province.name,
    })
    .from(found)
    .innerJoin(products, eq(products.id, found.productId))
    .innerJoin(producers, producerJoin)
    .innerJoin(province, eq(province.code, producers.provinceCode))
    // The product's current certificate, for the visibility rule (it may be `found` itself).
    .leftJoin(certificates, activeCertificateJoin)
    .leftJoin(next, eq(next.id, found.supersededById))
    // The revoking decision, when the revocation was recorded as one (older ones carry a reason only).
    .leftJoin(
      certificateEntries,
      and(
        eq(certificateEntries.certificateId, found.id),
        eq(certificateEntries.kind, "revocation"),
        eq(certificateEntries.status, "confirmed"),
      ),
    )
    .leftJoin(
      revocationGrounds,
      and(
        eq(revocationGrounds.legalBasisCode, certificateEntries.revokeGroundBasis),
        eq(revocationGrounds.code, certificateEntries.revokeGroundCode),
      ),
    )
    .where(
      and(
        gte(found.stars, MIN_PUBLIC_STARS),
        eq(found.achieved, true),
        isNotNull(found.decisionNumber),
        or(decisionMatch, productMatch, producerMatch),
      ),
    )
    .orderBy(
      // What was asked for first: the decision, then the product, then the producer's name.
      sql`case when ${decisionMatch} then 0 when ${productMatch} then 1 else 2 end`,
      // Folded and byte-ordered so the order is the same on every server collation.
      sql`${folded(products.nameVi)} collate "C"`,
      desc(found.decisionDate),
      desc(found.id),
    )
    .limit(LOOKUP_LIMIT + 1);

  const results = rows.slice(0, LOOKUP_LIMIT).map((r): CertificateLookupResult => ({
    id: r.id,
    stars: r.stars,
    proposedForFive: r.proposedForFive,
    // Never null here: the query keeps recognitions only.
    decisionNumber: r.decisionNumber ?? "",
    decisionDate: r.decisionDate,
    validUntil: r.validUntil,
    issuingLevel: r.issuingLevel,
    issuingBody: r.issuingBody,
    status: lookupStatus(r, today),
    revokedReason: r.revokedReason,
    revokedBy:
      r.revokeDecisionNumber !== null &&
      r.revokeDecisionDate !== null &&
      r.revokeIssuingBody !== null &&
      r.groundNameVi !== null &&
      r.groundNameEn !== null
        ? {
            decisionNumber: r.revokeDecisionNumber,
            decisionDate: r.revokeDecisionDate,
            issuingBody: r.revokeIssuingBody,
            groundVi: r.groundNameVi,
            groundEn: r.groundNameEn,
          }
        : null,
    supersededBy:
      r.nextDecisionNumber !== null && r.nextDecisionDate !== null && r.nextStars !== null
        ? {
            decisionNumber: r.nextDecisionNumber,
            decisionDate: r.nextDecisionDate,
            stars: r.nextStars,
          }
        : null,
    product: {
      slug: r.productSlug,
      nameVi: r.productNameVi,
      nameEn: r.productNameEn,
      visible: r.productVisible,
    },
    producer: {
      name: r.producerName,
      slug: r.producerSlug,
      active: r.producerStatus === "active",
      provinceName: r.provinceName,
    },
  }));
  return { kind: "results", q, results, truncated: rows.length > LOOKUP_LIMIT };
}
