/**
 * Input schemas of the legal texts: the administrator's edit form and the consent box of the
 * sign-up and checkout forms. Messages are translation keys.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { integerField } from "../../lib/params";

const key = (k: MessageKey) => k;

/** The value a ticked consent box sends; the box is never ticked for the person. */
export const CONSENT_VALUE = "yes";

/**
 * An explicit consent to the privacy notice (Decree 13/2023/NĐ-CP art. 11: a clear, affirmative
 * act; silence is not consent). Absent or anything else is the field's error.
 */
export const privacyConsentField = z
  .string({
    required_error: key("legal.error.privacyConsent"),
    invalid_type_error: key("legal.error.privacyConsent"),
  })
  .refine((v) => v === CONSENT_VALUE, key("legal.error.privacyConsent"))
  .transform(() => true as const);

export const TITLE_MAX = 200;
export const BODY_MIN = 20;
/** The form reader refuses any longer field (FORM_TEXT_MAX): a long rule book still fits. */
export const BODY_MAX = 20_000;
/**
 * The edit form's body limit at the HTTP server: two bodies at their longest, URL-encoded
 * (a Vietnamese letter is up to 9 bytes as %XX%XX%XX), with room for the rest.
 */
export const LEGAL_FORM_MAX_BYTES = 512 * 1024;

const title = (tooShort: MessageKey) =>
  z
    .string({ required_error: tooShort })
    .trim()
    .min(3, tooShort)
    .max(TITLE_MAX, key("admin.legal.error.titleLength"));
const body = (tooShort: MessageKey) =>
  z
    .string({ required_error: tooShort })
    // Line ends as typed on any system, trailing blanks dropped.
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(BODY_MIN, tooShort).max(BODY_MAX, key("admin.legal.error.bodyLength")));

/** The administrator's edit: both languages, and the version the edit started from. */
export const legalDocumentSchema = z.object({
  titleVi: title(key("admin.legal.error.titleViRequired")),
  titleEn: title(key("admin.legal.error.titleEnRequired")),
  bodyVi: body(key("admin.legal.error.bodyViRequired")),
  bodyEn: body(key("admin.legal.error.bodyEnRequired")),
  baseVersion: integerField(key("admin.legal.error.baseVersion"), { min: 1, max: 1_000_000 }),
});

export type LegalDocumentInput = z.infer<typeof legalDocumentSchema>;
export const LEGAL_DOCUMENT_FIELDS = [
  "titleVi",
  "titleEn",
  "bodyVi",
  "bodyEn",
  "baseVersion",
] as const;
