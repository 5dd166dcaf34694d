import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { LookupAnswer, WhyCheck } from "~/components/certificate/lookup";
import { LOOKUP_MAX_LENGTH } from "~/domain/certificate/lookup-query";
import { lookupCertificates } from "~/domain/certificate/lookup.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { enter } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, query } = await enter(args, "public");
  const today = todayInVietnam();
  // The domain validates the text (length, whitespace); an over-long q gets a message, not a 400.
  const lookup = await lookupCertificates(db, today, query.get("q") ?? "");
  const t = makeT(lang);
  // A public page, the same for every reader: cacheable, so no reply() (private, no-store).
  return {
    lookup,
    today,
    meta: { title: t("certificates.meta.title"), description: t("certificates.meta.description") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: data.meta.title },
        { name: "description", content: data.meta.description },
        // Result pages are endless variations of one page: only the empty form is indexed.
        ...(data.lookup.kind === "empty" ? [] : [{ name: "robots", content: "noindex" }]),
      ]
    : [];

export default function Certificates() {
  const { lookup, today } = useLoaderData<typeof loader>();
  const { t } = useT();
  const q = lookup.kind === "empty" ? "" : lookup.q;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("certificates.title")}</h1>
      <p className="mt-2 text-stone-700">{t("certificates.lead")}</p>

      <Form
        method="get"
        role="search"
        aria-label={t("certificates.form.landmark")}
        className="mt-6"
      >
        <label htmlFor="certificate-q" className="block text-sm font-medium text-stone-700">
          {t("certificates.form.label")}
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row">
          <input
            id="certificate-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={LOOKUP_MAX_LENGTH}
            placeholder={t("certificates.form.placeholder")}
            autoComplete="off"
            className="min-h-12 flex-1 rounded-lg border border-stone-300 bg-white px-4 text-base"
          />
          <button
            type="submit"
            className="min-h-12 rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
          >
            {t("certificates.form.submit")}
          </button>
        </div>
      </Form>

      <div className="mt-8" aria-live="polite">
        {lookup.kind === "empty" && <WhyCheck />}
        <LookupAnswer lookup={lookup} today={today} />
      </div>
    </div>
  );
}
