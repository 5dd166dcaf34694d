/**
 * Who recorded what, in the demo: the revoked honey's revocation as the decision it was (number,
 * date, body, ground), and one renewal that the commune official of Sông Lô prepared and that
 * awaits the province of Phú Thọ (the workspace's "awaiting confirmation" list shows it).
 */
import { and, eq, sql } from "drizzle-orm";
import { legalBasisOn, type NewDecision } from "../../app/domain/certificate/schemas";
import { addDays } from "../../app/lib/dates";
import { CERTIFICATE_ENTRY_LIFECYCLE } from "../../app/domain/certificate/entry-lifecycle";
import { recordedState } from "../../app/domain/lifecycle/lifecycle";
import type { Db } from "../client";
import { LEGAL_BASES } from "../reference";
import { certificateEntries, certificates, places, producers, products, users } from "../schema";

/** The demo revocation: the honey whose sucrose exceeded what its producer declared. */
export const DEMO_REVOCATION = {
  slug: "mat-ong-hoa-dieu-bu-dang",
  decisionNumber: "318/QĐ-UBND",
  ground: "khong-duy-tri-chat-luong",
} as const;

/** The renewal the commune prepared, awaiting the province. */
export const DEMO_PREPARED = {
  slug: "tra-la-oi-song-lo",
  decisionNumber: "2207/QĐ-UBND",
  score: 62,
} as const;

async function userId(db: Db, email: string): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`demo account ${email} missing`);
  return row.id;
}

async function certificateOf(db: Db, slug: string, status: "active" | "revoked") {
  const [row] = await db
    .select({
      id: certificates.id,
      productId: certificates.productId,
      stars: certificates.stars,
      decisionDate: certificates.decisionDate,
      revokedAt: certificates.revokedAt,
      provinceName: places.name,
    })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(places, eq(places.code, producers.provinceCode))
    .where(and(eq(products.slug, slug), eq(certificates.status, status)));
  return row ?? null;
}

/** Runs once: nothing is added when entries exist already. */
export async function seedCertificateEntries(db: Db, today: string): Promise<number> {
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(certificateEntries);
  if (n > 0) return 0;
  const admin = await userId(db, "admin@demo.cho-ocop.vn");
  const commune = await userId(db, "songlo@demo.cho-ocop.vn");
  let added = 0;

  const revoked = await certificateOf(db, DEMO_REVOCATION.slug, "revoked");
  if (revoked?.revokedAt) {
    const at = revoked.revokedAt;
    const date = at.toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
    const basis = legalBasisOn(date, LEGAL_BASES);
    if (basis) {
      await db.insert(certificateEntries).values({
        productId: revoked.productId,
        kind: "revocation",
        status: recordedState(CERTIFICATE_ENTRY_LIFECYCLE, "confirmed"),
        certificateId: revoked.id,
        revokeDecisionNumber: DEMO_REVOCATION.decisionNumber,
        revokeDecisionDate: date < revoked.decisionDate ? revoked.decisionDate : date,
        revokeIssuingBody: `UBND ${revoked.provinceName}`,
        revokeIssuingLevel: "province",
        revokeGroundBasis: basis.code,
        revokeGroundCode: DEMO_REVOCATION.ground,
        direct: true,
        preparedById: admin,
        preparedAt: at,
        decidedById: admin,
        decidedAt: at,
      });
      added++;
    }
  }

  const current = await certificateOf(db, DEMO_PREPARED.slug, "active");
  const date = addDays(today, -2);
  const basis = legalBasisOn(date, LEGAL_BASES);
  if (current && basis && current.decisionDate < date) {
    const decision: NewDecision = {
      score: DEMO_PREPARED.score,
      stars: current.stars,
      decisionNumber: DEMO_PREPARED.decisionNumber,
      decisionDate: date,
      issuingBody: "UBND tỉnh Phú Thọ",
      issuingLevel: "province",
      legalBasisCode: basis.code,
    } as NewDecision;
    await db.insert(certificateEntries).values({
      productId: current.productId,
      kind: "decision",
      status: recordedState(CERTIFICATE_ENTRY_LIFECYCLE, "prepared"),
      decision,
      preparedById: commune,
      preparedAt: new Date(`${addDays(today, -1)}T09:30:00+07:00`),
    });
    added++;
  }
  return added;
}
