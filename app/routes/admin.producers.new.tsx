import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { ProducerForm } from "~/components/admin/producer-form";
import { PageHeader } from "~/components/workspace/page-header";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { PRODUCER_FIELDS, producerFormSchema } from "~/domain/producer/schemas";
import { createProducer, scopedPlaceOptions } from "~/domain/producer/register.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const t = makeT(await getLang(request));
  const options = await scopedPlaceOptions(await getDb(), user, null);
  return data(
    { options, meta: { title: `${t("admin.producers.newTitle")} · ${t("admin.workspace")}` } },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = {
  values: Record<string, string>;
  errors: FieldErrors;
  communes: { code: string; name: string }[];
};

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const form = await readForm(request);
  const raw = formFields(form, PRODUCER_FIELDS);
  const values = Object.fromEntries(PRODUCER_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const db = await getDb();
  const province = /^[0-9]{2}$/.test(values.provinceCode ?? "") ? values.provinceCode : null;
  const reply = async (errors: FieldErrors, status: number) => {
    const { communes } = await scopedPlaceOptions(db, user, province ?? null);
    return data<ActionData>({ values, errors, communes }, { status, headers: NO_STORE });
  };

  // Step one without JavaScript: the province was chosen, its communes are now listed.
  if (form.get("intent") === "province") return reply({}, 200);

  const parsed = producerFormSchema.safeParse(raw);
  if (!parsed.success) return reply(fieldErrors(parsed.error), 400);
  const result = await createProducer(db, user, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) throw new Response("Not Found", { status: 404 });
    return reply(result.fieldErrors, 400);
  }
  return redirect(`/admin/producers/${result.id}?created=1`, 303);
}

export default function NewProducer() {
  const { t } = useT();
  const { options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title={t("admin.producers.newTitle")}
        description={t("admin.producers.newLead")}
        back={{ to: "/admin/producers", label: t("admin.producers.back") }}
      />
      <div className="max-w-3xl rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <ProducerForm
          t={t}
          values={actionData?.values ?? {}}
          errors={actionData?.errors ?? {}}
          provinces={options.provinces}
          communes={actionData?.communes ?? options.communes}
          submitLabel={t("admin.producers.create")}
        />
      </div>
    </>
  );
}
