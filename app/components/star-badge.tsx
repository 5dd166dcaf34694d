import { useT } from "~/i18n/use-t";

const STAR_PATH = "M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9z";

/**
 * The OCOP rating as words first ("OCOP 4 sao" / "4-star OCOP") with the stars drawn beside
 * them for the eye only, so screen readers and people who do not know the icon get it too.
 */
export function StarBadge({ stars, size = "sm" }: { stars: number; size?: "sm" | "lg" }) {
  const { t } = useT();
  const large = size === "lg";
  return (
    <span
      className={`inline-flex max-w-full items-center rounded-full border border-amber-300 bg-amber-50 font-semibold text-amber-900 ${
        large ? "gap-1.5 px-3 py-1 text-sm" : "gap-1 px-1.5 py-0.5 text-xs"
      }`}
    >
      <span aria-hidden="true" className="flex">
        {Array.from({ length: stars }, (_, i) => (
          <svg key={i} viewBox="0 0 20 20" className={large ? "h-4 w-4" : "h-3 w-3"}>
            <path d={STAR_PATH} fill="#de911d" />
          </svg>
        ))}
      </span>
      <span className="whitespace-nowrap">{t("stars.label", { stars })}</span>
    </span>
  );
}
