/**
 * The producer form of the official workspace (onboard and edit share it). Messages are
 * translation keys. Whether the commune lies in the province and in the official's scope is
 * checked against the database by producer/register.server.ts, since places are data.
 */
import { z } from "zod";
import type { LegalForm } from "../../../db/schema";
import type { MessageKey } from "../../i18n/index";
import { parsePage } from "../../lib/params";
import { normaliseVietnamesePhone } from "../order/checkout-schema";

const key = (k: MessageKey) => k;

// Spelled out here (not imported from the schema) so a page importing this stays free of drizzle.
export const PRODUCER_LEGAL_FORMS = [
  "cooperative",
  "cooperative_group",
  "enterprise",
  "household",
] as const satisfies readonly LegalForm[];

export const PRODUCER_STATUSES = ["active", "suspended"] as const;
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

export const PRODUCER_FIELDS = [
  "name",
  "legalForm",
  "provinceCode",
  "communeCode",
  "addressPrinted",
  "storyVi",
  "storyEn",
  "representative",
  "phone",
  "email",
  "website",
] as const;
export type ProducerField = (typeof PRODUCER_FIELDS)[number];

export const STORY_MAX = 5000;

/** An optional text: trimmed, empty becomes null. */
function optionalText(max: number, message: MessageKey) {
  return z
    .string()
    .optional()
    .transform((v) => v?.trim() ?? "")
    .pipe(z.string().max(max, message))
    .transform((v) => (v === "" ? null : v));
}

/** Only http and https: a `javascript:` or `data:` link must never reach a public profile. */
export function normaliseWebsite(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".")) return null;
    return url.toString();
  } catch {
    return null;
  }
}

export const producerFormSchema = z.object({
  name: z
    .string({ required_error: key("admin.error.nameRequired") })
    .trim()
    .min(2, key("admin.error.nameRequired"))
    .max(200, key("admin.error.nameTooLong")),
  legalForm: z.enum(PRODUCER_LEGAL_FORMS, {
    errorMap: () => ({ message: key("admin.error.legalForm") }),
  }),
  provinceCode: z
    .string({ required_error: key("admin.error.provinceRequired") })
    .regex(/^[0-9]{2}$/, key("admin.error.provinceRequired")),
  communeCode: z
    .string({ required_error: key("admin.error.communeRequired") })
    .regex(/^[0-9]{5}$/, key("admin.error.communeRequired")),
  addressPrinted: z
    .string({ required_error: key("admin.error.addressLength") })
    .trim()
    .min(5, key("admin.error.addressLength"))
    .max(300, key("admin.error.addressLength")),
  storyVi: z
    .string({ required_error: key("admin.error.storyViRequired") })
    .trim()
    .min(20, key("admin.error.storyViRequired"))
    .max(STORY_MAX, key("admin.error.storyTooLong")),
  storyEn: optionalText(STORY_MAX, "admin.error.storyTooLong"),
  representative: optionalText(100, "admin.error.representativeTooLong"),
  phone: optionalText(30, "admin.error.phoneInvalid").transform((v, ctx) => {
    if (v === null) return null;
    const phone = normaliseVietnamesePhone(v);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: key("admin.error.phoneInvalid") });
      return z.NEVER;
    }
    return phone;
  }),
  email: optionalText(254, "admin.error.emailInvalid")
    .pipe(z.string().email(key("admin.error.emailInvalid")).nullable())
    .transform((v) => v?.toLowerCase() ?? null),
  website: optionalText(300, "admin.error.websiteInvalid").transform((v, ctx) => {
    if (v === null) return null;
    const url = normaliseWebsite(v);
    if (!url) {
      ctx.addIssue({ code: "custom", message: key("admin.error.websiteInvalid") });
      return z.NEVER;
    }
    return url;
  }),
});

export type ProducerInput = z.infer<typeof producerFormSchema>;

/** The invitation form: who the new producer member is. */
export const inviteFormSchema = z.object({
  memberName: z
    .string({ required_error: key("admin.error.memberNameRequired") })
    .trim()
    .min(1, key("admin.error.memberNameRequired"))
    .max(100, key("admin.error.memberNameTooLong")),
  memberEmail: z
    .string({ required_error: key("admin.error.memberEmailInvalid") })
    .trim()
    .min(1, key("admin.error.memberEmailInvalid"))
    .max(254, key("admin.error.memberEmailInvalid"))
    .email(key("admin.error.memberEmailInvalid"))
    .transform((v) => v.toLowerCase()),
});

/** The official producer list's query; anything malformed is dropped, never a 500. */
const adminProducerQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  province: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional()
    .catch(undefined),
  commune: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional()
    .catch(undefined),
  status: z.enum(PRODUCER_STATUSES).optional().catch(undefined),
  page: z.unknown().transform((v) => (v === undefined ? undefined : parsePage(v))),
});

export type AdminProducerQuery = z.infer<typeof adminProducerQuerySchema>;

export function parseAdminProducerQuery(query: URLSearchParams): AdminProducerQuery {
  return adminProducerQuerySchema.parse(
    Object.fromEntries(
      ["q", "province", "commune", "status", "page"].map((k) => [k, query.get(k) || undefined]),
    ),
  );
}
