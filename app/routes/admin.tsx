/**
 * The official workspace's frame: who is signed in and for which unit, and the sections.
 * Its loader lets only officials and administrators in, but Remix runs child loaders in
 * parallel with this one, so every /admin route checks the role (and scope) on its own too.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { workspaceLayout, type FrameProps } from "~/components/workspace/workspace-layout";
import { officialUnit } from "~/domain/policy/official-unit.server";
import { makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, reply } from "~/web/route.server";

/** The sections, in this order; some belong to other parts of the workspace. */
const ADMIN_NAV: readonly {
  to: string;
  label: MessageKey;
  end?: boolean;
  /** Shown to administrators only (the page refuses officials). */
  adminOnly?: boolean;
}[] = [
  { to: "/admin", label: "admin.nav.overview", end: true },
  { to: "/admin/producers", label: "admin.nav.producers" },
  { to: "/admin/products", label: "admin.nav.products" },
  { to: "/admin/certificates/expiring", label: "admin.nav.expiring" },
  { to: "/admin/entries", label: "entries.nav" },
  { to: "/admin/import", label: "admin.nav.import" },
  { to: "/admin/fairs", label: "admin.nav.fairs" },
  { to: "/admin/showrooms", label: "admin.nav.showrooms" },
  { to: "/admin/payouts", label: "settle.nav.payouts", adminOnly: true },
  { to: "/admin/legal", label: "admin.nav.legal", adminOnly: true },
  { to: "/admin/audit", label: "admin.nav.audit" },
];

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, { role: ["official"] });
  const t = makeT(lang);
  const unit = await officialUnit(db, user);
  const unitLabel =
    user.role === "administrator"
      ? t("admin.unit.administrator")
      : unit
        ? t("admin.unit.official", { unit: unit.inSentence, unitName: unit.name })
        : t("accounts.role.official");
  return reply({
    user: { name: user.name, email: user.email },
    unitLabel,
    isAdministrator: user.role === "administrator",
  });
}

const layout = workspaceLayout<typeof loader>("routes/admin", AdminFrame);
export default layout.Layout;
/** An error in a section keeps the workspace's frame and sections around its message. */
export const ErrorBoundary = layout.ErrorBoundary;

function AdminFrame({
  data: { user, unitLabel, isAdministrator },
  children,
}: FrameProps<typeof loader>) {
  const { t } = useT();
  const navRef = useRef<HTMLUListElement>(null);
  // On a phone the tab bar scrolls sideways: bring the current section into view.
  useEffect(() => {
    const list = navRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    // Sideways only: scrollIntoView also scrolled the page up to the bar after every submit.
    if (list && current)
      list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  });
  return (
    <>
      <div className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 pt-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
            {t("admin.workspace")}
          </p>
          <p className="text-sm text-stone-700">
            <span className="font-semibold text-stone-900">{unitLabel}</span>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            {/* The demo accounts are named after their unit: say it once. */}
            {user.name !== unitLabel && <>{user.name}, </>}
            <span className="break-all">{user.email}</span>
          </p>
        </div>
        <nav aria-label={t("admin.nav.label")} className="relative mx-auto max-w-6xl">
          <ul
            ref={navRef}
            className="flex gap-1 overflow-x-auto px-2 pt-2 text-sm [scrollbar-width:thin] sm:px-4"
          >
            {ADMIN_NAV.filter((item) => isAdministrator || !item.adminOnly).map((item) => (
              <li key={item.to} className="shrink-0">
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) =>
                    `inline-flex min-h-12 items-center whitespace-nowrap border-b-4 px-3 font-semibold ${
                      isActive
                        ? "border-brand-600 text-brand-800"
                        : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900"
                    }`
                  }
                >
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
          {/* A fade at the right edge says the bar scrolls on a narrow screen. */}
          <span
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 right-0 w-8 bg-linear-to-l from-white lg:hidden"
          />
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</div>
    </>
  );
}
