/**
 * The top of a workspace page: an optional link back, the title (the page's only h1), a
 * short description and actions (links or small forms) that wrap below on a phone.
 *
 *   <PageHeader title={t("…")} back={{ to: "/admin/producers", label: t("…") }}
 *     actions={<Link to="new" className={primaryButtonClass}>…</Link>} />
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export const primaryButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700";
export const secondaryButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800 hover:bg-stone-50";
export const dangerButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg border border-red-300 bg-white px-5 font-semibold text-red-800 hover:bg-red-50";

export function PageHeader({
  title,
  description,
  actions,
  back,
  badge,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
  /** Beside the title, e.g. a StatusBadge. */
  badge?: ReactNode;
}) {
  return (
    <div className="mb-6">
      {back && (
        <Link
          to={back.to}
          className="mb-2 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {back.label}
        </Link>
      )}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight sm:text-3xl">
            <span className="break-words">{title}</span>
            {badge}
          </h1>
          {description && <div className="mt-1 text-stone-700">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
