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
import { CurationPanel, ShowroomForm } from "~/components/promotion/promo-admin";
import {
  dangerButtonClass,
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { listCommunes, listProvinces } from "~/domain/place/places.server";
import { SHOWROOM_FIELDS, showroomSchema } from "~/domain/promotion/schemas";
import {
  getShowroomForOfficial,
  organiserOptions,
  promotionInScope,
  searchPickerProducts,
  updateShowroom,
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
  const showroom = await getShowroomForOfficial(db, user, id, today);
  if (!showroom) throw notFound();
  const query = readQuery(request);
  const q = (query.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
  const [results, provinces, organisers, communes] = await Promise.all([
    q ? searchPickerProducts(db, today, q, "showroom", id) : Promise.resolve([]),
    listProvinces(db),
    organiserOptions(db, user),
    listCommunes(db, showroom.provinceCode),
  ]);
  const done = query.get("done");
  const t = makeT(await getLang(request));
  return data(
    {
      showroom,
      communes,
      q,
      results,
      provinces,
      // The current organiser stays choosable even when it is not one of the user's options.
      organisers: organisers.some((o) => o.code === showroom.organiserPlaceCode)
        ? organisers
        : [
            {
              code: showroom.organiserPlaceCode,
              name: showroom.organiserName,
              level: "province" as const,
            },
            ...organisers,
          ],
      flash: (done && DONE_FLASHES[done]) || null,
      meta: { title: `${showroom.nameVi} · ${t("admin.workspace")}` },
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
  if (!(await promotionInScope(db, user, "showroom", id))) throw notFound();
  const form = await readForm(request);
  const intent = form.get("intent");

  if (intent === "details" || intent === "province") {
    const raw = formFields(form, SHOWROOM_FIELDS);
    const values = Object.fromEntries(SHOWROOM_FIELDS.map((f) => [f, raw[f] ?? ""]));
    const reply = async (errors: FieldErrors, status: number) => {
      const province = values.provinceCode ?? "";
      const communes = /^[0-9]{2}$/.test(province) ? await listCommunes(db, province) : [];
      return data(
        { form: "details" as const, values, errors, communes },
        { status, headers: NO_STORE },
      );
    };
    // Without JavaScript: the province was chosen, the page comes back with its communes.
    if (intent === "province") return reply({}, 200);
    const parsed = showroomSchema.safeParse(raw);
    if (!parsed.success) return reply(fieldErrors(parsed.error), 400);
    const result = await updateShowroom(db, user, id, parsed.data);
    if (!result.ok) {
      if (result.notFound) throw notFound();
      return reply(result.fieldErrors, 400);
    }
    return redirect(`/admin/showrooms/${id}?done=saved#details`, 303);
  }
  if (isCurationIntent(intent)) return curationAction(db, user, "showroom", id, intent, form);
  return data(entryFailure(null, { message: "promo.admin.error.intent" }), {
    status: 400,
    headers: NO_STORE,
  });
}

export default function AdminShowroom() {
  const { t, lang } = useT();
  const { showroom, communes, q, results, provinces, organisers, flash } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const details = actionData?.form === "details" ? actionData : null;
  const entryError = actionData?.form === "entry" ? actionData : null;
  const published = showroom.status === "published";
  const showroomValues = Object.fromEntries(SHOWROOM_FIELDS.map((f) => [f, showroom[f] ?? ""]));
  return (
    <>
      <PageHeader
        title={pick(lang, showroom.nameVi, showroom.nameEn)}
        back={{ to: "/admin/showrooms", label: t("promo.admin.showrooms.back") }}
        badge={
          <StatusBadge tone={published ? "green" : "stone"}>
            {t(`promo.status.${showroom.status}`)}
          </StatusBadge>
        }
        description={
          <span className="text-sm">
            {t(`promo.type.${showroom.locationType}`)} · {showroom.address}
          </span>
        }
        actions={
          <>
            {published && (
              <>
                <Link to={`/showrooms/${showroom.slug}`} className={secondaryButtonClass}>
                  {t("promo.admin.viewPublic")}
                </Link>
                <Link to={`/showrooms/${showroom.slug}/print`} className={secondaryButtonClass}>
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
        <code className="break-all text-xs text-stone-600">/showrooms/{showroom.slug}</code>
      </p>

      <div className="space-y-6">
        <CurationPanel
          t={t}
          lang={lang}
          kind="showroom"
          entries={showroom.entries}
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
            <ShowroomForm
              t={t}
              intent="details"
              submitLabel={t("promo.admin.form.save")}
              values={details?.values ?? showroomValues}
              errors={details?.errors ?? {}}
              provinces={provinces}
              communes={details?.communes ?? communes}
              organisers={organisers}
            />
          </div>
        </section>
      </div>
    </>
  );
}
