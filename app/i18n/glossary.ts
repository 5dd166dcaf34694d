/**
 * The site's glossary: one word per thing, in Vietnamese and in English. docs/glossary.md is
 * the readable copy of this list; glossary.test.ts checks that every message (and the decision
 * import's column headers) avoids the variants below, and that the doc lists the same terms.
 *
 * Sources: Decision 919/QĐ-TTg (01/08/2022, the OCOP programme 2021–2025), Decision 148/QĐ-TTg
 * (24/02/2023, the criteria and procedure, as reported in the official press), Decision
 * 1489/QĐ-TTg (06/07/2025), and the seed articles in the shared seeds folder.
 */

export type GlossaryLang = "vi" | "en";

/** A wording not to use, and what to write instead. */
export type Avoid = {
  /** The variant, as a reader would quote it. Matched as whole words, case-insensitively. */
  text: string;
  /** When plain whole-word matching is too broad: the pattern to match instead (flags "giu" are added). */
  pattern?: string;
};

export type GlossaryEntry = {
  id: string;
  vi: string;
  en: string;
  /** Short forms allowed where the context already says what it is (a list's count, a column). */
  shortVi?: string;
  shortEn?: string;
  meaning: string;
  source: string;
  avoid: { vi: readonly Avoid[]; en: readonly Avoid[] };
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "producer",
    vi: "chủ thể OCOP",
    en: "OCOP producer",
    shortVi: "chủ thể",
    shortEn: "producer",
    meaning:
      "The cooperative, cooperative group, enterprise or household business that owns an OCOP product and sells it on Chợ OCOP.",
    source:
      "OCOP programme texts (919/QĐ-TTg, 148/QĐ-TTg) as reported; seed article (“Chủ thể OCOP Cần Thơ…”); issue 12",
    avoid: {
      vi: [
        { text: "nhà sản xuất" },
        { text: "người bán" },
        { text: "cơ sở sản xuất" },
        { text: "chủ thể sản xuất" },
        { text: "nhà cung cấp" },
      ],
      en: [{ text: "seller" }, { text: "vendor" }, { text: "supplier" }, { text: "manufacturer" }],
    },
  },
  {
    id: "legal-form",
    vi: "hợp tác xã, tổ hợp tác, doanh nghiệp, hộ kinh doanh",
    en: "cooperative, cooperative group, enterprise, household business",
    meaning: "The four legal forms a chủ thể OCOP can have.",
    source:
      "148/QĐ-TTg (economic organisations taking part); Law on Enterprises; Law on Cooperatives",
    avoid: {
      vi: [{ text: "hộ sản xuất", pattern: "hộ sản xuất(?! kinh doanh)" }],
      en: [{ text: "household producer" }],
    },
  },
  {
    id: "showroom",
    vi: "điểm giới thiệu và bán sản phẩm OCOP",
    en: "OCOP showroom",
    shortVi: "điểm bán OCOP, điểm bán",
    shortEn: "showroom",
    meaning:
      "A permanent place (station, rest stop, market, tourist site, craft village) that shows and sells OCOP products all year round.",
    source:
      "provincial OCOP plans under the programme (seed article: “hình thành các điểm giới thiệu và bán sản phẩm OCOP”); issue 12",
    avoid: {
      vi: [
        { text: "điểm trưng bày" },
        {
          text: "điểm giới thiệu (alone, or “điểm giới thiệu sản phẩm”)",
          pattern: "điểm giới thiệu(?! và bán)",
        },
        { text: "showroom" },
        { text: "cửa hàng OCOP" },
      ],
      en: [
        { text: "outlet" },
        { text: "sales point" },
        { text: "point of sale" },
        { text: "display point" },
        { text: "introduction point" },
      ],
    },
  },
  {
    id: "fair",
    vi: "hội chợ",
    en: "fair",
    meaning:
      "A dated event (fair, OCOP week, market session) where chủ thể OCOP show their products at booths (gian hàng / booth).",
    source: "OCOP plans (seed article: “xúc tiến thương mại … tại các hội chợ”); issue 12",
    avoid: {
      vi: [{ text: "phiên chợ" }, { text: "chợ phiên" }, { text: "triển lãm" }],
      en: [
        { text: "market day" },
        { text: "trade show" },
        { text: "expo" },
        { text: "exhibition" },
      ],
    },
  },
  {
    id: "certificate",
    vi: "giấy chứng nhận (chứng nhận OCOP)",
    en: "certificate",
    meaning:
      "The OCOP certificate of a product's star rating, valid 36 months from the decision date.",
    source: "148/QĐ-TTg (giấy chứng nhận sản phẩm OCOP)",
    avoid: {
      vi: [{ text: "chứng chỉ" }, { text: "bằng chứng nhận" }],
      en: [{ text: "certification document" }],
    },
  },
  {
    id: "decision",
    vi: "quyết định công nhận",
    en: "recognition decision",
    shortVi: "quyết định",
    shortEn: "decision",
    meaning:
      "The decision of the competent level recognising products and their stars; its number is printed on the label.",
    source: "148/QĐ-TTg, 1489/QĐ-TTg (quyết định công nhận)",
    avoid: {
      vi: [{ text: "quyết định cấp sao" }],
      en: [{ text: "certification decision" }, { text: "award decision" }],
    },
  },
  {
    id: "stars",
    vi: "hạng sao; OCOP 3 sao, 4 sao, 5 sao",
    en: "star rating; 3-star, 4-star, 5-star OCOP",
    meaning: "The rating of a product from its score: 3★ 50–69, 4★ 70–89, 5★ 90–100 points.",
    source: "148/QĐ-TTg (phân hạng sản phẩm)",
    avoid: {
      vi: [{ text: "xếp sao" }, { text: "ngôi sao" }],
      en: [{ text: "star level" }, { text: "star grade" }],
    },
  },
  {
    id: "national-level",
    vi: "cấp quốc gia (OCOP 5 sao cấp quốc gia)",
    en: "national level (national-level 5-star OCOP)",
    meaning: "5★ products, recognised by the ministry (Bộ) after the province proposes them.",
    source:
      "1048/QĐ-TTg and 148/QĐ-TTg as reported (5 sao: “sản phẩm cấp quốc gia”); seed article (“5 sao cấp quốc gia”); issue 12",
    avoid: {
      vi: [{ text: "trung ương" }],
      en: [{ text: "central level" }, { text: "ministry level" }, { text: "ministerial level" }],
    },
  },
  {
    id: "provincial-level",
    vi: "cấp tỉnh",
    en: "provincial level",
    meaning:
      "3★ and 4★ products, recognised by the provincial People's Committee (the district also recognised 3★ under 148 until 30/06/2025: “cấp huyện” / “district level”).",
    source: "148/QĐ-TTg; 1489/QĐ-TTg",
    avoid: { vi: [], en: [] },
  },
  {
    id: "place",
    vi: "tỉnh, thành phố; xã, phường",
    en: "province; commune (commune or ward)",
    meaning:
      "The two levels of local government since 01/07/2025. “huyện” (district) only names a former unit.",
    source:
      "Law on Organisation of Local Government (2025): two levels from 01/07/2025; 1489/QĐ-TTg",
    avoid: { vi: [], en: [] },
  },
  {
    id: "official",
    vi: "cán bộ (cán bộ quản lý OCOP)",
    en: "official",
    meaning:
      "A person of a province or commune office who records decisions and manages chủ thể OCOP, fairs and showrooms.",
    source: "919/QĐ-TTg (bộ máy quản lý Chương trình OCOP); seed articles (“cán bộ quản lý”)",
    avoid: {
      vi: [{ text: "chuyên viên" }],
      en: [{ text: "officer" }],
    },
  },
  {
    id: "workspace",
    vi: "khu làm việc",
    en: "workspace",
    meaning: "The signed-in part of the site where a chủ thể OCOP or an official works.",
    source: "this site",
    avoid: { vi: [{ text: "không gian" }], en: [] },
  },
  {
    id: "market",
    vi: "Chợ OCOP (trên chợ)",
    en: "Chợ OCOP (the market)",
    meaning: "This marketplace, where the public sees and buys products.",
    source: "this site",
    avoid: { vi: [{ text: "cửa hàng" }], en: [{ text: "storefront" }] },
  },
];

/**
 * Messages that may use a variant, each with its reason. Keep it short: a quotation of a legal
 * text or a list of kinds of events is a reason; “it reads better” is not.
 */
export const GLOSSARY_EXCEPTIONS: readonly {
  key: string;
  lang: GlossaryLang;
  variant: string;
  reason: string;
}[] = [
  {
    key: "promo.fairs.lead",
    lang: "vi",
    variant: "phiên chợ",
    reason: "lists the kinds of events published as hội chợ (fairs, market sessions, OCOP weeks)",
  },
  {
    key: "promo.fairs.lead",
    lang: "en",
    variant: "market day",
    reason: "lists the kinds of events published as fairs (fairs, market days, OCOP weeks)",
  },
];

export type GlossaryViolation = {
  key: string;
  lang: GlossaryLang;
  text: string;
  variant: string;
  entry: GlossaryEntry;
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regular expression for a variant: whole words, any case, diacritics as written. */
export function variantPattern(avoid: Avoid): RegExp {
  const body = avoid.pattern ?? escape(avoid.text.normalize("NFC"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "giu");
}

/** Every use of a variant in `texts` (key → text, one language), exceptions left out. */
export function glossaryViolations(
  lang: GlossaryLang,
  texts: Record<string, string>,
): GlossaryViolation[] {
  const found: GlossaryViolation[] = [];
  for (const [key, raw] of Object.entries(texts)) {
    const text = raw.normalize("NFC");
    for (const entry of GLOSSARY) {
      for (const avoid of entry.avoid[lang]) {
        const pattern = variantPattern(avoid);
        for (const match of text.matchAll(pattern)) {
          const variant = match[0];
          const excused = GLOSSARY_EXCEPTIONS.some(
            (e) =>
              e.key === key && e.lang === lang && e.variant.toLowerCase() === variant.toLowerCase(),
          );
          if (!excused) found.push({ key, lang, text: raw, variant, entry });
        }
      }
    }
  }
  return found;
}

/** One line per violation, saying what to write instead. */
export function describeViolations(violations: readonly GlossaryViolation[]): string {
  return violations
    .map((v) => {
      const use = v.lang === "vi" ? v.entry.vi : v.entry.en;
      const short = v.lang === "vi" ? v.entry.shortVi : v.entry.shortEn;
      return `[${v.lang}] ${v.key}: “${v.variant}” → use “${use}”${short ? ` (short: ${short})` : ""} — glossary “${v.entry.id}”, docs/glossary.md\n      in: ${JSON.stringify(v.text)}`;
    })
    .join("\n");
}
