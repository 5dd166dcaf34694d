/**
 * The public certificate lookup's shapes, limits and status rule, shared by the server
 * (certificate/lookup.server.ts) and the page that shows the results.
 */
import type { CertificateStatus, IssuingLevel } from "../../../db/schema";
import { addDays } from "../../lib/dates";

export const LOOKUP_MAX_LENGTH = 100;
export const LOOKUP_MIN_LENGTH = 2;
export const LOOKUP_LIMIT = 50;
/** The issuer warns the producer this many days ahead; the lookup warns the buyer alike. */
export const EXPIRING_WITHIN_DAYS = 30;

export type LookupStatus = "valid" | "expiring" | "expired" | "revoked" | "superseded";

/**
 * What a certificate means today. Revoked and superseded come first: a withdrawn or replaced
 * decision says so whatever its date; otherwise the date decides.
 */
export function lookupStatus(
  c: { status: CertificateStatus; validUntil: string },
  today: string,
): LookupStatus {
  if (c.status === "revoked") return "revoked";
  if (c.status === "superseded") return "superseded";
  if (c.validUntil < today) return "expired";
  if (c.validUntil <= addDays(today, EXPIRING_WITHIN_DAYS)) return "expiring";
  return "valid";
}

export type CertificateLookupResult = {
  id: number;
  stars: number;
  /** 4★ at the province with 90+ points (148, 1489): proposed for 5★. */
  proposedForFive: boolean;
  decisionNumber: string;
  decisionDate: string;
  validUntil: string;
  issuingLevel: IssuingLevel;
  issuingBody: string;
  status: LookupStatus;
  revokedReason: string | null;
  /** The revoking decision, when recorded as one; the ground in both languages. */
  revokedBy: {
    decisionNumber: string;
    decisionDate: string;
    issuingBody: string;
    groundVi: string;
    groundEn: string;
  } | null;
  supersededBy: { decisionNumber: string; decisionDate: string; stars: number } | null;
  product: {
    slug: string;
    nameVi: string;
    nameEn: string | null;
    /** Linked only when the public may see the product today. */
    visible: boolean;
  };
  producer: { name: string; slug: string; active: boolean; provinceName: string };
};

export type CertificateLookup =
  | { kind: "empty" }
  | { kind: "invalid"; q: string; reason: "tooShort" | "tooLong" }
  | { kind: "results"; q: string; results: CertificateLookupResult[]; truncated: boolean };
