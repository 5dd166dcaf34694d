import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CertStateBadge } from "~/components/admin/certificate-bits";
import { NewDecisionForm, RevokeForm } from "~/components/admin/product-decision-forms";
import {
  CertificateFacts,
  CertificateHistory,
  ProductFacts,
  VisibilityNote,
} from "~/components/admin/product-detail";
import { AlcoholForm } from "~/components/admin/alcohol-form";
import { FormAlert } from "~/components/form/form-alert";
import { PageHeader } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import {
  getAdminProduct,
  listLegalBases,
  productExistsInScope,
} from "~/domain/product/register.server";
import { alcoholSchema } from "~/domain/product/alcohol";
import { setProductAlcoholPercent } from "~/domain/product/alcohol-commands.server";
import { DECISION_FIELDS, newDecisionSchema, revokeSchema } from "~/domain/certificate/schemas";
import {
  loadDecisionContext,
  recordNewDecision,
  revokeCertificate,
} from "~/domain/certificate/commands.server";
import { makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { byIntent, enter, enterAction, notFound, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

const SAVED = ["created", "renew", "regrade", "certify", "revoked"] as const;
type Saved = (typeof SAVED)[number];

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, id } = await enter(args, { role: ["official"] });
  const today = todayInVietnam();
  const [detail, bases] = await Promise.all([
    getAdminProduct(db, user, id(), today),
    listLegalBases(db),
  ]);
  if (!detail) throw notFound();
  const t = makeT(lang);
  return reply({
    detail,
    bases,
    today,
    meta: { title: `${detail.product.nameVi} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  form: "decision" | "revoke" | "alcohol";
  values: Record<string, string>;
  errors: FieldErrors;
};

export async function action(args: ActionFunctionArgs) {
  const call = await enterAction(args, { role: ["official"] });
  const { user, db, form } = call;
  const id = call.id();
  // Out of scope answers 404 whatever the form says, so a form tells nothing of the product.
  if (!(await productExistsInScope(db, user, id))) throw notFound();
  const back = (saved: Saved) => redirect(`/admin/products/${id}?saved=${saved}`, 303);

  return byIntent(call.intent, {
    decision: async () => {
      const raw = formFields(form, DECISION_FIELDS);
      const values = Object.fromEntries(DECISION_FIELDS.map((f) => [f, raw[f] ?? ""]));
      const refuse = (errors: FieldErrors) =>
        reply<ActionData>({ form: "decision", values, errors }, 400);
      const context = await loadDecisionContext(db, todayInVietnam());
      const parsed = newDecisionSchema(context).safeParse(raw);
      if (!parsed.success) return refuse(fieldErrors(parsed.error));
      const result = await recordNewDecision(db, user, id, parsed.data);
      if (!result.ok) {
        if (result.kind === "notFound") throw notFound();
        return refuse(result.errors);
      }
      return back(result.kind);
    },
    revoke: async () => {
      const raw = formFields(form, ["reason"]);
      const values = { reason: raw.reason ?? "" };
      const refuse = (errors: FieldErrors) =>
        reply<ActionData>({ form: "revoke", values, errors }, 400);
      const parsed = revokeSchema.safeParse(raw);
      if (!parsed.success) return refuse(fieldErrors(parsed.error));
      const result = await revokeCertificate(db, user, id, parsed.data.reason);
      if (!result.ok) {
        if (result.kind === "notFound") throw notFound();
        return refuse(result.errors);
      }
      return back("revoked");
    },
    alcohol: async () => {
      const values = { alcoholPercent: formFields(form, ["alcoholPercent"]).alcoholPercent ?? "" };
      const parsed = alcoholSchema.safeParse(values);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      if (!parsed.success) return reply<ActionData>({ form: "alcohol", values, errors }, 400);
      const result = await setProductAlcoholPercent(db, user, id, parsed.data.alcoholPercent);
      if (!result.ok) throw notFound();
      return redirect(`/admin/products/${id}?saved=alcohol`, 303);
    },
  });
}

export default function AdminProductPage() {
  const { t, lang } = useT();
  const { detail, bases, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  const savedKey = (SAVED as readonly string[]).includes(saved ?? "")
    ? (`acert.saved.${saved as Saved}` as const)
    : null;
  const { product, producer, active } = detail;
  const byId = new Map(detail.certificates.map((c) => [c.id, c]));
  const revokeError =
    actionData?.form === "revoke" && actionData.errors.reason
      ? t(actionData.errors.reason)
      : undefined;

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
          {active && (
            <RevokeForm
              t={t}
              reason={actionData?.form === "revoke" ? (actionData.values.reason ?? "") : ""}
              error={revokeError}
            />
          )}
        </div>
      </div>
    </>
  );
}
