import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { FairForm } from "~/components/promotion/promo-admin";
import { PageHeader } from "~/components/workspace/page-header";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { listProvinces } from "~/domain/place/places.server";
import { FAIR_FIELDS, fairSchema } from "~/domain/promotion/schemas";
import { createFair, organiserOptions } from "~/domain/promotion/promotion.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const db = await getDb();
  const [provinces, organisers] = await Promise.all([
    listProvinces(db),
    organiserOptions(db, user),
  ]);
  const t = makeT(await getLang(request));
  const ownProvince = user.officialPlaceCode?.length === 2 ? user.officialPlaceCode : "";
  return data(
    {
      provinces,
      organisers,
      defaults: { provinceCode: ownProvince, organiserPlaceCode: user.officialPlaceCode ?? "" },
      meta: { title: `${t("promo.admin.fairs.newTitle")} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const form = await readForm(request);
  const raw = formFields(form, FAIR_FIELDS);
  const values = Object.fromEntries(FAIR_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const reply = (errors: FieldErrors) =>
    data({ values, errors }, { status: 400, headers: NO_STORE });
  const parsed = fairSchema.safeParse(raw);
  if (!parsed.success) return reply(fieldErrors(parsed.error));
  const result = await createFair(await getDb(), user, parsed.data);
  if (!result.ok) return "fieldErrors" in result ? reply(result.fieldErrors) : reply({});
  return redirect(`/admin/fairs/${result.id}?done=created`, 303);
}

export default function NewFair() {
  const { t } = useT();
  const { provinces, organisers, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title={t("promo.admin.fairs.newTitle")}
        back={{ to: "/admin/fairs", label: t("promo.admin.fairs.back") }}
      />
      <div className="max-w-3xl rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <FairForm
          t={t}
          intent="create"
          submitLabel={t("promo.admin.form.create")}
          values={actionData?.values ?? defaults}
          errors={actionData?.errors ?? {}}
          provinces={provinces}
          organisers={organisers}
        />
      </div>
    </>
  );
}
