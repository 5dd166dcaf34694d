import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ExpiringTable } from "~/components/admin/expiring-table";
import { SelectField } from "~/components/form/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import {
  listExpiringCertificates,
  type ExpiringCertificate,
} from "~/domain/certificate/expiring.server";
import { formatDate, formatNumber, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, { role: ["official"] });
  const today = todayInVietnam();
  const list = await listExpiringCertificates(db, user, today, { unit: query.get("unit") });
  const t = makeT(lang);
  return reply({
    list,
    today,
    meta: { title: `${t("acert.expiring.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function ExpiringCertificates() {
  const { t, lang } = useT();
  const { list, today } = useLoaderData<typeof loader>();
  const unitOf = (c: ExpiringCertificate) =>
    list.unitLevel === "province"
      ? { code: c.provinceCode, name: c.provinceName }
      : { code: c.communeCode, name: c.communeName };
  const groups = new Map<string, { name: string; items: ExpiringCertificate[] }>();
  for (const c of list.items) {
    const u = unitOf(c);
    const g = groups.get(u.code) ?? { name: u.name, items: [] };
    g.items.push(c);
    groups.set(u.code, g);
  }
  const ordered = [...groups.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, "vi"));
  const csvHref = `/admin/certificates/expiring.csv${list.unit ? `?unit=${list.unit}` : ""}`;

  return (
    <>
      <PageHeader
        title={t("acert.expiring.title")}
        description={t("acert.expiring.description", {
          from: formatDate(lang, list.from),
          until: formatDate(lang, list.until),
        })}
        actions={
          <>
            {list.items.length > 0 && (
              <a href={csvHref} className={secondaryButtonClass} download>
                {t("acert.expiring.csv")}
              </a>
            )}
            <Link to="/admin/products?state=expired" className={secondaryButtonClass}>
              {t("acert.expiring.allExpired")}
            </Link>
          </>
        }
      />
      {list.units.length > 1 && (
        <Form
          method="get"
          className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
        >
          <div className="min-w-0 flex-1 sm:max-w-sm">
            <SelectField
              name="unit"
              label={t("acert.expiring.unit")}
              placeholder={t("acert.expiring.unitAll")}
              options={list.units.map((u) => ({
                value: u.code,
                label: `${u.name} (${formatNumber(lang, u.count)})`,
              }))}
              defaultValue={list.unit}
            />
          </div>
          <button type="submit" className={`${primaryButtonClass} mb-4`}>
            {t("acert.expiring.apply")}
          </button>
        </Form>
      )}
      <p className="mb-3 text-sm text-stone-700" role="status">
        {t("acert.expiring.count", { count: formatNumber(lang, list.items.length) })}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white p-5 text-stone-600">
          {t("acert.expiring.empty")}
        </p>
      ) : (
        <div className="space-y-8">
          {ordered.map(([code, g]) => (
            <section key={code} aria-labelledby={`unit-${code}`}>
              <h2 id={`unit-${code}`} className="mb-3 text-lg font-bold">
                {g.name}{" "}
                <span className="text-sm font-normal text-stone-600">
                  ({formatNumber(lang, g.items.length)})
                </span>
              </h2>
              <ExpiringTable
                t={t}
                lang={lang}
                unitName={g.name}
                unitLevel={list.unitLevel}
                items={g.items}
                today={today}
              />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
