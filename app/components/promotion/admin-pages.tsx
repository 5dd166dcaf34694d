/**
 * The workspace's fair and showroom pages, one of each for both kinds: the list, the new form
 * and the curation page. The route files bind a kind to these and to the loaders and actions
 * of app/web/promotion-routes.server.ts.
 */
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { DataTable } from "~/components/workspace/data-table";
import {
  dangerButtonClass,
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { PROMOTION_FORMS, PROMOTION_PATHS } from "~/domain/promotion/schemas";
import { formatNumber, pick, type Lang, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import type {
  adminListLoader,
  adminPromotionAction,
  adminPromotionLoader,
  newPromotionAction,
  newPromotionLoader,
} from "~/web/promotion-routes.server";
import { formatDateRange } from "./date-range";
import { CurationPanel } from "./curation-panel";
import { PromotionForm } from "./promotion-form";

const TEXT = {
  fair: {
    title: "promo.admin.fairs.title",
    lead: "promo.admin.fairs.lead",
    new: "promo.admin.fairs.new",
    newTitle: "promo.admin.fairs.newTitle",
    empty: "promo.admin.fairs.empty",
    back: "promo.admin.fairs.back",
  },
  showroom: {
    title: "promo.admin.showrooms.title",
    lead: "promo.admin.showrooms.lead",
    new: "promo.admin.showrooms.new",
    newTitle: "promo.admin.showrooms.newTitle",
    empty: "promo.admin.showrooms.empty",
    back: "promo.admin.showrooms.back",
  },
} as const;

/** The workspace pages are never indexed. */
function StatusOf({ t, status }: { t: T; status: "draft" | "published" }) {
  return (
    <StatusBadge tone={status === "published" ? "green" : "stone"}>
      {t(`promo.status.${status}`)}
    </StatusBadge>
  );
}

type ListItem = ReturnType<
  typeof useLoaderData<ReturnType<typeof adminListLoader>>
>["items"][number];

/** A row's "when" (a fair's dates) or "what" (a showroom's location type), and its place. */
function listCells(t: T, lang: Lang, p: ListItem) {
  if (p.kind === "fair")
    return {
      brief: formatDateRange(lang, p.startsOn, p.endsOn),
      briefOnSmall: true,
      place: p.venue,
      placeDetail: p.provinceName,
    };
  return {
    brief: t(`promo.type.${p.locationType}`),
    briefOnSmall: false,
    place: p.address,
    placeDetail: `${p.communeName}, ${p.provinceName}`,
  };
}

export function AdminPromotionListPage() {
  const { kind, items } = useLoaderData<ReturnType<typeof adminListLoader>>();
  const { t, lang } = useT();
  const text = TEXT[kind];
  return (
    <>
      <PageHeader
        title={t(text.title)}
        description={t(text.lead)}
        actions={
          <Link to={`${PROMOTION_PATHS[kind].admin}/new`} className={primaryButtonClass}>
            + {t(text.new)}
          </Link>
        }
      />
      <DataTable
        caption={t(text.title)}
        captionHidden
        rows={items}
        rowKey={(p) => p.id}
        empty={t(text.empty)}
        columns={[
          {
            key: "name",
            header: t("promo.admin.col.name"),
            rowHeader: true,
            cell: (p) => {
              const cells = listCells(t, lang, p);
              return (
                <>
                  <Link
                    to={`${PROMOTION_PATHS[kind].admin}/${p.id}`}
                    className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                  >
                    {pick(lang, p.nameVi, p.nameEn)}
                  </Link>
                  <span
                    className={`mt-0.5 block text-xs font-normal text-stone-600${cells.briefOnSmall ? " sm:hidden" : ""}`}
                  >
                    {cells.brief}
                  </span>
                </>
              );
            },
          },
          ...(kind === "fair"
            ? [
                {
                  key: "dates",
                  header: t("promo.admin.col.dates"),
                  wide: true,
                  cell: (p: ListItem) => (
                    <span className="whitespace-nowrap">
                      {listCells(t, lang, p).brief}
                      {p.phase && (
                        <span className="block text-xs text-stone-600">
                          {t(`promo.phase.${p.phase}`)}
                        </span>
                      )}
                    </span>
                  ),
                },
              ]
            : []),
          {
            key: "place",
            header: t("promo.admin.col.place"),
            wide: true,
            cell: (p) => {
              const cells = listCells(t, lang, p);
              return (
                <>
                  {cells.place}
                  <span className="block text-xs text-stone-600">{cells.placeDetail}</span>
                </>
              );
            },
          },
          {
            key: "organiser",
            header: t("promo.admin.col.organiser"),
            wide: true,
            cell: (p) => p.organiserName,
          },
          {
            key: "products",
            header: t("promo.admin.col.products"),
            numeric: true,
            cell: (p) => formatNumber(lang, p.entries),
          },
          {
            key: "status",
            header: t("promo.admin.col.status"),
            cell: (p) => <StatusOf t={t} status={p.status} />,
          },
        ]}
      />
    </>
  );
}

export function NewPromotionPage() {
  const { t } = useT();
  const { kind, provinces, organisers, communes, defaults } =
    useLoaderData<ReturnType<typeof newPromotionLoader>>();
  const actionData = useActionData<ReturnType<typeof newPromotionAction>>();
  return (
    <>
      <PageHeader
        title={t(TEXT[kind].newTitle)}
        back={{ to: PROMOTION_PATHS[kind].admin, label: t(TEXT[kind].back) }}
      />
      <div className="max-w-3xl rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <PromotionForm
          kind={kind}
          t={t}
          intent="create"
          submitLabel={t("promo.admin.form.create")}
          values={actionData?.values ?? defaults}
          errors={actionData?.errors ?? {}}
          provinces={provinces}
          communes={actionData?.communes ?? communes}
          organisers={organisers}
        />
      </div>
    </>
  );
}

export function AdminPromotionPage() {
  const { t, lang } = useT();
  const {
    promotion: p,
    phase,
    q,
    results,
    provinces,
    communes,
    organisers,
    flash,
  } = useLoaderData<ReturnType<typeof adminPromotionLoader>>();
  const actionData = useActionData<ReturnType<typeof adminPromotionAction>>();
  const details = actionData?.form === "details" ? actionData : null;
  const entryError = actionData?.form === "entry" ? actionData : null;
  const kind = p.kind;
  const published = p.status === "published";
  const publicPath = `${PROMOTION_PATHS[kind].public}/${p.slug}`;
  const fields: readonly string[] = PROMOTION_FORMS[kind].fields;
  const record: Record<string, unknown> = p;
  const current = Object.fromEntries(
    fields.map((f) => [f, typeof record[f] === "string" ? String(record[f]) : ""]),
  );
  return (
    <>
      <PageHeader
        title={pick(lang, p.nameVi, p.nameEn)}
        back={{ to: PROMOTION_PATHS[kind].admin, label: t(TEXT[kind].back) }}
        badge={<StatusOf t={t} status={p.status} />}
        description={
          <span className="text-sm">
            {p.kind === "fair"
              ? `${formatDateRange(lang, p.startsOn, p.endsOn)} · ${phase ? t(`promo.phase.${phase}`) : ""} · ${p.venue}`
              : `${t(`promo.type.${p.locationType}`)} · ${p.address}`}
          </span>
        }
        actions={
          <>
            {published && (
              <>
                <Link to={publicPath} className={secondaryButtonClass}>
                  {t("promo.admin.viewPublic")}
                </Link>
                <Link to={`${publicPath}/print`} className={secondaryButtonClass}>
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
        <code className="break-all text-xs text-stone-600">{publicPath}</code>
      </p>

      <div className="space-y-6">
        <CurationPanel
          t={t}
          lang={lang}
          kind={kind}
          entries={p.entries}
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
            <PromotionForm
              kind={kind}
              t={t}
              intent="details"
              submitLabel={t("promo.admin.form.save")}
              values={details?.values ?? current}
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
