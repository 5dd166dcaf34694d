/**
 * The audit log screen's pieces: the filter form (a GET form: the filters are the URL), the
 * entries with their field-by-field changes, and the pager (newest / older).
 */
import { Form, Link } from "@remix-run/react";
import { SelectField, TextField } from "~/components/form/field";
import { primaryButtonClass, secondaryButtonClass } from "~/components/workspace/page-header";
import type { AuditChange, AuditFilters as Filters } from "~/domain/audit/log.server";
import type { T } from "~/i18n";

type Option = { value: string; label: string };

/** One entry as the loader sends it (see labelAuditPage). */
export type AuditEntryView = {
  id: number;
  action: string;
  actionLabel: string;
  entityId: string;
  entityLabel: string;
  href: string | null;
  createdAt: string;
  when: string;
  actorEmail: string;
  actorRole: string;
  changes: AuditChange[];
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function Changes({ changes, t }: { changes: AuditChange[]; t: T }) {
  if (changes.length === 0) return null;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">{t("admin.audit.changes")}</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th scope="col" className="w-1/4 py-1 pr-3 font-semibold">
              {t("admin.audit.field")}
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              {t("admin.audit.before")}
            </th>
            <th scope="col" className="py-1 font-semibold">
              {t("admin.audit.after")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 align-top">
          {changes.map((c) => (
            <tr key={c.field}>
              <th
                scope="row"
                className="py-1.5 pr-3 text-left font-mono text-xs font-medium break-words text-stone-700"
              >
                {c.field}
              </th>
              <td className="py-1.5 pr-3 break-words text-red-800">
                <span className="line-clamp-4">{show(c.before)}</span>
              </td>
              <td className="py-1.5 break-words text-brand-800">
                <span className="line-clamp-4">{show(c.after)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditFilterForm({
  t,
  filters,
  page,
  filtered,
}: {
  t: T;
  filters: Filters;
  page: { actions: Option[]; entityTypes: Option[] };
  filtered: boolean;
}) {
  return (
    <Form
      method="get"
      role="search"
      aria-label={t("admin.audit.filters")}
      className="mb-6 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      {/* On a phone the two dates share a row; everything else takes the full width. */}
      <div className="grid grid-cols-2 gap-x-4 lg:grid-cols-5">
        <div className="col-span-2 sm:col-span-1">
          <SelectField
            name="action"
            label={t("admin.audit.action")}
            placeholder={t("admin.audit.all")}
            options={page.actions}
            defaultValue={filters.action}
          />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <SelectField
            name="entityType"
            label={t("admin.audit.entityType")}
            placeholder={t("admin.audit.all")}
            options={page.entityTypes}
            defaultValue={filters.entityType}
          />
        </div>
        <div className="col-span-2 lg:col-span-1">
          <TextField
            name="actor"
            type="search"
            label={t("admin.audit.actor")}
            defaultValue={filters.actor}
            autoComplete="off"
          />
        </div>
        <TextField
          name="from"
          type="date"
          label={t("admin.audit.from")}
          defaultValue={filters.from}
        />
        <TextField name="to" type="date" label={t("admin.audit.to")} defaultValue={filters.to} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass}>
          {t("admin.audit.filter")}
        </button>
        {filtered && (
          <Link to="/admin/audit" className={secondaryButtonClass}>
            {t("admin.audit.clear")}
          </Link>
        )}
      </div>
    </Form>
  );
}

export function AuditEntryList({
  t,
  entries,
  roleLabel,
  emptyText,
}: {
  t: T;
  entries: AuditEntryView[];
  roleLabel: (role: string) => string;
  emptyText: string;
}) {
  if (entries.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-stone-300 bg-white p-5 text-stone-600">
        {emptyText}
      </p>
    );
  return (
    <ol className="space-y-3" aria-label={t("admin.audit.entries")}>
      {entries.map((e) => (
        <li key={e.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="text-sm font-semibold text-stone-900">{e.actionLabel}</span>
              {e.actionLabel !== e.action && (
                <code className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">
                  {e.action}
                </code>
              )}
              <span className="text-sm text-stone-700">
                {e.href ? (
                  <Link
                    to={e.href}
                    className="font-medium text-brand-700 underline underline-offset-2"
                  >
                    {e.entityLabel} #{e.entityId}
                  </Link>
                ) : (
                  `${e.entityLabel} #${e.entityId}`
                )}
              </span>
            </p>
            <p className="text-sm text-stone-600">
              <time dateTime={e.createdAt}>{e.when}</time>
            </p>
          </div>
          <p className="mt-1 text-sm text-stone-700">
            <span className="break-all font-medium">{e.actorEmail}</span>
            <span className="text-stone-500"> · {roleLabel(e.actorRole)}</span>
          </p>
          <Changes changes={e.changes} t={t} />
        </li>
      ))}
    </ol>
  );
}

export function AuditPager({
  t,
  newestHref,
  olderHref,
}: {
  t: T;
  newestHref: string | null;
  olderHref: string | null;
}) {
  return (
    <nav
      aria-label={t("admin.audit.pages")}
      className="mt-6 flex flex-wrap items-center justify-between gap-3"
    >
      {newestHref ? (
        <Link to={newestHref} className={secondaryButtonClass}>
          <span aria-hidden="true">←&nbsp;</span>
          {t("admin.audit.newest")}
        </Link>
      ) : (
        <span />
      )}
      {olderHref && (
        <Link to={olderHref} className={secondaryButtonClass}>
          {t("admin.audit.older")}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      )}
    </nav>
  );
}
