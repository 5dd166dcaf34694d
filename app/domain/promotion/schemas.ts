/**
 * The fair, showroom and catalogue-entry forms: one zod schema each, shared by the pages and
 * the server. Messages are translation keys. Whether a unit is in the official's scope, or a
 * commune in the chosen province, is data: the domain module checks it against the database.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { normaliseVietnamesePhone } from "../order/checkout-schema";
import { idField, parseIsoDate } from "../../lib/params";

const key = (k: MessageKey) => k;

// Spelled out here (not imported from the schema) so the browser bundle stays free of drizzle;
// promotion.server.ts checks at compile time that the two lists agree.
export const LOCATION_TYPES = [
  "station",
  "highway_rest_stop",
  "market",
  "shopping_centre",
  "tourist_site",
  "craft_village",
  "post_office",
  "other",
] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export function isLocationType(value: unknown): value is LocationType {
  return typeof value === "string" && (LOCATION_TYPES as readonly string[]).includes(value);
}

/** A form's empty field is "": an optional text is then absent (null in the database). */
const optionalText = (max: number, message: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : null));

const requiredText = (min: number, max: number, message: MessageKey) =>
  z.string({ required_error: message }).trim().min(min, message).max(max, message);

/** A real calendar day as YYYY-MM-DD (what <input type="date"> sends), within sane years. */
export function isCalendarDate(value: string): boolean {
  if (parseIsoDate(value) === null) return false;
  const year = Number(value.slice(0, 4));
  return year >= 2000 && year <= 2100;
}

const calendarDate = (message: MessageKey) =>
  z.string({ required_error: message }).trim().refine(isCalendarDate, message);

/**
 * A cover image: a path on this site ("/images/…", e.g. from storage or generated art) or an
 * https address. Never another scheme: the value ends up in an <img src>.
 */
export function isSafeImageRef(value: string): boolean {
  if (/^\/(?!\/)[A-Za-z0-9._~\-/%]*$/.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && !url.username && !url.password;
  } catch {
    return false;
  }
}

const coverImage = z
  .string()
  .trim()
  .max(500, key("promo.admin.error.coverImage"))
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isSafeImageRef(v), key("promo.admin.error.coverImage"));

const unitCode = z
  .string({ required_error: key("promo.admin.error.organiser") })
  .regex(/^([0-9]{2}|[0-9]{5})$/, key("promo.admin.error.organiser"));

const provinceCode = z
  .string({ required_error: key("promo.admin.error.province") })
  .regex(/^[0-9]{2}$/, key("promo.admin.error.province"));

const fairShape = z.object({
  nameVi: requiredText(3, 160, key("promo.admin.error.nameVi")),
  nameEn: optionalText(160, key("promo.admin.error.nameEn")),
  venue: requiredText(3, 200, key("promo.admin.error.venue")),
  provinceCode,
  startsOn: calendarDate(key("promo.admin.error.startsOn")),
  endsOn: calendarDate(key("promo.admin.error.endsOn")),
  descriptionVi: requiredText(10, 4000, key("promo.admin.error.descriptionVi")),
  descriptionEn: optionalText(4000, key("promo.admin.error.descriptionEn")),
  coverImage,
  organiserPlaceCode: unitCode,
});
export const fairSchema = fairShape.superRefine((v, ctx) => {
  if (v.endsOn < v.startsOn) {
    ctx.addIssue({
      code: "custom",
      path: ["endsOn"],
      message: key("promo.admin.error.endsBefore"),
    });
  }
});
export type FairInput = z.infer<typeof fairSchema>;
/** A form's fields are its schema's keys (the form sends each of them, empty or not). */
export const FAIR_FIELDS = fairShape.keyof().options;

export const showroomSchema = z.object({
  nameVi: requiredText(3, 160, key("promo.admin.error.nameVi")),
  nameEn: optionalText(160, key("promo.admin.error.nameEn")),
  provinceCode,
  communeCode: z
    .string({ required_error: key("promo.admin.error.commune") })
    .regex(/^[0-9]{5}$/, key("promo.admin.error.commune")),
  address: requiredText(5, 200, key("promo.admin.error.address")),
  locationType: z.enum(LOCATION_TYPES, {
    errorMap: () => ({ message: key("promo.admin.error.locationType") }),
  }),
  openingHours: requiredText(3, 120, key("promo.admin.error.openingHours")),
  contactPhone: z
    .string()
    .max(30, key("promo.admin.error.phone"))
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const phone = normaliseVietnamesePhone(v);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: key("promo.admin.error.phone") });
        return z.NEVER;
      }
      return phone;
    }),
  contactEmail: z
    .string()
    .trim()
    .max(254, key("promo.admin.error.email"))
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine(
      (v) => v === null || z.string().email().safeParse(v).success,
      key("promo.admin.error.email"),
    ),
  descriptionVi: requiredText(10, 4000, key("promo.admin.error.descriptionVi")),
  descriptionEn: optionalText(4000, key("promo.admin.error.descriptionEn")),
  coverImage,
  organiserPlaceCode: unitCode,
});
export type ShowroomInput = z.infer<typeof showroomSchema>;
export const SHOWROOM_FIELDS = showroomSchema.keyof().options;

/** A booth or shelf code as printed on the stand: "A-12", "Kệ 3", "B2/05". */
export const ENTRY_CODE_MAX = 20;
export const entrySchema = z.object({
  productId: idField(key("promo.admin.error.product")),
  code: z
    .string()
    .trim()
    .max(ENTRY_CODE_MAX, key("promo.admin.error.code"))
    .regex(/^[\p{L}\p{N} .\-/#]*$/u, key("promo.admin.error.code"))
    .optional()
    .transform((v) => (v ? v : null)),
  featured: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true" || v === "1"),
});
export type EntryInput = z.infer<typeof entrySchema>;

export const productIdSchema = entrySchema.shape.productId;

/** What the public pages' showroom filter accepts; anything malformed is simply dropped. */
export function parseShowroomFilters(search: URLSearchParams): {
  province: string | null;
  type: LocationType | null;
} {
  const province = search.get("province");
  const type = search.get("type");
  return {
    province: province && /^[0-9]{2}$/.test(province) ? province : null,
    type: isLocationType(type) ? type : null,
  };
}

/** Slugs of fairs and showrooms in URLs. */
export const PROMO_SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Which kind of promotion a form or a route is about (the schema's list, spelled out here). */
export type PromotionKind = "fair" | "showroom";

/** A fair's or a showroom's form, as the domain's one create and update take it. */
export type PromotionInput =
  ({ kind: "fair" } & FairInput) | ({ kind: "showroom" } & ShowroomInput);

/** Where a kind's pages live: the public ones and the workspace's. */
export const PROMOTION_PATHS = {
  fair: { public: "/fairs", admin: "/admin/fairs" },
  showroom: { public: "/showrooms", admin: "/admin/showrooms" },
} as const satisfies Record<PromotionKind, { public: string; admin: string }>;

/** Each kind's form: its fields (in the order the form shows them) and its schema. */
export const PROMOTION_FORMS = {
  fair: { fields: FAIR_FIELDS, schema: fairSchema },
  showroom: { fields: SHOWROOM_FIELDS, schema: showroomSchema },
} as const;

/** The form's fields of one kind, validated: the input with its kind, or zod's error. */
export function parsePromotionForm(
  kind: PromotionKind,
  raw: Record<string, string | undefined>,
): { success: true; data: PromotionInput } | { success: false; error: z.ZodError } {
  if (kind === "fair") {
    const parsed = fairSchema.safeParse(raw);
    return parsed.success
      ? { success: true, data: { kind, ...parsed.data } }
      : { success: false, error: parsed.error };
  }
  const parsed = showroomSchema.safeParse(raw);
  return parsed.success
    ? { success: true, data: { kind, ...parsed.data } }
    : { success: false, error: parsed.error };
}
