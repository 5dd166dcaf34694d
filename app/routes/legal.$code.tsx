/**
 * /legal/<code> — the marketplace's legal texts (decision 0028): operating rules, privacy
 * notice, contact and complaints, operator and registration. The current version, or an earlier
 * one (`?version=N`, what a consent points to), in the reader's language.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LegalBody } from "~/components/legal/legal-body";
import { LEGAL_LINKS, legalPath, parseLegalCode } from "~/domain/legal/codes";
import { legalDocument, legalDocumentHistory } from "~/domain/legal/documents.server";
import { formatDate, makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getConfig } from "~/infra/config.server";
import { dayInVietnam } from "~/lib/dates";
import { parseInteger } from "~/lib/params";
import { enter, notFound } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, query } = await enter(args, "public");
  const code = parseLegalCode(args.params.code);
  if (!code) throw notFound();
  const rawVersion = query.get("version");
  const asked =
    rawVersion === null ? undefined : parseInteger(rawVersion, { min: 1, max: 1_000_000 });
  if (asked === null) throw notFound();
  const [doc, history] = await Promise.all([
    legalDocument(db, code, asked),
    legalDocumentHistory(db, code),
  ]);
  if (!doc) throw notFound();
  const t = makeT(lang);
  const title = pick(lang, doc.titleVi, doc.titleEn);
  const current = history[0]?.version ?? doc.version;
  return {
    code,
    title,
    body: pick(lang, doc.bodyVi, doc.bodyEn),
    version: doc.version,
    publishedOn: dayInVietnam(doc.publishedAt),
    current,
    versions: history.map((h) => ({
      version: h.version,
      publishedOn: dayInVietnam(h.publishedAt),
    })),
    meta: {
      title: `${title} · ${t("site.name")}`,
      canonical: `${getConfig().siteUrl}${legalPath(code)}`,
      // An earlier version is kept for the record, not for search engines.
      noindex: doc.version !== current,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { tagName: "link", rel: "canonical", href: data.meta.canonical },
        ...(data.meta.noindex ? [{ name: "robots", content: "noindex, follow" }] : []),
      ]
    : [];

export default function LegalPage() {
  const { t, lang } = useT();
  const { code, title, body, version, publishedOn, current, versions } =
    useLoaderData<typeof loader>();
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:py-12 lg:grid-cols-[1fr_16rem]">
      <article>
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">{title}</h1>
        <p className="mt-2 text-sm text-stone-600" data-testid="legal-version">
          {t("legal.page.version", { version, date: formatDate(lang, publishedOn) })}
        </p>
        {version !== current && (
          <p className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("legal.page.earlier")}{" "}
            <Link to={legalPath(code)} className="font-semibold underline">
              {t("legal.page.seeCurrent")}
            </Link>
          </p>
        )}
        <div className="mt-6">
          <LegalBody body={body} />
        </div>
      </article>
      <aside className="text-sm">
        <nav aria-label={t("legal.nav.label")}>
          <h2 className="font-semibold text-stone-900">{t("legal.nav.title")}</h2>
          <ul className="mt-2">
            {LEGAL_LINKS.map((l) => (
              <li key={l.code}>
                <Link
                  to={legalPath(l.code)}
                  aria-current={l.code === code ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center ${l.code === code ? "font-semibold text-stone-900" : "text-brand-700 hover:underline"}`}
                >
                  {t(l.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {versions.length > 1 && (
          <section className="mt-6">
            <h2 className="font-semibold text-stone-900">{t("legal.page.versions")}</h2>
            <ul className="mt-2">
              {versions.map((v) => (
                <li key={v.version}>
                  <Link
                    to={
                      v.version === current
                        ? legalPath(code)
                        : `${legalPath(code)}?version=${v.version}`
                    }
                    aria-current={v.version === version ? "page" : undefined}
                    className="inline-flex min-h-11 items-center text-brand-700 hover:underline"
                  >
                    {t("legal.page.versionItem", {
                      version: v.version,
                      date: formatDate(lang, v.publishedOn),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
