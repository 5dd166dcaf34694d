import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditEntryList, AuditFilterForm, AuditPager } from "~/components/admin/audit-log";
import { PageHeader } from "~/components/workspace/page-header";
import { labelAuditPage } from "~/domain/audit/labels";
import { listAuditEntries, parseAuditFilters } from "~/domain/audit/log.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, { role: ["official"] });
  const t = makeT(lang);
  const filters = parseAuditFilters(query);
  const page = await listAuditEntries(db, user, filters);
  return reply({
    filters,
    page: labelAuditPage(t, lang, page),
    meta: { title: `${t("admin.audit.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

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
      <AuditFilterForm t={t} filters={filters} page={page} filtered={filtered} />
      <AuditEntryList
        t={t}
        entries={page.entries}
        roleLabel={roleLabel}
        emptyText={
          filtered || filters.before ? t("admin.audit.emptyFiltered") : t("admin.audit.empty")
        }
      />
      <AuditPager
        t={t}
        newestHref={filters.before ? query({}) : null}
        olderHref={page.nextBefore ? query({ before: String(page.nextBefore) }) : null}
      />
    </>
  );
}
