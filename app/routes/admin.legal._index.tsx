/** /admin/legal — the marketplace's legal texts, their current versions (administrators only). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/workspace/page-header";
import { legalPath } from "~/domain/legal/codes";
import { listLegalDocuments } from "~/domain/legal/documents.server";
import { formatDate, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { dayInVietnam } from "~/lib/dates";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang } = await enter(args, { role: ["administrator"] });
  const t = makeT(lang);
  const documents = await listLegalDocuments(db);
  return reply({
    documents: documents.map((d) => ({
      code: d.code,
      version: d.version,
      titleVi: d.titleVi,
      titleEn: d.titleEn,
      publishedOn: dayInVietnam(d.publishedAt),
    })),
    meta: { title: `${t("admin.legal.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AdminLegalList() {
  const { t, lang } = useT();
  const { documents } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("admin.legal.title")} description={t("admin.legal.intro")} />
      <ul className="grid gap-3">
        {documents.map((d) => (
          <li key={d.code} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold text-stone-900">
              <Link to={`/admin/legal/${d.code}`} className="text-brand-700 underline">
                {d.titleVi}
              </Link>
            </h2>
            <p className="text-sm text-stone-600" lang="en">
              {d.titleEn}
            </p>
            <p className="mt-1 text-sm text-stone-700">
              {t("legal.page.version", {
                version: d.version,
                date: formatDate(lang, d.publishedOn),
              })}
              {" · "}
              <Link to={legalPath(d.code)} className="text-brand-700 underline">
                {t("admin.legal.viewPublic")}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
