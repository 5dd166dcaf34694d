import type { LegalForm } from "../../schema";

/** The product groups of the 2023 scheme the demo files products under, with their sets. */
export const DEMO_SETS = {
  "thuc-pham": [
    "thuc-pham-tuoi-song",
    "thuc-pham-tho-so-che",
    "thuc-pham-che-bien",
    "gia-vi",
    "che",
    "ca-phe-ca-cao",
  ],
  "do-uong": ["ruou", "do-uong-khong-con"],
  "thao-duoc": ["thuc-pham-chuc-nang", "my-pham-thao-duoc", "tinh-dau"],
  "thu-cong-my-nghe": ["det-may", "thu-cong-trang-tri"],
  "sinh-vat-canh": ["hoa-cay-canh", "dong-vat-canh"],
  "du-lich": ["du-lich-cong-dong"],
} as const;

export type GroupCode = keyof typeof DEMO_SETS;
export type SetCode = (typeof DEMO_SETS)[GroupCode][number];

export const GROUP_OF_SET: Record<SetCode, GroupCode> = Object.fromEntries(
  (Object.entries(DEMO_SETS) as [GroupCode, readonly SetCode[]][]).flatMap(([group, sets]) =>
    sets.map((set) => [set, group]),
  ),
) as Record<SetCode, GroupCode>;

export type Stars = 1 | 2 | 3 | 4 | 5;

/**
 * How a product's certificate history is drawn, relative to the day the seed runs. Without a
 * plan a product gets one active certificate of a deterministic age within the last 30 months.
 */
export type CertificatePlan = {
  /** Age of the active decision in months. */
  ageMonths?: number;
  /** The active certificate runs out this many days from today (the "expires soon" case). */
  expiresInDays?: number;
  /** An earlier certificate, superseded by this renewal; its stars (a regrade when different). */
  renewedFrom?: Stars;
  /** The only certificate ran out yesterday. */
  expired?: true;
  /** The certificate was revoked, for this reason. */
  revokedReason?: string;
  /** Council score; when absent one is drawn inside the stars' band. */
  score?: number;
};

export type DemoProduct = {
  slug: string;
  set: SetCode;
  stars: Stars;
  nameVi: string;
  nameEn: string;
  descVi: string;
  descEn: string;
  unitVi: string;
  unitEn: string;
  /** Whole đồng. */
  price: number;
  stock: number;
  /** Alcohol strength in % by volume, for drinks with alcohol only (Law 44/2019, decision 0027). */
  alcoholPercent?: number;
  cert?: CertificatePlan;
  unlisted?: true;
};

export type DemoProducer = {
  slug: string;
  name: string;
  legalForm: LegalForm;
  /** Today's commune (5 digits) and its province (2 digits), QĐ 19/2025. */
  communeCode: string;
  provinceCode: string;
  /** The commune before 1 July 2025 (its official code), which older certificates name. */
  oldCommuneCode: string;
  /** Village, hamlet or street, without the administrative units. */
  street: string;
  /** The address as the producer writes it today. */
  addressPrinted: string;
  representative: string;
  phone: string;
  email?: string;
  storyVi: string;
  storyEn: string;
  status?: "suspended";
  products: DemoProduct[];
};
