import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ProducerForm } from "~/components/admin/producer-form";
import { PageHeader } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { PRODUCER_FIELDS, producerFormSchema } from "~/domain/producer/schemas";
import { createProducer, scopedPlaceOptions } from "~/domain/producer/register.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, enterAction, notFound, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, { role: ["official"] });
  const t = makeT(lang);
  const options = await scopedPlaceOptions(db, user, null);
  return reply({
    options,
    meta: { title: `${t("admin.producers.newTitle")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  values: Record<string, string>;
  errors: FieldErrors;
  communes: { code: string; name: string }[];
};

export async function action(args: ActionFunctionArgs) {
  const { user, db, form, intent } = await enterAction(args, { role: ["official"] });
  const raw = formFields(form, PRODUCER_FIELDS);
  const values = Object.fromEntries(PRODUCER_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const province = /^[0-9]{2}$/.test(values.provinceCode ?? "") ? values.provinceCode : null;
  const answer = async (errors: FieldErrors, status: number) => {
    const { communes } = await scopedPlaceOptions(db, user, province ?? null);
    return reply<ActionData>({ values, errors, communes }, status);
  };

  // Step one without JavaScript: the province was chosen, its communes are now listed.
  if (intent === "province") return answer({}, 200);

  const parsed = producerFormSchema.safeParse(raw);
  if (!parsed.success) return answer(fieldErrors(parsed.error), 400);
  const result = await createProducer(db, user, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) throw notFound();
    return answer(result.fieldErrors, 400);
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
