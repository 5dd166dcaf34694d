/**
 * Pieces the public fair and showroom pages share: date ranges, the cover (a picture, or a
 * market-stall illustration drawn from the slug when there is none), the phase badge and the
 * catalogue grid with booth or shelf codes.
 */
import type { ReactNode } from "react";
import { ProductCard } from "~/components/product-card";
import type { ProductCardData } from "~/domain/catalog/product-card";
import { pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

export { formatDateRange } from "./date-range";

const PALETTES = [
  { awning: ["#255724", "#f4eee0"], sky: "#deeedb", accent: "#f0b429" },
  { awning: ["#b76e00", "#fbf8f1"], sky: "#fdf1d6", accent: "#2f6f2c" },
  { awning: ["#9f1d1d", "#fbf8f1"], sky: "#fbe3dc", accent: "#f0b429" },
  { awning: ["#1e4e79", "#f4eee0"], sky: "#dcebf7", accent: "#de911d" },
  { awning: ["#5b3a87", "#fbf8f1"], sky: "#ece4f6", accent: "#f0b429" },
] as const;

/** FNV-1a, then a finaliser so every bit of the slug reaches the low bits. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A striped market awning with bunting over a counter of jars and baskets: stands in for a
 * cover picture, always the same for a slug.
 */
export function StallArt({ seed, className = "" }: { seed: string; className?: string }) {
  const h = hash(seed);
  const p = PALETTES[(h >>> 23) % PALETTES.length] ?? PALETTES[0];
  const stripes = 8 + ((h >>> 4) % 3) * 2;
  const w = 320 / stripes;
  const flags = 9;
  const sun = 40 + ((h >>> 8) % 240);
  const goods = Array.from({ length: 5 }, (_, i) => ({
    x: 52 + i * 54 + ((h >>> (10 + i)) % 9),
    kind: (h >>> (12 + i * 2)) % 3,
    tall: 22 + ((h >>> (14 + i)) % 14),
  }));
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 320 180"
      preserveAspectRatio="xMidYMid slice"
      className={className}
    >
      <rect width="320" height="180" fill={p.sky} />
      <circle cx={sun} cy="112" r="46" fill={p.accent} opacity="0.22" />
      {Array.from({ length: stripes }, (_, i) => (
        <path
          key={i}
          d={`M${i * w} 0h${w}v50a${w / 2} ${w / 2} 0 0 1 -${w} 0z`}
          fill={p.awning[i % 2]}
        />
      ))}
      <path
        d={`M0 78 Q80 ${94 + (h % 10)} 160 82 T320 80`}
        fill="none"
        stroke="#57534e"
        strokeWidth="1.2"
      />
      {Array.from({ length: flags }, (_, i) => {
        const x = 16 + i * 36;
        const y = 82 + Math.round(7 * Math.sin((i + (h % 5)) * 0.9));
        return (
          <path
            key={i}
            d={`M${x} ${y}l12 0l-6 14z`}
            fill={i % 3 === 0 ? p.accent : i % 3 === 1 ? p.awning[0] : "#ffffff"}
            stroke="#57534e"
            strokeWidth="0.5"
          />
        );
      })}
      <rect x="0" y="152" width="320" height="28" fill={p.awning[0]} opacity="0.9" />
      <rect x="0" y="150" width="320" height="4" fill="#57534e" opacity="0.35" />
      {goods.map((g, i) =>
        g.kind === 0 ? (
          // A jar with a lid.
          <g key={i} fill={i % 2 ? p.accent : "#fbf8f1"} stroke="#57534e" strokeWidth="1">
            <rect x={g.x - 11} y={150 - g.tall} width="22" height={g.tall} rx="6" />
            <rect x={g.x - 8} y={146 - g.tall} width="16" height="6" rx="2" fill={p.awning[0]} />
          </g>
        ) : g.kind === 1 ? (
          // A basket of fruit.
          <g key={i} stroke="#57534e" strokeWidth="1">
            <circle cx={g.x - 6} cy="136" r="7" fill={p.accent} />
            <circle cx={g.x + 6} cy="135" r="7" fill={p.awning[0]} />
            <circle cx={g.x} cy="130" r="7" fill="#e8743b" />
            <path d={`M${g.x - 16} 138h32l-4 12h-24z`} fill="#c8a26b" />
          </g>
        ) : (
          // A stack of folded cloth.
          <g key={i} stroke="#57534e" strokeWidth="1">
            <rect x={g.x - 15} y="140" width="30" height="10" rx="2" fill={p.awning[0]} />
            <rect x={g.x - 13} y="131" width="26" height="9" rx="2" fill={p.accent} />
            <rect x={g.x - 11} y="123" width="22" height="8" rx="2" fill="#fbf8f1" />
          </g>
        ),
      )}
    </svg>
  );
}

/** The cover: the organiser's picture when there is one, else the drawn stall. */
export function PromoCover({
  image,
  seed,
  className = "",
}: {
  image: string | null;
  seed: string;
  className?: string;
}) {
  return (
    <div className={`overflow-hidden bg-rice-100 ${className}`}>
      {image ? (
        <img
          src={image}
          alt=""
          width={640}
          height={360}
          loading="lazy"
          decoding="async"
          className="h-full w-full object-cover"
        />
      ) : (
        <StallArt seed={seed} className="h-full w-full" />
      )}
    </div>
  );
}

export type Phase = "ongoing" | "upcoming" | "past";

const PHASE_CLASS: Record<Phase, string> = {
  ongoing: "bg-brand-600 text-white",
  upcoming: "bg-accent-400 text-stone-900",
  past: "bg-stone-200 text-stone-700",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useT();
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-bold ${PHASE_CLASS[phase]}`}
    >
      {phase === "ongoing" && <span aria-hidden="true" className="h-2 w-2 rounded-full bg-white" />}
      {t(`promo.phase.${phase}`)}
    </span>
  );
}

export type CatalogueCardEntry = ProductCardData & { code: string | null; featured: boolean };

/**
 * The public catalogue: product cards in the order given (featured first), each with its booth
 * or shelf code and a "featured" mark above it.
 */
export function CatalogueGrid({
  entries,
  kind,
}: {
  entries: readonly CatalogueCardEntry[];
  kind: "fair" | "showroom";
}) {
  const { t } = useT();
  return (
    <ul className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 lg:grid-cols-4">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-col gap-1.5">
          <div className="flex min-h-7 flex-wrap items-center gap-1.5">
            {e.code && (
              <span className="inline-flex items-center rounded-md bg-stone-800 px-2 py-0.5 text-xs font-bold tracking-wide text-white">
                {t(kind === "fair" ? "promo.booth" : "promo.shelf", { code: e.code })}
              </span>
            )}
            {e.featured && (
              <span className="inline-flex items-center gap-1 rounded-md bg-accent-400 px-2 py-0.5 text-xs font-bold text-stone-900">
                <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3 w-3">
                  <path
                    d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9z"
                    fill="currentColor"
                  />
                </svg>
                {t("promo.featured")}
              </span>
            )}
          </div>
          <div className="flex flex-1">
            <ProductCard product={e} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A label and its value in the page's facts list. */
export function Fact({
  icon,
  label,
  children,
}: {
  icon: "calendar" | "pin" | "clock" | "people" | "phone";
  label: string;
  children: ReactNode;
}) {
  const paths: Record<typeof icon, string> = {
    calendar: "M4 6h12v11H4zM4 9h12M7 3v4M13 3v4",
    pin: "M10 18s6-5.2 6-10a6 6 0 1 0-12 0c0 4.8 6 10 6 10zm0-8a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
    clock: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM10 6v4l3 2",
    people:
      "M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1.5 17a5.5 5.5 0 0 1 11 0M14 9a2.5 2.5 0 1 0 0-5M15 12.2a4.5 4.5 0 0 1 3.5 4.8",
    phone:
      "M5 2h3l1.5 4-2 1.5a10 10 0 0 0 5 5l1.5-2 4 1.5v3a2 2 0 0 1-2 2A15 15 0 0 1 3 4a2 2 0 0 1 2-2z",
  };
  // A <dl> may hold a <div> only when it wraps nothing but <dt> and <dd>: the icon goes
  // inside the term, and the value is indented to line up with the label beside it.
  return (
    <div className="min-w-0">
      <dt className="flex gap-3 text-sm text-stone-600">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="relative top-0.5 h-5 w-5 shrink-0 text-brand-600"
        >
          <path
            d={paths[icon]}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {label}
      </dt>
      <dd className="pl-8 font-medium text-stone-900">{children}</dd>
    </div>
  );
}

/** The description, split into paragraphs; in English, falls back to the Vietnamese with a note. */
export function PromoDescription({
  descriptionVi,
  descriptionEn,
}: {
  descriptionVi: string;
  descriptionEn: string | null;
}) {
  const { t, lang } = useT();
  const fallsBack = lang === "en" && !descriptionEn;
  return (
    <>
      {fallsBack && (
        <p className="mt-6 text-sm italic text-stone-600">{t("promo.descriptionInVietnamese")}</p>
      )}
      <div
        className="mt-4 max-w-prose space-y-3 leading-relaxed text-stone-800"
        lang={fallsBack ? "vi" : undefined}
      >
        {pick(lang, descriptionVi, descriptionEn)
          .split(/\n{2,}/)
          .map((para, i) => (
            <p key={i}>{para}</p>
          ))}
      </div>
    </>
  );
}

export function PrinterIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
      <path
        d="M5 8V3h10v5M5 14H3V8h14v6h-2M6 11h8v6H6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}
