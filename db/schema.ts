import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/**
 * Today's administrative map (QĐ 19/2025/QĐ-TTg): 34 provinces and 3,321 communes/wards,
 * keyed by official code (2-digit province, 5-digit commune). Names repeat, codes do not.
 */
export const places = pgTable(
  "places",
  {
    code: text("code").primaryKey(),
    level: text("level", { enum: ["province", "commune"] }).notNull(),
    /** As officially written, e.g. "Thành phố Hà Nội", "Xã Phú Xuyên". */
    name: text("name").notNull(),
    /** Name without the unit type, e.g. "Hà Nội", "Phú Xuyên". */
    shortName: text("short_name").notNull(),
    /** "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu". */
    unitType: text("unit_type").notNull(),
    parentCode: text("parent_code").references((): AnyPgColumn => places.code),
    /** Province code for both levels (a province's own code), so filters need no recursion. */
    provinceCode: text("province_code").notNull(),
    slug: text("slug").notNull(),
  },
  (t) => [
    index("places_parent_idx").on(t.parentCode),
    index("places_province_idx").on(t.provinceCode),
    check(
      "places_code_shape",
      sql`(${t.level} = 'province' and ${t.code} ~ '^[0-9]{2}$') or (${t.level} = 'commune' and ${t.code} ~ '^[0-9]{5}$')`,
    ),
  ],
);

/**
 * Units that existed before 1 July 2025 (63 provinces, their districts, old communes) and
 * that older certificates name. Old communes keep their official code; old provinces and
 * districts are keyed by a stable slug since the source data does not carry their codes.
 */
export const legacyPlaces = pgTable(
  "legacy_places",
  {
    id: text("id").primaryKey(),
    level: text("level", { enum: ["province", "district", "commune"] }).notNull(),
    name: text("name").notNull(),
    parentId: text("parent_id").references((): AnyPgColumn => legacyPlaces.id),
    /** Today's province this unit lies in, where the mapping is known and unambiguous. */
    currentProvinceCode: text("current_province_code").references(() => places.code),
    /** Today's commune an old commune was merged into, where known. */
    currentCommuneCode: text("current_commune_code").references(() => places.code),
  },
  (t) => [index("legacy_places_parent_idx").on(t.parentId)],
);

/** The legal texts OCOP rules were issued under; every certificate names one. */
export const legalBases = pgTable(
  "legal_bases",
  {
    code: text("code").primaryKey(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    /** "148/QĐ-TTg", as signed. */
    documentNumber: text("document_number"),
    signedOn: date("signed_on"),
    /** programme | criteria | amendment (db/reference/legal-bases.ts LEGAL_TEXT_KINDS). */
    textKind: text("text_kind").notNull().default("criteria"),
    /** Where the number and the date were read. */
    source: text("source"),
    /** primary: the text itself; secondary: reporting or projects citing it. */
    sourceKind: text("source_kind").notNull().default("secondary"),
  },
  (t) => [
    check("legal_bases_text_kind", sql`${t.textKind} in ('programme', 'criteria', 'amendment')`),
    check("legal_bases_source_kind", sql`${t.sourceKind} in ('primary', 'secondary')`),
  ],
);

/** Product groups ("ngành") as versioned data: a group belongs to the scheme of one legal basis. */
export const productGroups = pgTable(
  "product_groups",
  {
    id: serial("id").primaryKey(),
    legalBasisCode: text("legal_basis_code")
      .notNull()
      .references(() => legalBases.code),
    /** Stable across versions ("thuc-pham"); used in URLs. */
    code: text("code").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    sortOrder: smallint("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("product_groups_basis_code_uq").on(t.legalBasisCode, t.code)],
);

/** Product sets ("bộ sản phẩm") within a group. */
export const productSets = pgTable(
  "product_sets",
  {
    id: serial("id").primaryKey(),
    groupId: integer("group_id")
      .notNull()
      .references(() => productGroups.id),
    code: text("code").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    /** The "nhóm" inside the group, where the scheme has that level (26/2026); else null. */
    subgroupVi: text("subgroup_vi"),
    subgroupEn: text("subgroup_en"),
    sortOrder: smallint("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("product_sets_group_code_uq").on(t.groupId, t.code),
    index("product_sets_group_idx").on(t.groupId),
  ],
);

export const LEGAL_FORMS = ["cooperative", "cooperative_group", "enterprise", "household"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Chủ thể OCOP: the cooperative, group, enterprise or household that owns products. */
export const producers = pgTable(
  "producers",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    legalForm: text("legal_form", { enum: LEGAL_FORMS }).notNull(),
    communeCode: text("commune_code")
      .notNull()
      .references(() => places.code),
    /** Province of the commune, kept beside it so catalogue filters need no extra join. */
    provinceCode: text("province_code")
      .notNull()
      .references(() => places.code),
    /** Street address as the producer writes it (may still name an old district). */
    addressPrinted: text("address_printed").notNull(),
    storyVi: text("story_vi").notNull(),
    storyEn: text("story_en"),
    representative: text("representative"),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    status: text("status", { enum: ["active", "suspended"] })
      .notNull()
      .default("active"),
    /**
     * A shipment whose items reach this many đồng ships free (the producer pays the carrier);
     * null: the producer offers no free shipping. See app/domain/order/shipping.ts.
     */
    freeShippingFromVnd: integer("free_shipping_from_vnd"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("producers_commune_idx").on(t.communeCode),
    index("producers_province_idx").on(t.provinceCode),
    check(
      "producers_free_shipping_positive",
      sql`${t.freeShippingFromVnd} is null or ${t.freeShippingFromVnd} > 0`,
    ),
  ],
);

export type ProductImage = {
  src: string;
  /** A smaller copy for cards (uploaded photos: 480 px wide WebP); absent for generated art. */
  thumbSrc?: string;
  altVi: string;
  altEn: string;
};

export const products = pgTable(
  "products",
  {
    id: serial("id").primaryKey(),
    producerId: integer("producer_id")
      .notNull()
      .references(() => producers.id),
    slug: text("slug").notNull().unique(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en"),
    productSetId: integer("product_set_id")
      .notNull()
      .references(() => productSets.id),
    descriptionVi: text("description_vi").notNull(),
    descriptionEn: text("description_en"),
    /** Unit or package as sold, e.g. "Chai 500 ml". */
    unitVi: text("unit_vi").notNull(),
    unitEn: text("unit_en"),
    /** Whole đồng: VND has no minor unit. */
    priceVnd: integer("price_vnd").notNull(),
    stock: integer("stock").notNull().default(0),
    /** Weight of one unit as packed for the carrier, in grams: the shipping fee follows it. */
    packedWeightGrams: integer("packed_weight_grams").notNull().default(500),
    /**
     * Alcohol strength in % by volume, one decimal; null for a product that is not a drink with
     * alcohol. 15% and more falls under Law 44/2019: age confirmation at checkout, never featured
     * or promoted, no free shipping (decision 0027, app/domain/product/alcohol.ts).
     */
    alcoholPercent: numeric("alcohol_percent", { precision: 4, scale: 1, mode: "number" }),
    images: jsonb("images").$type<ProductImage[]>().notNull().default([]),
    listingStatus: text("listing_status", { enum: ["listed", "unlisted"] })
      .notNull()
      .default("listed"),
    /**
     * Folded text of everything a shopper may type to find the product (names, producer,
     * places old and new, group and set). Maintained by a database trigger, never by hand:
     * see migration 0002 and search/embedded.ts.
     */
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("products_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("products_price_nonneg", sql`${t.priceVnd} >= 0`),
    check("products_stock_nonneg", sql`${t.stock} >= 0`),
    check("products_packed_weight_range", sql`${t.packedWeightGrams} between 1 and 50000`),
    check("products_alcohol_percent_range", sql`${t.alcoholPercent} between 0 and 100`),
    index("products_producer_idx").on(t.producerId),
    index("products_set_idx").on(t.productSetId),
    index("products_created_idx").on(t.createdAt),
    index("products_price_idx").on(t.priceVnd),
  ],
);

export const ISSUING_LEVELS = ["ministry", "province", "district"] as const;
export type IssuingLevel = (typeof ISSUING_LEVELS)[number];
export const CERTIFICATE_STATUSES = ["active", "revoked", "superseded"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * A certificate belongs to one product, never to a producer. At most one is active per
 * product; a renewal or regrade supersedes the previous one. Valid for 36 months.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: serial("id").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    stars: smallint("stars").notNull(),
    /** Council score out of 100; older records may only carry the stars. */
    score: smallint("score"),
    /** Null for an evaluation result (1–2★ or not achieved under 1489 and 26/2026): not a decision. */
    decisionNumber: text("decision_number"),
    decisionDate: date("decision_date").notNull(),
    issuingLevel: text("issuing_level", { enum: ISSUING_LEVELS }).notNull(),
    issuingBody: text("issuing_body").notNull(),
    legalBasisCode: text("legal_basis_code")
      .notNull()
      .references(() => legalBases.code),
    /** decision date + 36 months, computed by the database so it can never disagree. */
    validUntil: date("valid_until")
      .notNull()
      .generatedAlwaysAs(sql`((decision_date + interval '36 months')::date)`),
    status: text("status", { enum: CERTIFICATE_STATUSES }).notNull().default("active"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
    supersededById: integer("superseded_by_id").references((): AnyPgColumn => certificates.id),
    /** False: the council found a mandatory criterion failed ("không đạt"), whatever the score. */
    achieved: boolean("achieved").notNull().default(true),
    /** 4★ at the province with 90+ points (148, 1489): proposed to the ministry for 5★. */
    proposedForFive: boolean("proposed_for_five").notNull().default(false),
    /** The producer's address exactly as printed on the certificate (may name old units). */
    addressPrinted: text("address_printed"),
    /** The former unit the certificate names, for certificates issued before July 2025. */
    legacyPlaceId: text("legacy_place_id").references(() => legacyPlaces.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("certificates_stars_range", sql`${t.stars} between 1 and 5`),
    check(
      "certificates_score_band",
      sql`${t.score} is null or (${t.score} between 0 and 100 and (not ${t.achieved} or ${t.stars} = case when ${t.score} >= 90 then (case when ${t.proposedForFive} then 4 else 5 end) when ${t.score} >= 70 then 4 when ${t.score} >= 50 then 3 when ${t.score} >= 30 then 2 else 1 end))`,
    ),
    check(
      "certificates_proposed_for_five",
      sql`not ${t.proposedForFive} or (${t.achieved} and ${t.stars} = 4 and ${t.score} >= 90 and ${t.issuingLevel} = 'province')`,
    ),
    check("certificates_not_achieved_score", sql`${t.achieved} or ${t.score} is not null`),
    check(
      "certificates_decision_number",
      sql`${t.decisionNumber} is not null or ${t.stars} < 3 or not ${t.achieved}`,
    ),
    check(
      "certificates_revoked_reason",
      sql`${t.status} <> 'revoked' or ${t.revokedReason} is not null`,
    ),
    uniqueIndex("certificates_one_active_uq")
      .on(t.productId)
      .where(sql`${t.status} = 'active'`),
    index("certificates_product_idx").on(t.productId),
    index("certificates_decision_idx").on(t.decisionNumber),
  ],
);

/**
 * Grounds for revoking an OCOP certificate, as versioned reference data keyed by the legal
 * basis in force on the revoking decision's date and a stable code (db/reference/revocation-grounds.ts).
 */
export const revocationGrounds = pgTable(
  "revocation_grounds",
  {
    legalBasisCode: text("legal_basis_code")
      .notNull()
      .references(() => legalBases.code),
    code: text("code").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    /** Where the ground was read, and whether that is the legal text itself or a secondary source. */
    source: text("source").notNull(),
    sourceKind: text("source_kind", { enum: ["primary", "secondary"] }).notNull(),
    sortOrder: smallint("sort_order").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.legalBasisCode, t.code] })],
);

export const CERTIFICATE_ENTRY_KINDS = ["decision", "revocation"] as const;
export type CertificateEntryKind = (typeof CERTIFICATE_ENTRY_KINDS)[number];
export const CERTIFICATE_ENTRY_STATUSES = ["prepared", "confirmed", "returned"] as const;
export type CertificateEntryStatus = (typeof CERTIFICATE_ENTRY_STATUSES)[number];

/**
 * Who recorded what about a product's certificates: a new decision (onboarding, renewal,
 * regrade) or a revocation. A commune official prepares (status "prepared", nothing public);
 * the province official confirms it (then it takes effect) or returns it with a reason.
 * Entries of province officials and administrators are confirmed at once (`direct`).
 * A revocation entry carries the revoking decision; a decision entry carries the proposed
 * decision as checked by the form (`decision`) and, once confirmed, the certificate it made.
 */
export const certificateEntries = pgTable(
  "certificate_entries",
  {
    id: serial("id").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    kind: text("kind", { enum: CERTIFICATE_ENTRY_KINDS }).notNull(),
    status: text("status", { enum: CERTIFICATE_ENTRY_STATUSES }).notNull(),
    /** Decision: the certificate made on confirmation. Revocation: the certificate revoked. */
    certificateId: integer("certificate_id").references(() => certificates.id),
    /** Decision entries: the decision as the form checked it (stars, score, number, date…). */
    decision: jsonb("decision"),
    revokeDecisionNumber: text("revoke_decision_number"),
    revokeDecisionDate: date("revoke_decision_date"),
    revokeIssuingBody: text("revoke_issuing_body"),
    revokeIssuingLevel: text("revoke_issuing_level", { enum: ISSUING_LEVELS }),
    revokeGroundBasis: text("revoke_ground_basis"),
    revokeGroundCode: text("revoke_ground_code"),
    revokeNote: text("revoke_note"),
    /** True when the entry took effect at once (a province official's or administrator's own). */
    direct: boolean("direct").notNull().default(false),
    preparedById: integer("prepared_by_id")
      .notNull()
      .references(() => users.id),
    preparedAt: timestamp("prepared_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who confirmed or returned it, and when. */
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    returnReason: text("return_reason"),
  },
  (t) => [
    foreignKey({
      columns: [t.revokeGroundBasis, t.revokeGroundCode],
      foreignColumns: [revocationGrounds.legalBasisCode, revocationGrounds.code],
      name: "certificate_entries_ground_fk",
    }),
    check(
      "certificate_entries_revocation_shape",
      sql`${t.kind} <> 'revocation' or (${t.certificateId} is not null and ${t.revokeDecisionNumber} is not null and ${t.revokeDecisionDate} is not null and ${t.revokeIssuingBody} is not null and ${t.revokeIssuingLevel} is not null and ${t.revokeGroundBasis} is not null and ${t.revokeGroundCode} is not null)`,
    ),
    check(
      "certificate_entries_decision_shape",
      sql`${t.kind} <> 'decision' or ${t.decision} is not null`,
    ),
    check(
      "certificate_entries_decided",
      sql`${t.status} = 'prepared' or (${t.decidedById} is not null and ${t.decidedAt} is not null)`,
    ),
    check(
      "certificate_entries_returned_reason",
      sql`${t.status} <> 'returned' or ${t.returnReason} is not null`,
    ),
    uniqueIndex("certificate_entries_one_open_uq")
      .on(t.productId)
      .where(sql`${t.status} = 'prepared'`),
    uniqueIndex("certificate_entries_one_revocation_uq")
      .on(t.certificateId)
      .where(sql`${t.kind} = 'revocation' and ${t.status} = 'confirmed'`),
    index("certificate_entries_product_idx").on(t.productId),
    index("certificate_entries_status_idx").on(t.status),
  ],
);

/**
 * Products whose search document may have changed, written by database triggers in the same
 * transaction as the change (so a rolled-back write leaves no row). Workers drain it in order
 * with SKIP LOCKED and retry with back-off.
 */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    productId: integer("product_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    /** Not before this time (back-off after a failed push). */
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [
    index("search_outbox_pending_idx")
      .on(t.availableAt, t.id)
      .where(sql`${t.doneAt} is null`),
  ],
);

export const ROLES = ["customer", "producer_member", "official", "administrator"] as const;
export type Role = (typeof ROLES)[number];

/**
 * People who sign in. The role decides what else a row carries: a producer member belongs to
 * one producer; an official acts for exactly one unit, either today's (a province or commune
 * code in `places`) or, for older records, a former one in `legacy_places`.
 */
export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    /** Trimmed and lower-cased before it is stored or looked up. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** argon2id PHC string (parameters, salt and hash). */
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull().default("customer"),
    producerId: integer("producer_id").references(() => producers.id),
    officialPlaceCode: text("official_place_code").references(() => places.code),
    officialLegacyPlaceId: text("official_legacy_place_id").references(() => legacyPlaces.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("users_email_normalised", sql`${t.email} = lower(btrim(${t.email}))`),
    check(
      "users_producer_member_shape",
      sql`(${t.role} = 'producer_member') = (${t.producerId} is not null)`,
    ),
    check(
      "users_official_shape",
      sql`case when ${t.role} = 'official'
            then num_nonnulls(${t.officialPlaceCode}, ${t.officialLegacyPlaceId}) = 1
            else num_nonnulls(${t.officialPlaceCode}, ${t.officialLegacyPlaceId}) = 0 end`,
    ),
    index("users_producer_idx").on(t.producerId),
  ],
);

/** A signed-in browser. The id is the sha-256 of the cookie's token, so a leaked table signs nobody in. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** One-time password-reset links, stored as the sha-256 of the token sent by email. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** "reset": a forgotten password (1 hour); "invite": a new producer member sets one (7 days). */
    purpose: text("purpose", { enum: ["reset", "invite"] })
      .notNull()
      .default("reset"),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

/**
 * Sign-ups waiting for their email to be confirmed (decision 0019): the account is created only
 * when the link mailed to the address is used. An attempt on an address that already has an
 * account is kept too, without a link (its owner was sent a notice instead), so both count
 * towards one limit on the mail a stranger can make us send to an address.
 */
export const signupRequests = pgTable(
  "signup_requests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Trimmed and lower-cased, like users.email. */
    email: text("email").notNull(),
    /** The sha-256 of the link's token; null when the address already had an account. */
    tokenHash: text("token_hash").unique(),
    name: text("name"),
    /** argon2id PHC string of the chosen password, moved to users when confirmed. */
    passwordHash: text("password_hash"),
    /** Where the person goes once confirmed: a same-site path (safeRedirectPath). */
    redirectTo: text("redirect_to").notNull().default("/"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    index("signup_requests_email_idx").on(t.email, t.createdAt),
    check("signup_requests_email_normalised", sql`${t.email} = lower(btrim(${t.email}))`),
    check(
      "signup_requests_link_shape",
      sql`num_nonnulls(${t.tokenHash}, ${t.name}, ${t.passwordHash}) in (0, 3)`,
    ),
  ],
);

/** Failed log-ins, counted per email and per address over a sliding window to slow guessing. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Normalised, whether or not an account has it (so the limit reveals nothing). */
    email: text("email").notNull(),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_failures_email_idx").on(t.email, t.createdAt),
    index("login_failures_ip_idx").on(t.ip, t.createdAt),
  ],
);

/**
 * Email waiting to be sent, written in the same transaction as the change that causes it.
 * A worker drains it with SKIP LOCKED and retries with back-off (like search_outbox).
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    /** An HTML alternative of the same text, when the message shows images (a VietQR code). */
    htmlBody: text("html_body"),
    /** Inline images the HTML shows by `cid:` (base64 PNG), e.g. the VietQR code of a shipment. */
    attachments: jsonb("attachments").$type<MailAttachmentRow[]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_pending_idx")
      .on(t.availableAt, t.id)
      .where(sql`${t.sentAt} is null`),
  ],
);

/**
 * A shopping cart: a guest's (keyed by the sha-256 of an opaque cookie token, so a leaked
 * table opens nobody's cart) or a signed-in user's (one per user). Prices are never stored
 * here: a cart is read against the products table every time.
 */
export const carts = pgTable(
  "carts",
  {
    id: serial("id").primaryKey(),
    tokenHash: text("token_hash").unique(),
    userId: integer("user_id")
      .unique()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("carts_one_owner", sql`num_nonnulls(${t.tokenHash}, ${t.userId}) = 1`),
    index("carts_updated_idx").on(t.updatedAt),
  ],
);

/** One line per product per cart: adding a product again raises the quantity. */
export const cartItems = pgTable(
  "cart_items",
  {
    cartId: integer("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    quantity: smallint("quantity").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cart_items_cart_product_uq").on(t.cartId, t.productId),
    index("cart_items_product_idx").on(t.productId),
    check("cart_items_quantity_range", sql`${t.quantity} between 1 and 99`),
  ],
);

export const PAYMENT_METHODS = ["cod", "card", "vnpay", "transfer"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * An order: what the buyer sees as one purchase. Fulfilment happens per producer, in
 * `order_parts`; the totals here are the sums of the parts, computed by the server.
 */
export const orders = pgTable(
  "orders",
  {
    id: serial("id").primaryKey(),
    /** Human-readable, e.g. "OC-7K3-9F2Q" (no 0/O/1/I/L to misread on the phone). */
    number: text("number").notNull().unique(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** sha-256 of the private link token a guest (and the confirmation email) opens the order with. */
    accessKeyHash: text("access_key_hash").notNull(),
    buyerName: text("buyer_name").notNull(),
    buyerPhone: text("buyer_phone").notNull(),
    /** Optional for a guest, who finds the order again by phone and number (decision 0025). */
    buyerEmail: text("buyer_email"),
    provinceCode: text("province_code")
      .notNull()
      .references(() => places.code),
    communeCode: text("commune_code")
      .notNull()
      .references(() => places.code),
    street: text("street").notNull(),
    paymentMethod: text("payment_method", { enum: PAYMENT_METHODS }).notNull(),
    itemsTotalVnd: integer("items_total_vnd").notNull(),
    shippingTotalVnd: integer("shipping_total_vnd").notNull(),
    totalVnd: integer("total_vnd").notNull(),
    /**
     * When the buyer confirmed being 18 or older; set only for an order holding a drink of 15%
     * alcohol or more (Law 44/2019, decision 0027). Null for every other order.
     */
    ageConfirmedAt: timestamp("age_confirmed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_user_idx").on(t.userId, t.createdAt),
    check("orders_number_shape", sql`${t.number} ~ '^OC-[0-9A-Z]{3}-[0-9A-Z]{4}$'`),
    check(
      "orders_total_sum",
      sql`${t.itemsTotalVnd} >= 0 and ${t.shippingTotalVnd} >= 0 and ${t.totalVnd} = ${t.itemsTotalVnd} + ${t.shippingTotalVnd}`,
    ),
  ],
);

/**
 * Orders a browser may open without the private link: a guest who gave the phone number and
 * the order number at /orders/lookup (decision 0025). The browser holds an opaque token in a
 * cookie; only its sha-256 is kept here, so reading the table opens no order.
 */
export const orderAccessGrants = pgTable(
  "order_access_grants",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tokenHash: text("token_hash").notNull(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("order_access_grants_token_order_uq").on(t.tokenHash, t.orderId),
    index("order_access_grants_expires_idx").on(t.expiresAt),
  ],
);

/**
 * Failed order look-ups (phone + order number that do not match), counted per order number
 * and per address over a sliding window, as log-in failures are (decisions 0018, 0025).
 */
export const orderLookupFailures = pgTable(
  "order_lookup_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** As typed and normalised (upper case), whether or not an order has it. */
    orderNumber: text("order_number").notNull(),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("order_lookup_failures_number_idx").on(t.orderNumber, t.createdAt),
    index("order_lookup_failures_ip_idx").on(t.ip, t.createdAt),
  ],
);

export const ORDER_PART_STATUSES = [
  "placed",
  "confirmed",
  "shipped",
  "delivered",
  /** The carrier could not hand it over (refused, unreachable…): on its way back. */
  "delivery_failed",
  /** Back with the producer after a failed delivery; not paid for. */
  "returned",
  "cancelled",
] as const;
export type OrderPartStatus = (typeof ORDER_PART_STATUSES)[number];

/** The share of an order one producer fulfils (a shipment), with its own status and fee. */
export const orderParts = pgTable(
  "order_parts",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    producerId: integer("producer_id")
      .notNull()
      .references(() => producers.id),
    status: text("status", { enum: ORDER_PART_STATUSES }).notNull().default("placed"),
    /** Set when the producer marks the part shipped. */
    carrier: text("carrier"),
    trackingNumber: text("tracking_number"),
    /** Why the part was cancelled (required when a producer cancels). */
    cancelReason: text("cancel_reason"),
    /** Why the delivery failed: a code of DELIVERY_FAILURE_REASONS (app/domain/order/lifecycle.ts). */
    deliveryFailureReason: text("delivery_failure_reason"),
    /** Set when the part is returned: whether its units went back into stock. */
    restocked: boolean("restocked"),
    itemsTotalVnd: integer("items_total_vnd").notNull(),
    shippingFeeVnd: integer("shipping_fee_vnd").notNull(),
    totalVnd: integer("total_vnd").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("order_parts_order_producer_uq").on(t.orderId, t.producerId),
    index("order_parts_producer_idx").on(t.producerId, t.status),
    check(
      "order_parts_total_sum",
      sql`${t.itemsTotalVnd} >= 0 and ${t.shippingFeeVnd} >= 0 and ${t.totalVnd} = ${t.itemsTotalVnd} + ${t.shippingFeeVnd}`,
    ),
  ],
);

/** What was bought, with the name and price copied at the moment of the order. */
export const orderItems = pgTable(
  "order_items",
  {
    id: serial("id").primaryKey(),
    orderPartId: integer("order_part_id")
      .notNull()
      .references(() => orderParts.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en"),
    unitVi: text("unit_vi").notNull(),
    unitEn: text("unit_en"),
    unitPriceVnd: integer("unit_price_vnd").notNull(),
    quantity: smallint("quantity").notNull(),
    lineTotalVnd: integer("line_total_vnd").notNull(),
  },
  (t) => [
    uniqueIndex("order_items_part_product_uq").on(t.orderPartId, t.productId),
    index("order_items_product_idx").on(t.productId),
    check("order_items_quantity_range", sql`${t.quantity} between 1 and 99`),
    check(
      "order_items_line_total",
      sql`${t.unitPriceVnd} >= 0 and ${t.lineTotalVnd} = ${t.unitPriceVnd} * ${t.quantity}`,
    ),
  ],
);

export const ORDER_ACTORS = ["buyer", "producer", "system"] as const;
export type OrderActorKind = (typeof ORDER_ACTORS)[number];

export type OrderEventDetails = {
  carrier?: string;
  trackingNumber?: string;
  reason?: string;
  restocked?: boolean;
};

/** Every status change of an order part, creation included (from = null): who, when, from, to. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderPartId: integer("order_part_id")
      .notNull()
      .references(() => orderParts.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: ORDER_PART_STATUSES }),
    toStatus: text("to_status", { enum: ORDER_PART_STATUSES }).notNull(),
    actorKind: text("actor_kind", { enum: ORDER_ACTORS }).notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * What the move carried, for the buyer's timeline: the carrier and tracking number of a
     * shipment, the reason of a cancel or a failed delivery, the restock choice of a return.
     */
    details: jsonb("details").$type<OrderEventDetails>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_part_idx").on(t.orderPartId, t.id)],
);

export const CARD_PAYMENT_STATUSES = [
  "pending",
  "paid",
  "failed",
  "expired",
  /** Stripe said something we will not act on alone (wrong amount, paid after release). */
  "needs_review",
  /** Every part of a paid order was cancelled and the whole amount refunded. */
  "refunded",
] as const;
export type CardPaymentStatus = (typeof CARD_PAYMENT_STATUSES)[number];

/** The card payment of an order paid through Stripe Checkout (one per order). */
export const cardPayments = pgTable(
  "card_payments",
  {
    orderId: integer("order_id")
      .primaryKey()
      .references(() => orders.id, { onDelete: "cascade" }),
    status: text("status", { enum: CARD_PAYMENT_STATUSES }).notNull().default("pending"),
    /** The Checkout Session, set once it has been created. */
    sessionId: text("session_id").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("card_payments_pending_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** Every Stripe event id ever processed: a redelivered event inserts nothing and changes nothing. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every change (or refused change) of a card payment: from, to, which Stripe event, why. */
export const cardPaymentEvents = pgTable(
  "card_payment_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: CARD_PAYMENT_STATUSES }),
    toStatus: text("to_status", { enum: CARD_PAYMENT_STATUSES }).notNull(),
    /** Null when the sweep made the change. */
    stripeEventId: text("stripe_event_id"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("card_payment_events_order_idx").on(t.orderId, t.id)],
);

export const CARD_REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export type CardRefundStatus = (typeof CARD_REFUND_STATUSES)[number];

/**
 * Money returned to the card for one cancelled part of a paid order. Written in the same
 * transaction as the cancellation (status pending); a worker asks Stripe for the refund with
 * the row id as idempotency key, so a retried request never refunds twice.
 */
export const cardRefunds = pgTable(
  "card_refunds",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    orderPartId: integer("order_part_id")
      .notNull()
      .unique()
      .references(() => orderParts.id, { onDelete: "cascade" }),
    amountVnd: integer("amount_vnd").notNull(),
    status: text("status", { enum: CARD_REFUND_STATUSES }).notNull().default("pending"),
    stripeRefundId: text("stripe_refund_id"),
    attempts: smallint("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("card_refunds_amount_positive", sql`${t.amountVnd} > 0`),
    index("card_refunds_pending_idx")
      .on(t.id)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export const VNPAY_PAYMENT_STATUSES = [
  "pending",
  "paid",
  "failed",
  "expired",
  /** VNPay said something we will not act on alone (wrong amount, paid after release). */
  "needs_review",
  /** Every part of a paid order was cancelled and the whole amount refunded. */
  "refunded",
] as const;
export type VnpayPaymentStatus = (typeof VNPAY_PAYMENT_STATUSES)[number];

/**
 * The VNPay payment of an order (one per order): the buyer is sent to VNPay's payment page
 * with `txn_ref` as vnp_TxnRef; VNPay's signed IPN (or the signed return) moves it.
 */
export const vnpayPayments = pgTable(
  "vnpay_payments",
  {
    orderId: integer("order_id")
      .primaryKey()
      .references(() => orders.id, { onDelete: "cascade" }),
    status: text("status", { enum: VNPAY_PAYMENT_STATUSES }).notNull().default("pending"),
    /** vnp_TxnRef: our reference for the transaction, unique at VNPay per merchant. */
    txnRef: text("txn_ref").notNull().unique(),
    /** The amount asked for, in đồng (VNPay's vnp_Amount is this ×100). */
    amountVnd: integer("amount_vnd").notNull(),
    /** vnp_CreateDate as sent (yyyyMMddHHmmss, Vietnam time): the refund API asks for it. */
    createDate: text("create_date").notNull(),
    /** vnp_TransactionNo, vnp_BankCode and vnp_PayDate of the successful payment. */
    transactionNo: text("transaction_no"),
    bankCode: text("bank_code"),
    payDate: text("pay_date"),
    /** The language the buyer paid in, for the emails that follow. */
    lang: text("lang", { enum: ["vi", "en"] })
      .notNull()
      .default("vi"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("vnpay_payments_amount_positive", sql`${t.amountVnd} > 0`),
    index("vnpay_payments_pending_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * Every verified VNPay IPN applied: the same result (reference, response code, VNPay's
 * transaction number) inserts nothing the second time and changes nothing.
 */
export const vnpayNotifications = pgTable("vnpay_notifications", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  /** `txnRef:responseCode:transactionNo`. */
  dedupeKey: text("dedupe_key").notNull().unique(),
  txnRef: text("txn_ref").notNull(),
  /** What we answered VNPay (RspCode). */
  answer: text("answer").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every change of a VNPay payment: from, to, which notification, why. */
export const vnpayPaymentEvents = pgTable(
  "vnpay_payment_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: VNPAY_PAYMENT_STATUSES }),
    toStatus: text("to_status", { enum: VNPAY_PAYMENT_STATUSES }).notNull(),
    /** Null when our sweep or worker made the change. */
    notificationId: bigint("notification_id", { mode: "number" }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("vnpay_payment_events_order_idx").on(t.orderId, t.id)],
);

export const VNPAY_REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export type VnpayRefundStatus = (typeof VNPAY_REFUND_STATUSES)[number];

/**
 * Money returned through VNPay for one cancelled part of a paid VNPay order, asked by a worker
 * through VNPay's refund API (vnp_Command=refund) with `request_id` as vnp_RequestId.
 */
export const vnpayRefunds = pgTable(
  "vnpay_refunds",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    orderPartId: integer("order_part_id")
      .notNull()
      .unique()
      .references(() => orderParts.id, { onDelete: "cascade" }),
    amountVnd: integer("amount_vnd").notNull(),
    status: text("status", { enum: VNPAY_REFUND_STATUSES }).notNull().default("pending"),
    /** VNPay's vnp_TransactionNo of the refund, once accepted. */
    vnpayTransactionNo: text("vnpay_transaction_no"),
    attempts: smallint("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("vnpay_refunds_amount_positive", sql`${t.amountVnd} > 0`),
    index("vnpay_refunds_pending_idx")
      .on(t.id)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * Who changed what in the workspaces, when, with the record before and after. Written in the
 * same transaction as the change (app/domain/audit/record.server.ts). `province_code` is the province
 * the record belongs to, so an official's view of the log can be scoped like everything else.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Copied so the entry still says who it was after the account is gone. */
    actorEmail: text("actor_email").notNull(),
    actorRole: text("actor_role", { enum: ROLES }).notNull(),
    /** e.g. "product.update", "certificate.revoke", "fair.publish". */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    provinceCode: text("province_code"),
    communeCode: text("commune_code"),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorUserId, t.createdAt),
    index("audit_log_province_idx").on(t.provinceCode, t.createdAt),
  ],
);

/** An inline image of an email, stored with its message until it is sent. */
export type MailAttachmentRow = {
  filename: string;
  cid: string;
  contentType: string;
  base64: string;
};

/**
 * Where a producer is paid by bank transfer (VietQR): one account per producer. The bank is
 * named by its NAPAS BIN (app/domain/payment/banks.ts); the holder is written as banks print
 * it (capitals, no diacritics). Changes are audited ("bank_account.update").
 */
export const producerBankAccounts = pgTable(
  "producer_bank_accounts",
  {
    producerId: integer("producer_id")
      .primaryKey()
      .references(() => producers.id, { onDelete: "cascade" }),
    bankBin: text("bank_bin").notNull(),
    accountNumber: text("account_number").notNull(),
    accountHolder: text("account_holder").notNull(),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("producer_bank_accounts_bin_shape", sql`${t.bankBin} ~ '^[0-9]{6}$'`),
    check("producer_bank_accounts_number_shape", sql`${t.accountNumber} ~ '^[0-9]{6,19}$'`),
    check(
      "producer_bank_accounts_holder_shape",
      sql`${t.accountHolder} ~ '^[A-Z0-9][A-Z0-9 .,&()/-]{1,69}$'`,
    ),
  ],
);

export const BANK_TRANSFER_STATUSES = [
  "awaiting",
  /** The producer saw the money arrive: the part may be confirmed and shipped. */
  "received",
  /** The producer says no money came: the part is cancelled with that reason. */
  "not_received",
  /** Nothing confirmed within the configured time: the system cancelled the part. */
  "expired",
  /** The part was cancelled otherwise (by the buyer or the producer) while awaiting. */
  "withdrawn",
] as const;
export type BankTransferStatus = (typeof BANK_TRANSFER_STATUSES)[number];

/**
 * The bank transfer a buyer owes one order part, straight to its producer (VietQR). The
 * account, amount and memo are copied at placement: what the buyer was shown stays what the
 * producer checks, even if the producer later changes its account. The platform never holds
 * the money; the producer says whether it arrived.
 */
export const bankTransfers = pgTable(
  "bank_transfers",
  {
    orderPartId: integer("order_part_id")
      .primaryKey()
      .references(() => orderParts.id, { onDelete: "cascade" }),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    status: text("status", { enum: BANK_TRANSFER_STATUSES }).notNull().default("awaiting"),
    bankBin: text("bank_bin").notNull(),
    accountNumber: text("account_number").notNull(),
    accountHolder: text("account_holder").notNull(),
    amountVnd: integer("amount_vnd").notNull(),
    /** The transfer's content ("nội dung chuyển khoản"), e.g. "OC7K39F2Q P12". */
    memo: text("memo").notNull(),
    /** When the reminder email went out (once). */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("bank_transfers_amount_positive", sql`${t.amountVnd} > 0`),
    index("bank_transfers_order_idx").on(t.orderId),
    index("bank_transfers_awaiting_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'awaiting'`),
  ],
);

export const PUBLICATION_STATUSES = ["draft", "published"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const PROMOTION_KINDS = ["fair", "showroom"] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

export const SHOWROOM_LOCATION_TYPES = [
  "station",
  "highway_rest_stop",
  "market",
  "shopping_centre",
  "tourist_site",
  "craft_village",
  "post_office",
  "other",
] as const;
export type ShowroomLocationType = (typeof SHOWROOM_LOCATION_TYPES)[number];

/**
 * Trade promotion: a fair ("hội chợ", dated, with booths) or a showroom ("điểm giới thiệu và
 * bán sản phẩm OCOP", permanent, with shelves), with a curated catalogue of certified products
 * (`promotion_entries`). One table for both (decision 0017): the columns only one kind has are
 * nullable, and a CHECK per kind says which must be set and which must stay empty.
 */
export const promotions = pgTable(
  "promotions",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: PROMOTION_KINDS }).notNull(),
    /** Unique within its kind: /fairs/:slug and /showrooms/:slug are separate address spaces. */
    slug: text("slug").notNull(),
    /**
     * A showroom's id from before fairs and showrooms shared one table (migration 0009): the
     * workspace still answers /admin/showrooms/<that id> with a redirect to the new one.
     */
    legacyId: integer("legacy_id"),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en"),
    /** Where it is held (a fair's venue province; a showroom's province). */
    provinceCode: text("province_code")
      .notNull()
      .references(() => places.code),
    descriptionVi: text("description_vi").notNull(),
    descriptionEn: text("description_en"),
    /** A URL path of an image in storage (or a generated one), optional. */
    coverImage: text("cover_image"),
    /** The unit that organises it (province or commune code); decides which officials manage it. */
    organiserPlaceCode: text("organiser_place_code")
      .notNull()
      .references(() => places.code),
    status: text("status", { enum: PUBLICATION_STATUSES }).notNull().default("draft"),
    // A fair's detail.
    venue: text("venue"),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    // A showroom's detail.
    communeCode: text("commune_code").references(() => places.code),
    address: text("address"),
    locationType: text("location_type", { enum: SHOWROOM_LOCATION_TYPES }),
    openingHours: text("opening_hours"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("promotions_kind_slug_uq").on(t.kind, t.slug),
    uniqueIndex("promotions_legacy_id_uq").on(t.legacyId),
    check(
      "promotions_fair_detail",
      sql`${t.kind} <> 'fair' or (${t.venue} is not null and ${t.startsOn} is not null and ${t.endsOn} is not null and ${t.endsOn} >= ${t.startsOn} and ${t.communeCode} is null and ${t.address} is null and ${t.locationType} is null and ${t.openingHours} is null and ${t.contactPhone} is null and ${t.contactEmail} is null)`,
    ),
    check(
      "promotions_showroom_detail",
      sql`${t.kind} <> 'showroom' or (${t.communeCode} is not null and ${t.address} is not null and ${t.locationType} is not null and ${t.openingHours} is not null and ${t.venue} is null and ${t.startsOn} is null and ${t.endsOn} is null)`,
    ),
    index("promotions_kind_status_starts_idx").on(t.kind, t.status, t.startsOn),
    index("promotions_organiser_idx").on(t.organiserPlaceCode),
  ],
);

/** A product in a catalogue: its spot (a fair's booth, a showroom's shelf), featured flag and position. */
export const promotionEntries = pgTable(
  "promotion_entries",
  {
    promotionId: integer("promotion_id")
      .notNull()
      .references(() => promotions.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    spotCode: text("spot_code"),
    featured: boolean("featured").notNull().default(false),
    position: integer("position").notNull().default(0),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.promotionId, t.productId] }),
    index("promotion_entries_product_idx").on(t.productId),
  ],
);

/**
 * Settlement of platform payments (decision 0024): what each producer is owed for money the
 * platform collected (Stripe cards now, VNPay next). Money a buyer transfers straight to the
 * producer (VietQR) never passes through the platform and is not here.
 */
export const LEDGER_KINDS = [
  /** A paid order part: its total, owed to the producer (positive). */
  "sale",
  /** Money given back to the buyer for a part (negative). */
  "refund",
  /** The platform's fee on a sale (negative or zero). */
  "platform_fee",
  /** The share of the fee given back with a refund (positive or zero). */
  "fee_refund",
  /** Money the platform paid the producer, closing a monthly statement (negative). */
  "payout",
  /** A correction booked by a person: entries are never edited (either sign). */
  "correction",
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Who collected the money: a text column checked against this list, not a Postgres enum. */
export const LEDGER_PROVIDERS = ["card", "vnpay"] as const;
export type LedgerProvider = (typeof LEDGER_PROVIDERS)[number];

const sqlList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * The producers' ledger: one row per movement of money owed, never updated nor deleted (a
 * trigger refuses both, see migration 0010); a mistake is corrected by a new entry. `period`
 * is the Vietnam-time month (YYYY-MM) of the statement the entry belongs to; `reference` is
 * unique, so a replayed webhook or a retried worker cannot book the same money twice.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    producerId: integer("producer_id")
      .notNull()
      .references(() => producers.id),
    orderPartId: integer("order_part_id").references(() => orderParts.id),
    kind: text("kind", { enum: LEDGER_KINDS }).notNull(),
    /** Signed, in đồng: positive is owed to the producer, negative reduces what is owed. */
    amountVnd: bigint("amount_vnd", { mode: "number" }).notNull(),
    provider: text("provider", { enum: LEDGER_PROVIDERS }),
    period: text("period").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    reference: text("reference").notNull().unique(),
    /** A payout's date (Vietnam calendar) and the bank's transaction reference. */
    paidOn: date("paid_on"),
    bankReference: text("bank_reference"),
    /** Why a correction was booked. */
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ledger_entries_producer_period_idx").on(t.producerId, t.period),
    index("ledger_entries_part_idx").on(t.orderPartId),
    uniqueIndex("ledger_entries_one_payout_uq")
      .on(t.producerId, t.period)
      .where(sql`${t.kind} = 'payout'`),
    check("ledger_entries_period_shape", sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      "ledger_entries_provider_known",
      sql`${t.provider} is null or ${t.provider} in (${sqlList(LEDGER_PROVIDERS)})`,
    ),
    check(
      "ledger_entries_sign",
      sql`case ${t.kind}
            when 'sale' then ${t.amountVnd} > 0
            when 'refund' then ${t.amountVnd} < 0
            when 'platform_fee' then ${t.amountVnd} <= 0
            when 'fee_refund' then ${t.amountVnd} >= 0
            when 'payout' then ${t.amountVnd} < 0
            else ${t.amountVnd} <> 0 end`,
    ),
    check(
      "ledger_entries_shape",
      sql`case when ${t.kind} in ('sale', 'refund', 'platform_fee', 'fee_refund')
                 then ${t.orderPartId} is not null and ${t.provider} is not null
               when ${t.kind} = 'payout'
                 then ${t.paidOn} is not null and ${t.bankReference} is not null
               else ${t.note} is not null end`,
    ),
  ],
);

/**
 * The expiry notices sent for a certificate (issue 12; Decision 148/QĐ-TTg: the issuer warns
 * the producer at least 30 days ahead): one row per certificate and threshold (30 or 7 days
 * before valid_until), written in the same transaction as the emails it queues, so a second
 * sweep finds the row and sends nothing. `recipients` are the addresses written to at the time
 * (empty: the producer had no email — the printable letter is for them).
 */
export const certificateExpiryNotices = pgTable(
  "certificate_expiry_notices",
  {
    id: serial("id").primaryKey(),
    certificateId: integer("certificate_id")
      .notNull()
      .references(() => certificates.id),
    /** Days before valid_until the notice is for: 30 or 7. */
    thresholdDays: smallint("threshold_days").notNull(),
    recipients: jsonb("recipients").$type<string[]>().notNull().default([]),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("certificate_expiry_notices_once_uq").on(t.certificateId, t.thresholdDays),
    check("certificate_expiry_notices_threshold", sql`${t.thresholdDays} in (30, 7)`),
  ],
);

/**
 * The printed expiry letter of a certificate, marked as sent by post by an official (for
 * producers without email). One per certificate: the first mark is kept.
 */
export const certificateExpiryLetters = pgTable("certificate_expiry_letters", {
  certificateId: integer("certificate_id")
    .primaryKey()
    .references(() => certificates.id),
  postedAt: timestamp("posted_at", { withTimezone: true }).notNull().defaultNow(),
  postedByUserId: integer("posted_by_user_id").references(() => users.id, {
    onDelete: "set null",
  }),
});

/**
 * The marketplace's legal texts (issue 12 §9, decision 0028): operating rules, privacy notice,
 * contact and complaints, operator and registration. One row per published version, never
 * changed: editing publishes the next version, and the consents given point to the version
 * the person agreed to. Bodies are plain text with a few markdown-like marks, rendered as text.
 */
export const LEGAL_DOCUMENT_CODES = ["operating-rules", "privacy", "contact", "operator"] as const;
export type LegalDocumentCode = (typeof LEGAL_DOCUMENT_CODES)[number];

export const legalDocuments = pgTable(
  "legal_documents",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    bodyVi: text("body_vi").notNull(),
    bodyEn: text("body_en").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    /** The administrator who published it; null for the first versions, which came with the app. */
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [
    // A constraint, not just an index: the consents point to (code, version).
    unique("legal_documents_code_version_uq").on(t.code, t.version),
    check("legal_documents_code_known", sql`${t.code} in (${sqlList(LEGAL_DOCUMENT_CODES)})`),
    check("legal_documents_version_positive", sql`${t.version} > 0`),
  ],
);

export const CONSENT_CONTEXTS = ["signup", "checkout"] as const;

/**
 * Consents to a legal text (Decree 13/2023/NĐ-CP art. 11: consent is given explicitly and can
 * be shown later). Who gave it: an account, an order, or a sign-up still waiting for its link
 * (moved to the account when confirmed; deleted with the request otherwise).
 */
export const consents = pgTable(
  "consents",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    documentCode: text("document_code").notNull(),
    documentVersion: integer("document_version").notNull(),
    context: text("context", { enum: CONSENT_CONTEXTS }).notNull(),
    userId: integer("user_id").references(() => users.id),
    orderId: integer("order_id").references(() => orders.id),
    signupRequestId: bigint("signup_request_id", { mode: "number" }).references(
      () => signupRequests.id,
      { onDelete: "cascade" },
    ),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.documentCode, t.documentVersion],
      foreignColumns: [legalDocuments.code, legalDocuments.version],
      name: "consents_document_fk",
    }),
    index("consents_user_idx").on(t.userId),
    index("consents_order_idx").on(t.orderId),
    index("consents_signup_request_idx").on(t.signupRequestId),
    check("consents_context_known", sql`${t.context} in (${sqlList(CONSENT_CONTEXTS)})`),
    check(
      "consents_someone",
      sql`num_nonnulls(${t.userId}, ${t.orderId}, ${t.signupRequestId}) > 0`,
    ),
  ],
);
