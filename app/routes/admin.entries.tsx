import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EntryLine, EntryProductLink } from "~/components/admin/certificate-entries";
import { PageHeader } from "~/components/workspace/page-header";
import { listAwaitingEntries } from "~/domain/certificate/entries.server";
import { officialTier } from "~/domain/certificate/schemas";
import { makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

/**
 * Entries awaiting the province (1489: the commune proposes, the province recognises): for a
 * province official or an administrator, what to confirm or return (on the product's page);
 * for a commune official, what they prepared and where it stands.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, { role: ["official"] });
  const entries = await listAwaitingEntries(db, user);
  const t = makeT(lang);
  return reply({
    entries,
    commune: officialTier(user) === "commune",
    meta: { title: `${t("entries.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AwaitingEntries() {
  const { t, lang } = useT();
  const { entries, commune } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t("entries.title")}
        description={t(commune ? "entries.leadCommune" : "entries.lead")}
      />
      {entries.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-5 text-stone-700">
          {t("entries.empty")}
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:justify-between">
              <div className="min-w-0">
                <p className="break-words font-semibold text-stone-900">
                  {pick(lang, e.productNameVi, e.productNameEn)}
                  <span className="font-normal text-stone-600"> · {e.producerName}</span>
                </p>
                <EntryLine t={t} lang={lang} e={e} />
              </div>
              <div className="shrink-0">
                <EntryProductLink t={t} productId={e.productId} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
