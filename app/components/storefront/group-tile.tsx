/** A tile of the home page's product groups: its icon, its name and how many products it has. */
import { Link } from "@remix-run/react";
import type { HomeGroup } from "~/domain/catalog/highlights.server";
import { formatNumber, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function GroupTile({ group }: { group: HomeGroup }) {
  const { t, lang } = useT();
  const empty = group.products === 0;
  return (
    <Link
      to={`/products?group=${encodeURIComponent(group.code)}`}
      className="flex h-full items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm transition hover:border-brand-500 hover:shadow lg:flex-col lg:items-start lg:p-4"
    >
      <GroupIcon code={group.code} />
      <span className="flex min-w-0 flex-1 flex-col gap-1 lg:h-full">
        <span className="font-semibold leading-snug text-stone-900">
          {pick(lang, group.nameVi, group.nameEn)}
        </span>
        <span className={`text-sm lg:mt-auto ${empty ? "text-stone-500" : "text-brand-700"}`}>
          {empty
            ? t("home.groups.none")
            : group.products === 1
              ? t("home.groups.countOne")
              : t("home.groups.count", { count: formatNumber(lang, group.products) })}
        </span>
      </span>
    </Link>
  );
}

/** Simple line icons for the six groups; an unknown code (a future scheme) gets a star. */
const GROUP_ICONS: Record<string, string> = {
  // a bowl of rice
  "thuc-pham": "M4 12h16a8 8 0 0 1-16 0Zm4-3c0-2 1-3 2-4m2 4c0-2 1-3 2-4m2 4c0-2 1-3 2-4",
  // a bottle
  "do-uong": "M10 3h4v4l2 3v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10l2-3Zm-2 9h8",
  // a leaf
  "thao-duoc": "M5 19c0-8 6-14 14-14 0 8-6 14-14 14Zm0 0 8-8",
  // a woven basket
  "thu-cong-my-nghe": "M4 10h16l-2 10H6Zm3 0 2-5m8 5-2-5M6 14h12M7 17h10",
  // a potted plant
  "sinh-vat-canh":
    "M12 13V7m0 3c-3 0-4-2-4-4 3 0 4 2 4 4Zm0-2c0-2 1-4 4-4 0 2-1 4-4 4ZM7 13h10l-1.5 7h-7Z",
  // a mountain and sun
  "du-lich": "M3 19l6-9 4 5 3-3 5 7Zm13-12a2 2 0 1 0 0-.01",
};
const STAR_ICON = "M12 4l2.4 5 5.6.7-4.1 3.8 1 5.5L12 16.3 7.1 19l1-5.5L4 9.7l5.6-.7Z";

function GroupIcon({ code }: { code: string }) {
  return (
    <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={GROUP_ICONS[code] ?? STAR_ICON} />
      </svg>
    </span>
  );
}
