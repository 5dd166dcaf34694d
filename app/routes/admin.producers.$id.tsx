import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import {
  ProducerEditPanel,
  ProducerInfo,
  ProducerMembers,
  ProducerProducts,
  ProducerStatusActions,
} from "~/components/admin/producer-detail";
import { FormAlert } from "~/components/form/form-alert";
import { PageHeader } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getConfig } from "~/infra/config.server";
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
import { makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { byIntent, enter, enterAction, notFound, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

/** Success messages after a redirect (POST → redirect → GET). */
const FLASHES: Record<string, MessageKey> = {
  created: "admin.producer.flash.created",
  saved: "admin.producer.flash.saved",
  suspended: "admin.producer.flash.suspended",
  reactivated: "admin.producer.flash.reactivated",
  invited: "admin.producer.flash.invited",
  reinvited: "admin.producer.flash.reinvited",
};

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query, id } = await enter(args, { role: ["official"] });
  const detail = await getAdminProducerDetail(db, user, id(), todayInVietnam());
  if (!detail) throw notFound();
  const options = await scopedPlaceOptions(db, user, detail.producer.provinceCode);
  const flash = [...query.keys()].map((k) => FLASHES[k]).find(Boolean) ?? null;
  const t = makeT(lang);
  return reply({
    ...detail,
    options,
    flash,
    meta: { title: `${detail.producer.name} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData =
  | {
      form: "producer";
      values: Record<string, string>;
      errors: FieldErrors;
      communes: { code: string; name: string }[];
    }
  | { form: "invite"; values: Record<string, string>; errors: FieldErrors };

export async function action(args: ActionFunctionArgs) {
  const call = await enterAction(args, { role: ["official"] });
  const { user, db, form } = call;
  const id = call.id();
  // Out of scope answers 404 whatever the intent or the input, before anything else is said.
  if (!(await getAdminProducer(db, user, id))) throw notFound();
  const here = `/admin/producers/${id}`;

  const setStatus = async (intent: "suspend" | "reactivate") => {
    const ok = await setProducerStatus(db, user, id, intent === "suspend" ? "suspended" : "active");
    if (!ok) throw notFound();
    return redirect(`${here}?${intent === "suspend" ? "suspended" : "reactivated"}=1`, 303);
  };

  const saveProducer = async (intent: "save" | "province") => {
    const raw = formFields(form, PRODUCER_FIELDS);
    const values = Object.fromEntries(PRODUCER_FIELDS.map((f) => [f, raw[f] ?? ""]));
    const province = /^[0-9]{2}$/.test(values.provinceCode ?? "") ? values.provinceCode : null;
    const answer = async (errors: FieldErrors, status: number) => {
      const { communes } = await scopedPlaceOptions(db, user, province ?? null);
      return reply<ActionData>({ form: "producer", values, errors, communes }, status);
    };
    // Step one without JavaScript: the province was chosen, its communes are now listed.
    if (intent === "province") return answer({}, 200);
    const parsed = producerFormSchema.safeParse(raw);
    if (!parsed.success) return answer(fieldErrors(parsed.error), 400);
    const result = await updateProducer(db, user, id, parsed.data);
    if (!result.ok) {
      if ("notFound" in result) throw notFound();
      return answer(result.fieldErrors, 400);
    }
    return redirect(`${here}?saved=1`, 303);
  };

  const invite = async () => {
    const raw = formFields(form, ["memberName", "memberEmail"]);
    const values = { memberName: raw.memberName ?? "", memberEmail: raw.memberEmail ?? "" };
    const refuse = (errors: FieldErrors) =>
      reply<ActionData>({ form: "invite", values, errors }, 400);
    const parsed = inviteFormSchema.safeParse(raw);
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    const result = await inviteProducerMember(db, user, {
      producerId: id,
      name: parsed.data.memberName,
      email: parsed.data.memberEmail,
      lang: call.lang,
      siteUrl: getConfig().siteUrl,
    });
    if (!result.ok) {
      if (result.error === "notFound") throw notFound();
      return refuse({ memberEmail: "admin.error.memberEmailTaken" });
    }
    return redirect(`${here}?${result.resent ? "reinvited" : "invited"}=1#members`, 303);
  };

  return byIntent(call.intent, {
    suspend: () => setStatus("suspend"),
    reactivate: () => setStatus("reactivate"),
    invite,
    save: () => saveProducer("save"),
    province: () => saveProducer("province"),
  });
}

export default function AdminProducer() {
  const { t, lang } = useT();
  const { producer, products, members, options, flash } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const producerAction = actionData?.form === "producer" ? actionData : null;
  const inviteAction = actionData?.form === "invite" ? actionData : null;
  const active = producer.status === "active";

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
        actions={<ProducerStatusActions t={t} slug={producer.slug} active={active} />}
      />
      {flash && <FormAlert tone="info">{t(flash)}</FormAlert>}
      {!active && flash !== "admin.producer.flash.suspended" && (
        <FormAlert>{t("admin.producer.suspendedNote")}</FormAlert>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <ProducerInfo t={t} producer={producer} />
          <ProducerProducts t={t} lang={lang} products={products} />
          <ProducerEditPanel t={t} producer={producer} edit={producerAction} options={options} />
        </div>
        <aside className="space-y-6">
          <ProducerMembers t={t} members={members} invite={inviteAction} />
        </aside>
      </div>
    </>
  );
}
