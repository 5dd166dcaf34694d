import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { FormAlert } from "~/components/account-form";
import { ProducerForm } from "~/components/admin/producer-form";
import { DataTable } from "~/components/workspace/data-table";
import { TextField } from "~/components/workspace/field";
import {
  dangerButtonClass,
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { StarBadge } from "~/components/star-badge";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { inviteFormSchema, PRODUCER_FIELDS, producerFormSchema } from "~/domain/producer/schemas";
import {
  getAdminProducer,
  getAdminProducerDetail,
  scopedPlaceOptions,
  setProducerStatus,
  updateProducer,
} from "~/domain/producer/register.server";
import { inviteProducerMember } from "~/domain/account/invites.server";
import { formatDate, makeT, pick, type MessageKey } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm, readQuery } from "~/web/request-input.server";
import { requireIdParam } from "~/lib/params";

const NO_STORE = { "Cache-Control": "private, no-store" };

function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

/** Success messages after a redirect (POST → redirect → GET). */
const FLASHES: Record<string, MessageKey> = {
  created: "admin.producer.flash.created",
  saved: "admin.producer.flash.saved",
  suspended: "admin.producer.flash.suspended",
  reactivated: "admin.producer.flash.reactivated",
  invited: "admin.producer.flash.invited",
  reinvited: "admin.producer.flash.reinvited",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const id = requireIdParam(params.id);
  const db = await getDb();
  const detail = await getAdminProducerDetail(db, user, id, todayInVietnam());
  if (!detail) throw notFound();
  const options = await scopedPlaceOptions(db, user, detail.producer.provinceCode);
  const query = readQuery(request);
  const flash = [...query.keys()].map((k) => FLASHES[k]).find(Boolean) ?? null;
  const t = makeT(await getLang(request));
  return data(
    {
      ...detail,
      options,
      flash,
      meta: { title: `${detail.producer.name} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData =
  | {
      form: "producer";
      values: Record<string, string>;
      errors: FieldErrors;
      communes: { code: string; name: string }[];
    }
  | { form: "invite"; values: Record<string, string>; errors: FieldErrors };

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const id = requireIdParam(params.id);
  const db = await getDb();
  // Out of scope answers 404 whatever the intent or the input, before anything else is said.
  if (!(await getAdminProducer(db, user, id))) throw notFound();
  const form = await readForm(request);
  const intent = form.get("intent");
  const here = `/admin/producers/${id}`;

  if (intent === "suspend" || intent === "reactivate") {
    const ok = await setProducerStatus(db, user, id, intent === "suspend" ? "suspended" : "active");
    if (!ok) throw notFound();
    return redirect(`${here}?${intent === "suspend" ? "suspended" : "reactivated"}=1`, 303);
  }

  if (intent === "invite") {
    const raw = formFields(form, ["memberName", "memberEmail"]);
    const values = { memberName: raw.memberName ?? "", memberEmail: raw.memberEmail ?? "" };
    const reply = (errors: FieldErrors) =>
      data<ActionData>({ form: "invite", values, errors }, { status: 400, headers: NO_STORE });
    const parsed = inviteFormSchema.safeParse(raw);
    if (!parsed.success) return reply(fieldErrors(parsed.error));
    const result = await inviteProducerMember(db, user, {
      producerId: id,
      name: parsed.data.memberName,
      email: parsed.data.memberEmail,
      lang: await getLang(request),
      siteUrl: getConfig().siteUrl,
    });
    if (!result.ok) {
      if (result.error === "notFound") throw notFound();
      return reply({ memberEmail: "admin.error.memberEmailTaken" });
    }
    return redirect(`${here}?${result.resent ? "reinvited" : "invited"}=1#members`, 303);
  }

  if (intent === "save" || intent === "province") {
    const raw = formFields(form, PRODUCER_FIELDS);
    const values = Object.fromEntries(PRODUCER_FIELDS.map((f) => [f, raw[f] ?? ""]));
    const province = /^[0-9]{2}$/.test(values.provinceCode ?? "") ? values.provinceCode : null;
    const reply = async (errors: FieldErrors, status: number) => {
      const { communes } = await scopedPlaceOptions(db, user, province ?? null);
      return data<ActionData>(
        { form: "producer", values, errors, communes },
        { status, headers: NO_STORE },
      );
    };
    if (intent === "province") return reply({}, 200);
    const parsed = producerFormSchema.safeParse(raw);
    if (!parsed.success) return reply(fieldErrors(parsed.error), 400);
    const result = await updateProducer(db, user, id, parsed.data);
    if (!result.ok) {
      if ("notFound" in result) throw notFound();
      return reply(result.fieldErrors, 400);
    }
    return redirect(`${here}?saved=1`, 303);
  }

  throw new Response("Bad Request", { status: 400 });
}

export default function AdminProducer() {
  const { t, lang } = useT();
  const { producer, products, members, options, flash } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  const producerAction = actionData?.form === "producer" ? actionData : null;
  const inviteAction = actionData?.form === "invite" ? actionData : null;
  const active = producer.status === "active";
  const inviteError = (name: string) => {
    const key = inviteAction?.errors[name];
    return key ? t(key) : undefined;
  };
  const info: [string, string | null][] = [
    [t("admin.field.legalForm"), legalFormLabel(t, producer.legalForm)],
    [t("admin.producer.place"), `${producer.communeName}, ${producer.provinceName}`],
    [t("admin.field.address"), producer.addressPrinted],
    [t("admin.field.representative"), producer.representative],
    [t("admin.field.phone"), producer.phone],
    [t("admin.field.email"), producer.email],
    [t("admin.field.website"), producer.website],
  ];

  return (
    <>
      <PageHeader
        title={producer.name}
        back={{ to: "/admin/producers", label: t("admin.producers.back") }}
        badge={
          <StatusBadge tone={active ? "green" : "red"}>
            {active ? t("admin.status.active") : t("admin.status.suspended")}
          </StatusBadge>
        }
        description={
          <span className="text-sm">
            {t("admin.producer.slug")}: <code className="break-all">{producer.slug}</code>
          </span>
        }
        actions={
          <>
            {active && (
              <Link to={`/producers/${producer.slug}`} className={secondaryButtonClass}>
                {t("admin.producer.publicPage")}
              </Link>
            )}
            <Form method="post">
              <button
                type="submit"
                name="intent"
                value={active ? "suspend" : "reactivate"}
                className={active ? dangerButtonClass : primaryButtonClass}
              >
                {active ? t("admin.producer.suspend") : t("admin.producer.reactivate")}
              </button>
            </Form>
          </>
        }
      />
      {flash && <FormAlert tone="info">{t(flash)}</FormAlert>}
      {!active && flash !== "admin.producer.flash.suspended" && (
        <FormAlert>{t("admin.producer.suspendedNote")}</FormAlert>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <section
            aria-labelledby="info-heading"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
          >
            <h2 id="info-heading" className="mb-4 text-lg font-bold">
              {t("admin.producer.info")}
            </h2>
            <dl className="grid grid-cols-[6.5rem_1fr] gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
              {info.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-sm font-medium text-stone-600">{label}</dt>
                  <dd className="break-words">{value || "—"}</dd>
                </div>
              ))}
            </dl>
            <h3 className="mt-5 text-sm font-medium text-stone-600">{t("admin.field.storyVi")}</h3>
            <p className="mt-1 whitespace-pre-line text-stone-800">{producer.storyVi}</p>
            {producer.storyEn && (
              <>
                <h3 className="mt-4 text-sm font-medium text-stone-600">
                  {t("admin.field.storyEn")}
                </h3>
                <p className="mt-1 whitespace-pre-line text-stone-800" lang="en">
                  {producer.storyEn}
                </p>
              </>
            )}
          </section>

          <section aria-labelledby="products-heading">
            <h2 id="products-heading" className="mb-3 text-lg font-bold">
              {t("admin.producer.products", { count: products.length })}
            </h2>
            <DataTable
              caption={t("admin.producer.productsCaption")}
              captionHidden
              rows={products}
              rowKey={(p) => p.id}
              empty={t("admin.producer.noProducts")}
              columns={[
                {
                  key: "name",
                  header: t("admin.producer.product"),
                  rowHeader: true,
                  cell: (p) => (
                    <Link
                      to={`/admin/products/${p.id}`}
                      className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                    >
                      {pick(lang, p.nameVi, p.nameEn)}
                    </Link>
                  ),
                },
                {
                  key: "stars",
                  header: t("admin.producer.rating"),
                  cell: (p) =>
                    p.stars ? (
                      <>
                        {/* A phone has no room for the badge beside the name. */}
                        <span className="whitespace-nowrap font-semibold text-amber-900 sm:hidden">
                          {t("stars.short", { stars: p.stars })}
                        </span>
                        <span className="hidden sm:inline">
                          <StarBadge stars={p.stars} />
                        </span>
                      </>
                    ) : (
                      t("admin.producer.noCertificate")
                    ),
                },
                {
                  key: "valid",
                  header: t("admin.producer.validUntil"),
                  wide: true,
                  cell: (p) => (p.validUntil ? formatDate(lang, p.validUntil) : "—"),
                },
                {
                  key: "public",
                  header: t("admin.producer.storefront"),
                  cell: (p) =>
                    p.visible ? (
                      <StatusBadge tone="green">{t("admin.producer.shown")}</StatusBadge>
                    ) : (
                      <StatusBadge tone="stone">{t("admin.producer.hidden")}</StatusBadge>
                    ),
                },
              ]}
            />
          </section>

          <details
            open={producerAction !== null}
            className="group rounded-xl border border-stone-200 bg-white shadow-sm"
          >
            <summary className="flex min-h-12 cursor-pointer items-center justify-between px-5 py-3 text-lg font-bold sm:px-6">
              {t("admin.producer.edit")}
              <span aria-hidden="true" className="text-stone-500 group-open:rotate-180">
                ▾
              </span>
            </summary>
            <div className="border-t border-stone-200 p-5 sm:p-6">
              <ProducerForm
                t={t}
                values={
                  producerAction?.values ?? { ...producer, id: undefined, createdAt: undefined }
                }
                errors={producerAction?.errors ?? {}}
                provinces={options.provinces}
                communes={producerAction?.communes ?? options.communes}
                submitLabel={t("admin.producer.save")}
              />
            </div>
          </details>
        </div>

        <aside className="space-y-6">
          <section
            id="members"
            aria-labelledby="members-heading"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
          >
            <h2 id="members-heading" className="text-lg font-bold">
              {t("admin.producer.members")}
            </h2>
            {members.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600">{t("admin.producer.noMembers")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-stone-100">
                {members.map((m) => (
                  <li key={m.id} className="py-2">
                    <p className="font-medium">{m.name}</p>
                    <p className="break-all text-sm text-stone-600">{m.email}</p>
                    <p className="mt-1">
                      {m.active ? (
                        <StatusBadge tone="green">{t("admin.member.active")}</StatusBadge>
                      ) : (
                        <StatusBadge tone="amber">{t("admin.member.pending")}</StatusBadge>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mt-5 font-bold">{t("admin.producer.invite")}</h3>
            <p className="mb-3 mt-1 text-sm text-stone-600">{t("admin.producer.inviteLead")}</p>
            {/* A new form after each navigation: a sent invitation leaves the fields empty. */}
            <Form method="post" noValidate key={location.key}>
              {inviteAction && <FormAlert>{t("admin.error.form")}</FormAlert>}
              <TextField
                name="memberName"
                label={t("admin.field.memberName")}
                defaultValue={inviteAction?.values.memberName}
                error={inviteError("memberName")}
                autoComplete="off"
                required
              />
              <TextField
                name="memberEmail"
                type="email"
                label={t("admin.field.memberEmail")}
                defaultValue={inviteAction?.values.memberEmail}
                error={inviteError("memberEmail")}
                autoComplete="off"
                required
              />
              <button
                type="submit"
                name="intent"
                value="invite"
                className={`${primaryButtonClass} w-full`}
              >
                {t("admin.producer.sendInvite")}
              </button>
            </Form>
          </section>
        </aside>
      </div>
    </>
  );
}
