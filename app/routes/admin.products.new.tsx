import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  CertifiedProductForm,
  ProducerSearchForm,
} from "~/components/admin/certified-product-form";
import { PageHeader, primaryButtonClass } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import {
  getScopedProducer,
  listLegalBases,
  listProducerOptions,
  listProductSetOptions,
} from "~/domain/product/register.server";
import { ONBOARD_FIELDS, onboardSchema } from "~/domain/certificate/schemas";
import { loadDecisionContext } from "~/domain/certificate/commands.server";
import { onboardWithEntry } from "~/domain/certificate/entries.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { parseId } from "~/lib/params";
import { enter, enterAction, notFound, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, { role: ["official"] });
  const asked = query.get("producer");
  let preselected: number | null = null;
  if (asked) {
    // A producer outside the unit is not found, exactly like one that does not exist.
    const id = parseId(asked);
    const producer = id === null ? null : await getScopedProducer(db, user, id);
    if (!producer) throw notFound();
    preselected = producer.id;
  }
  const pq = (query.get("pq") ?? "").trim().slice(0, 100);
  const [producers, sets, bases] = await Promise.all([
    listProducerOptions(db, user, { q: pq || undefined, includeId: preselected ?? undefined }),
    listProductSetOptions(db),
    listLegalBases(db),
  ]);
  const t = makeT(lang);
  return reply({
    producers,
    preselected,
    pq,
    sets,
    bases,
    today: todayInVietnam(),
    meta: { title: `${t("acert.new.title")} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = { values: Record<string, string>; errors: FieldErrors };

export async function action(args: ActionFunctionArgs) {
  const { user, db, form } = await enterAction(args, { role: ["official"] });
  const raw = formFields(form, ONBOARD_FIELDS);
  const values = Object.fromEntries(ONBOARD_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const refuse = (errors: FieldErrors) => reply<ActionData>({ values, errors }, 400);

  const parsed = onboardSchema(await loadDecisionContext(db, todayInVietnam())).safeParse(raw);
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  // A commune official's onboarding is prepared for the province (1489); others take effect.
  const result = await onboardWithEntry(db, user, parsed.data);
  if (!result.ok) {
    if (result.kind === "notFound") throw notFound();
    if (result.kind === "refused")
      return reply<ActionData>({ values, errors: { form: result.message } }, 403);
    return refuse(result.errors);
  }
  const saved = result.prepared ? "prepared" : "created";
  return redirect(`/admin/products/${result.productId}?saved=${saved}`, 303);
}

export default function NewCertifiedProduct() {
  const { t, lang } = useT();
  const { producers, preselected, pq, sets, bases, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title={t("acert.new.title")}
        description={t("acert.new.description")}
        back={{ to: "/admin/products", label: t("acert.new.back") }}
      />
      <div className="max-w-3xl">
        {producers.options.length === 0 && !pq ? (
          <div className="rounded-xl border border-dashed border-stone-300 bg-white p-5">
            <p className="text-stone-700">{t("acert.new.noProducers")}</p>
            <Link to="/admin/producers/new" className={`${primaryButtonClass} mt-4`}>
              {t("acert.new.addProducer")}
            </Link>
          </div>
        ) : (
          <>
            {(producers.truncated || pq) && <ProducerSearchForm t={t} pq={pq} />}
            <CertifiedProductForm
              t={t}
              lang={lang}
              producers={producers}
              preselected={preselected}
              sets={sets}
              bases={bases}
              today={today}
              values={actionData?.values ?? {}}
              errors={actionData?.errors ?? {}}
            />
          </>
        )}
      </div>
    </>
  );
}
