import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { requireRole } from "~/web/auth.server";
import {
  CertStateBadge,
  certStatusLabel,
  DecisionFields,
  IssuerRules,
  levelLabel,
} from "~/components/admin/certificate-bits";
import { FormAlert } from "~/components/account-form";
import { StarBadge } from "~/components/star-badge";
import { TextAreaField } from "~/components/workspace/field";
import {
  dangerButtonClass,
  PageHeader,
  primaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import {
  getAdminProduct,
  listLegalBases,
  productExistsInScope,
  type AdminCertificate,
  type AdminProductDetail,
} from "~/domain/product/register.server";
import { DECISION_FIELDS, newDecisionSchema, revokeSchema } from "~/domain/certificate/schemas";
import {
  loadDecisionContext,
  recordNewDecision,
  revokeCertificate,
} from "~/domain/certificate/commands.server";
import { formatDate, formatNumber, formatVnd, makeT, pick, type MessageKey, type T } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { dayInVietnam, todayInVietnam } from "~/lib/dates";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";
import { requireIdParam } from "~/lib/params";

const NO_STORE = { "Cache-Control": "private, no-store" };
const SAVED = ["created", "renew", "regrade", "certify", "revoked"] as const;
type Saved = (typeof SAVED)[number];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const id = requireIdParam(params.id);
  const db = await getDb();
  const today = todayInVietnam();
  const [detail, bases] = await Promise.all([
    getAdminProduct(db, user, id, today),
    listLegalBases(db),
  ]);
  if (!detail) throw new Response("Not Found", { status: 404 });
  const t = makeT(await getLang(request));
  return data(
    {
      detail,
      bases,
      today,
      meta: { title: `${detail.product.nameVi} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = {
  form: "decision" | "revoke";
  values: Record<string, string>;
  errors: FieldErrors;
};

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const id = requireIdParam(params.id);
  const form = await readForm(request);
  const intent = form.get("intent");
  const db = await getDb();
  // Out of scope answers 404 whatever the form says, so a form tells nothing of the product.
  if (!(await productExistsInScope(db, user, id))) throw new Response("Not Found", { status: 404 });
  const back = (saved: Saved) => redirect(`/admin/products/${id}?saved=${saved}`, 303);

  if (intent === "decision") {
    const raw = formFields(form, DECISION_FIELDS);
    const values = Object.fromEntries(DECISION_FIELDS.map((f) => [f, raw[f] ?? ""]));
    const reply = (errors: FieldErrors) =>
      data<ActionData>({ form: "decision", values, errors }, { status: 400, headers: NO_STORE });
    const parsed = newDecisionSchema(await loadDecisionContext(db, todayInVietnam())).safeParse(
      raw,
    );
    if (!parsed.success) return reply(fieldErrors(parsed.error));
    const result = await recordNewDecision(db, user, id, parsed.data);
    if (!result.ok) {
      if (result.kind === "notFound") throw new Response("Not Found", { status: 404 });
      return reply(result.errors);
    }
    return back(result.kind);
  }

  if (intent === "revoke") {
    const raw = formFields(form, ["reason"]);
    const values = { reason: raw.reason ?? "" };
    const reply = (errors: FieldErrors) =>
      data<ActionData>({ form: "revoke", values, errors }, { status: 400, headers: NO_STORE });
    const parsed = revokeSchema.safeParse(raw);
    if (!parsed.success) return reply(fieldErrors(parsed.error));
    const result = await revokeCertificate(db, user, id, parsed.data.reason);
    if (!result.ok) {
      if (result.kind === "notFound") throw new Response("Not Found", { status: 404 });
      return reply(result.errors);
    }
    return back("revoked");
  }

  throw new Response("Bad Request", { status: 400 });
}

function hiddenReason(d: AdminProductDetail): { key: MessageKey; stars?: number } | null {
  if (d.visible) return null;
  if (d.producer.status !== "active") return { key: "acert.detail.hidden.suspended" };
  if (d.product.listingStatus !== "listed")
    return d.product.priceVnd === 0 || d.product.unitVi === ""
      ? { key: "acert.detail.hidden.incomplete" }
      : { key: "acert.detail.hidden.unlisted" };
  if (d.active && d.active.stars < 3)
    return { key: "acert.detail.hidden.lowStars", stars: d.active.stars };
  if (d.state === "expired") return { key: "acert.detail.hidden.expired" };
  if (d.state === "revoked") return { key: "acert.detail.hidden.revoked" };
  return { key: "acert.detail.hidden.none" };
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-stone-600">{term}</dt>
      <dd className="mb-2 min-w-0 break-words text-stone-900 sm:mb-0">{children}</dd>
    </>
  );
}

function CertificateFacts({
  t,
  lang,
  c,
  byId,
}: {
  t: T;
  lang: "vi" | "en";
  c: AdminCertificate;
  byId: Map<number, AdminCertificate>;
}) {
  const next = c.supersededById ? byId.get(c.supersededById) : undefined;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <Row term={t("acert.cert.stars")}>
        <StarBadge stars={c.stars} />
        <span className="ml-2 text-sm text-stone-700">
          {c.score === null
            ? t("acert.cert.noScore")
            : `${t("acert.cert.score")}: ${formatNumber(lang, c.score)}/100`}
        </span>
      </Row>
      <Row term={t("acert.cert.decision")}>
        {t("acert.cert.decisionValue", {
          number: c.decisionNumber,
          date: formatDate(lang, c.decisionDate),
        })}
      </Row>
      <Row term={t("acert.cert.issuer")}>
        {c.issuingBody}
        <span className="block text-sm text-stone-600">{levelLabel(t, c.issuingLevel)}</span>
      </Row>
      <Row term={t("acert.cert.validUntil")}>
        {t("acert.cert.validUntilComputed", { date: formatDate(lang, c.validUntil) })}
      </Row>
      <Row term={t("acert.cert.basis")}>
        <span className="text-sm">{pick(lang, c.legalBasisNameVi, c.legalBasisNameEn)}</span>
      </Row>
      {c.addressPrinted && <Row term={t("acert.cert.address")}>{c.addressPrinted}</Row>}
      {c.status === "revoked" && c.revokedReason && (
        <Row term={t("acert.cert.revokedReason")}>
          {c.revokedAt
            ? t("acert.cert.revokedOn", {
                date: formatDate(lang, vietnamDate(c.revokedAt)),
                reason: c.revokedReason,
              })
            : c.revokedReason}
        </Row>
      )}
      {next && (
        <Row term={t("acert.status.superseded")}>
          {t("acert.cert.decisionValue", {
            number: next.decisionNumber,
            date: formatDate(lang, next.decisionDate),
          })}
        </Row>
      )}
    </dl>
  );
}

/** A timestamp (a Date, or its JSON string after the loader) as the calendar day in Vietnam. */
function vietnamDate(at: Date | string): string {
  return dayInVietnam(new Date(at));
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
  const certificates = detail.certificates;
  const byId = new Map(certificates.map((c) => [c.id, c]));
  const past = certificates.filter((c) => c.status !== "active");
  const hidden = hiddenReason(detail);
  const decisionErrors = actionData?.form === "decision" ? actionData.errors : {};
  const decisionValues = actionData?.form === "decision" ? actionData.values : {};
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
          <section
            aria-labelledby="visibility"
            className={`rounded-xl border p-4 text-sm ${detail.visible ? "border-brand-200 bg-brand-50 text-brand-900" : "border-stone-300 bg-stone-50 text-stone-800"}`}
          >
            <h2 id="visibility" className="sr-only">
              {detail.visible ? t("acert.list.public") : t("acert.list.hidden")}
            </h2>
            {hidden ? (
              <p>{t(hidden.key, hidden.stars ? { stars: hidden.stars } : undefined)}</p>
            ) : (
              <p>
                {t("acert.detail.visible")}{" "}
                <Link
                  to={`/products/${product.slug}`}
                  className="font-semibold underline underline-offset-2"
                >
                  {t("acert.detail.viewPublic")}
                </Link>
              </p>
            )}
          </section>

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

          <section
            aria-labelledby="product-facts"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
          >
            <h2 id="product-facts" className="mb-4 text-lg font-bold">
              {t("acert.detail.sectionProduct")}
            </h2>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <Row term={t("acert.detail.producer")}>
                <Link
                  to={`/admin/producers/${producer.id}`}
                  className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                >
                  {producer.name}
                </Link>
                <span className="block text-sm text-stone-600">
                  {legalFormLabel(t, producer.legalForm)}
                  {producer.status !== "active" && ` · ${t("acert.producer.suspended")}`}
                </span>
              </Row>
              <Row term={t("acert.detail.place")}>
                {producer.communeName}, {producer.provinceName}
              </Row>
              <Row term={t("acert.detail.set")}>
                {[
                  ...new Set([
                    pick(lang, detail.set.groupNameVi, detail.set.groupNameEn),
                    pick(lang, detail.set.nameVi, detail.set.nameEn),
                  ]),
                ].join(" · ")}
              </Row>
              <Row term={t("acert.detail.price")}>
                {product.priceVnd === 0 ? "–" : formatVnd(lang, product.priceVnd)}
              </Row>
              <Row term={t("acert.detail.unit")}>
                {pick(lang, product.unitVi, product.unitEn) || "–"}
              </Row>
              <Row term={t("acert.detail.stock")}>{formatNumber(lang, product.stock)}</Row>
              <Row term={t("acert.detail.listing")}>
                {product.listingStatus === "listed"
                  ? t("acert.listing.listed")
                  : t("acert.listing.unlisted")}
              </Row>
            </dl>
          </section>

          {past.length > 0 && (
            <section aria-labelledby="history">
              <h2 id="history" className="mb-3 text-lg font-bold">
                {t("acert.detail.history")}
              </h2>
              <ol className="space-y-3" aria-label={t("acert.detail.historyCaption")}>
                {past.map((c) => (
                  <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-4">
                    <p className="mb-3">
                      <StatusBadge tone={c.status === "revoked" ? "red" : "stone"}>
                        {certStatusLabel(t, c.status)}
                      </StatusBadge>
                    </p>
                    <CertificateFacts t={t} lang={lang} c={c} byId={byId} />
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>

        <div className="space-y-6">
          <section
            aria-labelledby="new-decision"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
          >
            <h2 id="new-decision" className="text-lg font-bold">
              {active ? t("acert.renew.title") : t("acert.renew.titleNone")}
            </h2>
            <p className="mb-4 mt-1 text-sm text-stone-700">
              {active ? t("acert.renew.lead") : t("acert.renew.leadNone")}
            </p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="decision" />
              {Object.keys(decisionErrors).length > 0 && (
                <FormAlert>{t("acert.error.form")}</FormAlert>
              )}
              <IssuerRules t={t} />
              <DecisionFields
                t={t}
                lang={lang}
                values={decisionValues}
                errors={decisionErrors}
                bases={bases}
                today={today}
                idPrefix="renew"
              />
              <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
                {t("acert.renew.submit")}
              </button>
            </Form>
          </section>

          {active && (
            <section
              aria-labelledby="revoke"
              className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6"
            >
              <h2 id="revoke" className="text-lg font-bold text-red-900">
                {t("acert.revoke.title")}
              </h2>
              <p className="mb-4 mt-1 text-sm text-stone-700">{t("acert.revoke.lead")}</p>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="revoke" />
                <TextAreaField
                  id="revoke-reason"
                  name="reason"
                  label={t("acert.revoke.reason")}
                  hint={t("acert.revoke.reasonHint")}
                  defaultValue={actionData?.form === "revoke" ? actionData.values.reason : ""}
                  error={revokeError}
                  rows={3}
                  required
                />
                <button type="submit" className={`${dangerButtonClass} w-full sm:w-auto`}>
                  {t("acert.revoke.submit")}
                </button>
              </Form>
            </section>
          )}
        </div>
      </div>
    </>
  );
}
