import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { FormAlert } from "~/components/account-form";
import { CurationPanel, FairForm } from "~/components/promotion/promo-admin";
import { formatDateRange } from "~/components/promotion/promo-public";
import {
  dangerButtonClass,
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { listProvinces } from "~/domain/place/places.server";
import { FAIR_FIELDS, fairSchema } from "~/domain/promotion/schemas";
import {
  fairPhase,
  getFairForOfficial,
  organiserOptions,
  promotionInScope,
  searchPickerProducts,
  updateFair,
} from "~/domain/promotion/promotion.server";
import { makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import {
  curationAction,
  DONE_FLASHES,
  entryFailure,
  isCurationIntent,
  NO_STORE,
  notFound,
} from "~/web/promotion-actions.server";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm, readQuery } from "~/web/request-input.server";
import { requireIdParam } from "~/lib/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const id = requireIdParam(params.id);
  const db = await getDb();
  const today = todayInVietnam();
  const fair = await getFairForOfficial(db, user, id, today);
  if (!fair) throw notFound();
  const query = readQuery(request);
  const q = (query.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
  const [results, provinces, organisers] = await Promise.all([
    q ? searchPickerProducts(db, today, q, "fair", id) : Promise.resolve([]),
    listProvinces(db),
    organiserOptions(db, user),
  ]);
  const done = query.get("done");
  const t = makeT(await getLang(request));
  return data(
    {
      fair,
      phase: fairPhase(fair, today),
      q,
      results,
      provinces,
      // The current organiser stays choosable even when it is not one of the user's options.
      organisers: organisers.some((o) => o.code === fair.organiserPlaceCode)
        ? organisers
        : [
            { code: fair.organiserPlaceCode, name: fair.organiserName, level: "province" as const },
            ...organisers,
          ],
      flash: (done && DONE_FLASHES[done]) || null,
      meta: { title: `${fair.nameVi} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const id = requireIdParam(params.id);
  const db = await getDb();
  // Out of scope learns nothing, not even that its form was wrong.
  if (!(await promotionInScope(db, user, "fair", id))) throw notFound();
  const form = await readForm(request);
  const intent = form.get("intent");

  if (intent === "details") {
    const raw = formFields(form, FAIR_FIELDS);
    const values = Object.fromEntries(FAIR_FIELDS.map((f) => [f, raw[f] ?? ""]));
    const reply = (errors: FieldErrors) =>
      data({ form: "details" as const, values, errors }, { status: 400, headers: NO_STORE });
    const parsed = fairSchema.safeParse(raw);
    if (!parsed.success) return reply(fieldErrors(parsed.error));
    const result = await updateFair(db, user, id, parsed.data);
    if (!result.ok) {
      if (result.notFound) throw notFound();
      return reply(result.fieldErrors);
    }
    return redirect(`/admin/fairs/${id}?done=saved#details`, 303);
  }
  if (isCurationIntent(intent)) return curationAction(db, user, "fair", id, intent, form);
  return data(entryFailure(null, { message: "promo.admin.error.intent" }), {
    status: 400,
    headers: NO_STORE,
  });
}

export default function AdminFair() {
  const { t, lang } = useT();
  const { fair, phase, q, results, provinces, organisers, flash } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const details = actionData?.form === "details" ? actionData : null;
  const entryError = actionData?.form === "entry" ? actionData : null;
  const published = fair.status === "published";
  const fairValues = Object.fromEntries(FAIR_FIELDS.map((f) => [f, fair[f] ?? ""]));
  return (
    <>
      <PageHeader
        title={pick(lang, fair.nameVi, fair.nameEn)}
        back={{ to: "/admin/fairs", label: t("promo.admin.fairs.back") }}
        badge={
          <StatusBadge tone={published ? "green" : "stone"}>
            {t(`promo.status.${fair.status}`)}
          </StatusBadge>
        }
        description={
          <span className="text-sm">
            {formatDateRange(lang, fair.startsOn, fair.endsOn)} · {t(`promo.phase.${phase}`)} ·{" "}
            {fair.venue}
          </span>
        }
        actions={
          <>
            {published && (
              <>
                <Link to={`/fairs/${fair.slug}`} className={secondaryButtonClass}>
                  {t("promo.admin.viewPublic")}
                </Link>
                <Link to={`/fairs/${fair.slug}/print`} className={secondaryButtonClass}>
                  {t("promo.admin.viewPrint")}
                </Link>
              </>
            )}
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value={published ? "unpublish" : "publish"}
                className={published ? dangerButtonClass : primaryButtonClass}
              >
                {published ? t("promo.admin.unpublish") : t("promo.admin.publish")}
              </button>
            </Form>
          </>
        }
      />
      {flash && <FormAlert tone="info">{t(flash)}</FormAlert>}
      <p className="mb-6 text-sm text-stone-700">
        {published ? t("promo.admin.publishedNote") : t("promo.admin.draftNote")}{" "}
        <code className="break-all text-xs text-stone-600">/fairs/{fair.slug}</code>
      </p>

      <div className="space-y-6">
        <CurationPanel
          t={t}
          lang={lang}
          kind="fair"
          entries={fair.entries}
          q={q}
          results={results}
          entryError={entryError}
        />
        <section
          id="details"
          aria-labelledby="details-heading"
          className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 id="details-heading" className="mb-4 text-lg font-bold">
            {t("promo.admin.details")}
          </h2>
          <div className="max-w-3xl">
            <FairForm
              t={t}
              intent="details"
              submitLabel={t("promo.admin.form.save")}
              values={details?.values ?? fairValues}
              errors={details?.errors ?? {}}
              provinces={provinces}
              organisers={organisers}
            />
          </div>
        </section>
      </div>
    </>
  );
}
