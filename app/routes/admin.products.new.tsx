import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/web/auth.server";
import { DecisionFields, IssuerRules } from "~/components/admin/certificate-bits";
import { FormAlert } from "~/components/account-form";
import { SelectField, TextAreaField, TextField } from "~/components/workspace/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import {
  getScopedProducer,
  listLegalBases,
  listProducerOptions,
  listProductSetOptions,
} from "~/domain/product/register.server";
import {
  ONBOARD_FIELDS,
  onboardSchema,
  PRODUCER_OPTIONS_LIMIT,
} from "~/domain/certificate/schemas";
import { createCertifiedProduct, loadDecisionContext } from "~/domain/certificate/commands.server";
import { makeT, pick, type MessageKey } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm, readQuery } from "~/web/request-input.server";
import { parseId } from "~/lib/params";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const query = readQuery(request);
  const db = await getDb();
  const asked = query.get("producer");
  let preselected: number | null = null;
  if (asked) {
    // A producer outside the unit is not found, exactly like one that does not exist.
    const id = parseId(asked);
    const producer = id === null ? null : await getScopedProducer(db, user, id);
    if (!producer) throw new Response("Not Found", { status: 404 });
    preselected = producer.id;
  }
  const pq = (query.get("pq") ?? "").trim().slice(0, 100);
  const [producers, sets, bases] = await Promise.all([
    listProducerOptions(db, user, { q: pq || undefined, includeId: preselected ?? undefined }),
    listProductSetOptions(db),
    listLegalBases(db),
  ]);
  const t = makeT(await getLang(request));
  return data(
    {
      producers,
      preselected,
      pq,
      sets,
      bases,
      today: todayInVietnam(),
      meta: { title: `${t("acert.new.title")} · ${t("admin.workspace")}` },
    },
    { headers: NO_STORE },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = { values: Record<string, string>; errors: FieldErrors };

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireRole(request, "official");
  const form = await readForm(request);
  const raw = formFields(form, ONBOARD_FIELDS);
  const values = Object.fromEntries(ONBOARD_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const reply = (errors: FieldErrors, status = 400) =>
    data<ActionData>({ values, errors }, { status, headers: NO_STORE });

  const db = await getDb();
  const parsed = onboardSchema(await loadDecisionContext(db, todayInVietnam())).safeParse(raw);
  if (!parsed.success) return reply(fieldErrors(parsed.error));
  const result = await createCertifiedProduct(db, user, parsed.data);
  if (!result.ok) {
    if (result.kind === "notFound") throw new Response("Not Found", { status: 404 });
    return reply(result.errors);
  }
  return redirect(`/admin/products/${result.productId}?saved=created`, 303);
}

export default function NewCertifiedProduct() {
  const { t, lang } = useT();
  const { producers, preselected, pq, sets, bases, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? {};
  const errors = actionData?.errors ?? {};
  const err = (name: string) => {
    const key: MessageKey | undefined = errors[name];
    return key ? t(key) : undefined;
  };
  const hasErrors = Object.keys(errors).length > 0;
  const groups = new Map<string, { label: string; sets: typeof sets }>();
  for (const s of sets) {
    const g = groups.get(s.groupCode) ?? {
      label: pick(lang, s.groupNameVi, s.groupNameEn),
      sets: [],
    };
    g.sets.push(s);
    groups.set(s.groupCode, g);
  }
  const setError = err("productSetId");

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
            {(producers.truncated || pq) && (
              <Form
                method="get"
                role="search"
                aria-label={t("acert.field.producerSearchLandmark")}
                className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
              >
                <div className="min-w-0 flex-1">
                  <TextField
                    name="pq"
                    type="search"
                    label={t("acert.field.producerSearch")}
                    defaultValue={pq}
                    autoComplete="off"
                    maxLength={100}
                  />
                </div>
                <button type="submit" className={`${secondaryButtonClass} mb-4`}>
                  {t("acert.field.producerSearchButton")}
                </button>
              </Form>
            )}
            <Form
              method="post"
              noValidate
              className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
            >
              {hasErrors && <FormAlert>{t("acert.error.form")}</FormAlert>}
              <fieldset className="mb-2">
                <legend className="mb-3 text-lg font-bold">{t("acert.new.sectionProducer")}</legend>
                <SelectField
                  name="producerId"
                  label={t("acert.field.producer")}
                  placeholder={t("acert.field.producerPlaceholder")}
                  hint={
                    producers.truncated
                      ? t("acert.field.producerTruncated", { count: PRODUCER_OPTIONS_LIMIT })
                      : undefined
                  }
                  options={producers.options.map((p) => ({
                    value: String(p.id),
                    label: `${p.name} — ${p.communeName}, ${p.provinceName}`,
                  }))}
                  defaultValue={values.producerId ?? (preselected ? String(preselected) : "")}
                  error={err("producerId")}
                  required
                />
              </fieldset>

              <fieldset className="mb-2 border-t border-stone-200 pt-5">
                <legend className="mb-3 text-lg font-bold">{t("acert.new.sectionProduct")}</legend>
                <div className="grid gap-x-4 sm:grid-cols-2">
                  <TextField
                    name="nameVi"
                    label={t("acert.field.nameVi")}
                    defaultValue={values.nameVi}
                    error={err("nameVi")}
                    maxLength={200}
                    required
                  />
                  <TextField
                    name="nameEn"
                    label={t("acert.field.nameEn")}
                    defaultValue={values.nameEn}
                    error={err("nameEn")}
                    optional={t("acert.optional")}
                    maxLength={200}
                  />
                </div>
                <div className="mb-4">
                  <label
                    htmlFor="field-productSetId"
                    className="block text-sm font-medium text-stone-800"
                  >
                    {t("acert.field.productSet")}
                  </label>
                  <select
                    id="field-productSetId"
                    name="productSetId"
                    defaultValue={values.productSetId ?? ""}
                    required
                    aria-invalid={setError ? true : undefined}
                    aria-describedby={setError ? "field-productSetId-error" : undefined}
                    className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900 ${setError ? "border-red-500" : "border-stone-300"}`}
                  >
                    <option value="">{t("acert.field.productSetPlaceholder")}</option>
                    {[...groups.entries()].map(([code, g]) => (
                      <optgroup key={code} label={g.label}>
                        {g.sets.map((s) => (
                          <option key={s.id} value={String(s.id)}>
                            {pick(lang, s.nameVi, s.nameEn)}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {setError && (
                    <p
                      id="field-productSetId-error"
                      className="mt-1 text-sm font-medium text-red-700"
                    >
                      {setError}
                    </p>
                  )}
                </div>
                <TextAreaField
                  name="descriptionVi"
                  label={t("acert.field.descriptionVi")}
                  defaultValue={values.descriptionVi}
                  error={err("descriptionVi")}
                  rows={4}
                  required
                />
                <TextAreaField
                  name="descriptionEn"
                  label={t("acert.field.descriptionEn")}
                  defaultValue={values.descriptionEn}
                  error={err("descriptionEn")}
                  optional={t("acert.optional")}
                  rows={3}
                />
                <div className="grid gap-x-4 sm:grid-cols-2">
                  <TextField
                    name="unitVi"
                    label={t("acert.field.unitVi")}
                    hint={t("acert.field.unitViHint")}
                    defaultValue={values.unitVi}
                    error={err("unitVi")}
                    maxLength={100}
                    required
                  />
                  <TextField
                    name="unitEn"
                    label={t("acert.field.unitEn")}
                    defaultValue={values.unitEn}
                    error={err("unitEn")}
                    optional={t("acert.optional")}
                    maxLength={100}
                  />
                  <TextField
                    name="priceVnd"
                    label={t("acert.field.priceVnd")}
                    hint={t("acert.field.priceHint")}
                    inputMode="numeric"
                    defaultValue={values.priceVnd}
                    error={err("priceVnd")}
                    maxLength={20}
                    required
                  />
                  <TextField
                    name="stock"
                    label={t("acert.field.stock")}
                    inputMode="numeric"
                    defaultValue={values.stock}
                    error={err("stock")}
                    optional={t("acert.optional")}
                    maxLength={6}
                  />
                </div>
              </fieldset>

              <fieldset className="border-t border-stone-200 pt-5">
                <legend className="mb-3 text-lg font-bold">
                  {t("acert.new.sectionCertificate")}
                </legend>
                <IssuerRules t={t} />
                <DecisionFields
                  t={t}
                  lang={lang}
                  values={values}
                  errors={errors}
                  bases={bases}
                  today={today}
                />
                <TextField
                  name="addressPrinted"
                  label={t("acert.field.addressPrinted")}
                  hint={t("acert.field.addressPrintedHint")}
                  defaultValue={values.addressPrinted}
                  error={err("addressPrinted")}
                  optional={t("acert.optional")}
                  maxLength={300}
                />
              </fieldset>
              <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
                {t("acert.new.submit")}
              </button>
            </Form>
          </>
        )}
      </div>
    </>
  );
}
