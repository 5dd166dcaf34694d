import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { ShowroomForm } from "~/components/promotion/promo-admin";
import { PageHeader } from "~/components/workspace/page-header";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { listCommunes, listProvinces } from "~/domain/place/places.server";
import { SHOWROOM_FIELDS, showroomSchema } from "~/domain/promotion/schemas";
import { createShowroom, organiserOptions } from "~/domain/promotion/promotion.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { NO_STORE } from "~/web/promotion-actions.server";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const db = await getDb();
  const ownProvince = user.officialPlaceCode?.length === 2 ? user.officialPlaceCode : "";
  const [provinces, organisers, communes] = await Promise.all([
    listProvinces(db),
    organiserOptions(db, user),
    ownProvince ? listCommunes(db, ownProvince) : Promise.resolve([]),
  ]);
  const t = makeT(await getLang(request));
  return data(
    {
      provinces,
      organisers,
      communes,
      defaults: { provinceCode: ownProvince, organiserPlaceCode: user.officialPlaceCode ?? "" },
      meta: { title: `${t("promo.admin.showrooms.newTitle")} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const db = await getDb();
  const form = await readForm(request);
  const raw = formFields(form, SHOWROOM_FIELDS);
  const values = Object.fromEntries(SHOWROOM_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const reply = async (errors: FieldErrors, status: number) => {
    const province = values.provinceCode ?? "";
    const communes = /^[0-9]{2}$/.test(province) ? await listCommunes(db, province) : [];
    return data({ values, errors, communes }, { status, headers: NO_STORE });
  };
  // Without JavaScript: the province was chosen, the page comes back with its communes.
  if (form.get("intent") === "province") return reply({}, 200);
  const parsed = showroomSchema.safeParse(raw);
  if (!parsed.success) return reply(fieldErrors(parsed.error), 400);
  const result = await createShowroom(db, user, parsed.data);
  if (!result.ok) return reply("fieldErrors" in result ? result.fieldErrors : {}, 400);
  return redirect(`/admin/showrooms/${result.id}?done=created`, 303);
}

export default function NewShowroom() {
  const { t } = useT();
  const { provinces, organisers, communes, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title={t("promo.admin.showrooms.newTitle")}
        back={{ to: "/admin/showrooms", label: t("promo.admin.showrooms.back") }}
      />
      <div className="max-w-3xl rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <ShowroomForm
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
