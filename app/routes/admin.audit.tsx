import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { SelectField, TextField } from "~/components/workspace/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { getDb } from "~/infra/db.server";
import { listAuditEntries, parseAuditFilters, type AuditChange } from "~/domain/audit/log.server";
import { makeT, type Lang, type MessageKey, type T } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { messages } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { VIETNAM_TZ } from "~/lib/dates";
import { readQuery } from "~/web/request-input.server";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const FORMATS = new Map<Lang, Intl.DateTimeFormat>();

/** "14/03/2026 09:05" in Vietnam time, whatever the server's or the reader's zone. */
function vietnamDateTime(lang: Lang, iso: string): string {
  let f = FORMATS.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: VIETNAM_TZ,
      day: "2-digit",
      month: lang === "vi" ? "2-digit" : "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    FORMATS.set(lang, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const day =
    lang === "vi"
      ? `${parts.day}/${parts.month}/${parts.year}`
      : `${parts.day} ${parts.month} ${parts.year}`;
  return `${day} ${parts.hour}:${parts.minute}`;
}

/** Pages of the workspace an entry's record opens in, when there is one. */
function entityHref(entityType: string, entityId: string): string | null {
  if (!/^[0-9]+$/.test(entityId)) return null;
  switch (entityType) {
    case "producer":
      return `/admin/producers/${entityId}`;
    case "product":
      return `/admin/products/${entityId}`;
    case "fair":
      return `/admin/fairs/${entityId}`;
    case "showroom":
      return `/admin/showrooms/${entityId}`;
    default:
      return null;
  }
}

/** The translated name of an action or record type, or the raw code when it has none yet. */
function codeLabel(t: T, prefix: "admin.audit.act." | "admin.audit.entity.", code: string) {
  const key = `${prefix}${code}`;
  return key in messages.vi ? t(key as MessageKey) : code;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const lang = await getLang(request);
  const t = makeT(lang);
  const filters = parseAuditFilters(readQuery(request));
  const page = await listAuditEntries(await getDb(), user, filters);
  return data(
    {
      filters,
      page: {
        ...page,
        actions: page.actions.map((a) => ({
          value: a,
          label: codeLabel(t, "admin.audit.act.", a),
        })),
        entityTypes: page.entityTypes.map((a) => ({
          value: a,
          label: codeLabel(t, "admin.audit.entity.", a),
        })),
        entries: page.entries.map((e) => ({
          ...e,
          actionLabel: codeLabel(t, "admin.audit.act.", e.action),
          entityLabel: codeLabel(t, "admin.audit.entity.", e.entityType),
          when: vietnamDateTime(lang, e.createdAt),
          href: entityHref(e.entityType, e.entityId),
        })),
      },
      meta: { title: `${t("admin.audit.title")} · ${t("admin.workspace")}` },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

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

export default function AdminAudit() {
  const { t } = useT();
  const { filters, page } = useLoaderData<typeof loader>();
  const { before: _before, ...kept } = filters;
  const filtered = Object.keys(kept).length > 0;
  const query = (extra: Record<string, string>) => {
    const q = new URLSearchParams({
      ...(Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, String(v)])) as Record<
        string,
        string
      >),
      ...extra,
    });
    const s = q.toString();
    return s ? `/admin/audit?${s}` : "/admin/audit";
  };
  const roleLabel = (role: string) =>
    role === "administrator"
      ? t("accounts.role.administrator")
      : role === "official"
        ? t("accounts.role.official")
        : role === "producer_member"
          ? t("accounts.role.producer_member")
          : t("accounts.role.customer");

  return (
    <>
      <PageHeader title={t("admin.audit.title")} description={t("admin.audit.lead")} />
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

      {page.entries.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white p-5 text-stone-600">
          {filtered || filters.before ? t("admin.audit.emptyFiltered") : t("admin.audit.empty")}
        </p>
      ) : (
        <ol className="space-y-3" aria-label={t("admin.audit.entries")}>
          {page.entries.map((e) => (
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
      )}

      <nav
        aria-label={t("admin.audit.pages")}
        className="mt-6 flex flex-wrap items-center justify-between gap-3"
      >
        {filters.before ? (
          <Link to={query({})} className={secondaryButtonClass}>
            <span aria-hidden="true">←&nbsp;</span>
            {t("admin.audit.newest")}
          </Link>
        ) : (
          <span />
        )}
        {page.nextBefore && (
          <Link to={query({ before: String(page.nextBefore) })} className={secondaryButtonClass}>
            {t("admin.audit.older")}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        )}
      </nav>
    </>
  );
}
