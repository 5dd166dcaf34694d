import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CertStateBadge } from "~/components/admin/certificate-bits";
import { EntriesPanel, RevokeByDecisionForm } from "~/components/admin/certificate-entries";
import { NewDecisionForm } from "~/components/admin/product-decision-forms";
import {
  CertificateFacts,
  CertificateHistory,
  ProductFacts,
  VisibilityNote,
} from "~/components/admin/product-detail";
import { AlcoholForm } from "~/components/admin/alcohol-form";
import { FormAlert } from "~/components/form/form-alert";
import { PageHeader } from "~/components/workspace/page-header";
import {
  getAdminProduct,
  listLegalBases,
  productExistsInScope,
} from "~/domain/product/register.server";
import { officialTier } from "~/domain/certificate/schemas";
import { listProductEntries, listRevocationGrounds } from "~/domain/certificate/entries.server";
import { makeT, pick } from "~/i18n";
import type { MessageKey } from "~/i18n/index";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { byIntent, enter, enterAction, notFound, reply } from "~/web/route.server";
import { decisionAction, entryAction, revokeAction } from "~/web/certificate-entry-actions.server";
import { alcoholAction } from "~/web/product-alcohol-action.server";
import {
  PRODUCT_SAVED,
  type ProductActionData,
  type ProductSaved,
} from "~/domain/certificate/entry-saved";
import { privatePageMeta } from "~/lib/page-meta";

const SAVED_KEY: Record<ProductSaved, MessageKey> = {
  created: "acert.saved.created",
  renew: "acert.saved.renew",
  regrade: "acert.saved.regrade",
  certify: "acert.saved.certify",
  revoked: "acert.saved.revoked",
  prepared: "entries.saved.prepared",
  confirmed: "entries.saved.confirmed",
  returned: "entries.saved.returned",
  alcohol: "alcohol.admin.saved",
};

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, id } = await enter(args, { role: ["official"] });
  const today = todayInVietnam();
  const productId = id();
  const [detail, bases, grounds, entries] = await Promise.all([
    getAdminProduct(db, user, productId, today),
    listLegalBases(db),
    listRevocationGrounds(db),
    listProductEntries(db, user, productId),
  ]);
  if (!detail) throw notFound();
  const t = makeT(lang);
  const tier = officialTier(user);
  // Who may revoke the current certificate here (the server checks again on submit).
  const revokeMode =
    detail.active?.issuingLevel === "ministry" && tier !== "administrator"
      ? ("ministryOnly" as const)
      : tier === "commune"
        ? ("prepare" as const)
        : ("revoke" as const);
  return reply({
    detail,
    bases,
    grounds,
    entries,
    revokeMode,
    canDecide: tier === "province" || tier === "administrator",
    prepares: tier === "commune",
    today,
    meta: { title: `${detail.product.nameVi} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  const call = await enterAction(args, { role: ["official"] });
  const { user, db, form } = call;
  const productId = call.id();
  // Out of scope answers 404 whatever the form says, so a form tells nothing of the product.
  if (!(await productExistsInScope(db, user, productId))) throw notFound();
  const c = { db, user, form, productId };
  return byIntent(call.intent, {
    decision: () => decisionAction(c),
    revoke: () => revokeAction(c, false),
    prepareRevocation: () => revokeAction(c, true),
    confirmEntry: () => entryAction(c, true),
    returnEntry: () => entryAction(c, false),
    alcohol: () => alcoholAction(c),
  });
}

export default function AdminProductPage() {
  const { t, lang } = useT();
  const { detail, bases, grounds, entries, revokeMode, canDecide, prepares, today } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ProductActionData | undefined;
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  const savedKey = (PRODUCT_SAVED as readonly string[]).includes(saved ?? "")
    ? SAVED_KEY[saved as ProductSaved]
    : null;
  const { product, producer, active } = detail;
  const byId = new Map(detail.certificates.map((c) => [c.id, c]));

  return (
    <>
      <PageHeader
        title={pick(lang, product.nameVi, product.nameEn)}
        back={{ to: "/admin/products", label: t("acert.detail.back") }}
        badge={<CertStateBadge t={t} state={detail.state} />}
        description={
          <>
            {producer.name}
            <span aria-hidden="true"> · </span>
            {producer.communeName}, {producer.provinceName}
          </>
        }
      />
      {savedKey && <FormAlert tone="info">{t(savedKey)}</FormAlert>}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <VisibilityNote t={t} detail={detail} />
          <section
            aria-labelledby="current-certificate"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
          >
            <h2 id="current-certificate" className="mb-4 text-lg font-bold">
              {t("acert.detail.current")}
            </h2>
            {active ? (
              <CertificateFacts t={t} lang={lang} c={active} byId={byId} />
            ) : (
              <p className="text-stone-700">{t("acert.detail.noCurrent")}</p>
            )}
          </section>
          <ProductFacts t={t} lang={lang} detail={detail} />
          <EntriesPanel
            t={t}
            lang={lang}
            entries={entries}
            canDecide={canDecide}
            decideFor={actionData?.form === "entry" ? actionData : null}
          />
          <CertificateHistory
            t={t}
            lang={lang}
            past={detail.certificates.filter((c) => c.status !== "active")}
            byId={byId}
          />
        </div>
        <div className="space-y-6">
          <NewDecisionForm
            t={t}
            lang={lang}
            hasActive={active !== null}
            values={actionData?.form === "decision" ? actionData.values : {}}
            errors={actionData?.form === "decision" ? actionData.errors : {}}
            bases={bases}
            today={today}
          />
          <AlcoholForm
            t={t}
            stored={product.alcoholPercent}
            sent={actionData?.form === "alcohol" ? actionData : undefined}
          />
          {prepares && <FormAlert tone="info">{t("entries.leadCommune")}</FormAlert>}
          {actionData?.form === "decision" && actionData.errors.form && (
            <FormAlert tone="error">{t(actionData.errors.form)}</FormAlert>
          )}
          {active && (
            <RevokeByDecisionForm
              t={t}
              lang={lang}
              mode={revokeMode}
              grounds={grounds}
              bases={bases}
              values={actionData?.form === "revoke" ? actionData.values : {}}
              errors={actionData?.form === "revoke" ? actionData.errors : {}}
              today={today}
            />
          )}
        </div>
      </div>
    </>
  );
}
