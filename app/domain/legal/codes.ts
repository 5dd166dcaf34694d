/**
 * The marketplace's legal texts (decision 0028) and where each is read: `/legal/<code>`.
 * Pure, so the footer and the forms can link them without reaching the database.
 */
import type { MessageKey } from "../../i18n/index";

export const LEGAL_CODES = ["operating-rules", "privacy", "contact", "operator"] as const;
export type LegalCode = (typeof LEGAL_CODES)[number];

/** The text a person consents to at sign-up and checkout (Decree 13/2023/NĐ-CP). */
export const PRIVACY_CODE = "privacy" satisfies LegalCode;

/** Short link labels, in footer order. */
export const LEGAL_LINKS: readonly { code: LegalCode; label: MessageKey }[] = [
  { code: "operating-rules", label: "legal.link.operating-rules" },
  { code: "privacy", label: "legal.link.privacy" },
  { code: "contact", label: "legal.link.contact" },
  { code: "operator", label: "legal.link.operator" },
];

export function legalPath(code: LegalCode): string {
  return `/legal/${code}`;
}

export function parseLegalCode(raw: unknown): LegalCode | null {
  return typeof raw === "string" && (LEGAL_CODES as readonly string[]).includes(raw)
    ? (raw as LegalCode)
    : null;
}
