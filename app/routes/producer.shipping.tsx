/**
 * The producer's shipping settings: the fee table buyers are charged by (read-only, the
 * platform's) and the producer's own free-shipping threshold. Only the producer's members
 * reach it; the threshold is saved on their producer only, with an audit entry.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { ShippingRateTableView } from "~/components/producer/shipping-table";
import { PageHeader, primaryButtonClass } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { rateTableOn } from "~/domain/order/shipping";
import {
  SHIPPING_SETTINGS_FIELDS,
  shippingSettingsSchema,
} from "~/domain/producer/shipping-settings";
import {
  getShippingSettings,
  saveShippingSettings,
} from "~/domain/producer/shipping-settings.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { privatePageMeta } from "~/lib/page-meta";
import { byIntent, enter, enterAction, notFound, reply } from "~/web/route.server";

const HERE = "/producer/shipping";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const settings = await getShippingSettings(db, user.producerId);
  if (!settings) throw notFound();
  const t = makeT(lang);
  return reply({
    settings,
    table: rateTableOn(todayInVietnam()),
    meta: { title: t("pws.meta.title", { page: t("pws.shipping.title") }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action(args: ActionFunctionArgs) {
  const { user, db, form, intent } = await enterAction(args, "producer");
  return byIntent(intent, {
    save: async () => {
      const raw = formFields(form, SHIPPING_SETTINGS_FIELDS);
      const values = { freeShippingFromVnd: raw.freeShippingFromVnd ?? "" };
      const parsed = shippingSettingsSchema.safeParse(raw);
      if (!parsed.success)
        return reply<ActionData>({ errors: fieldErrors(parsed.error), values }, 400);
      const saved = await saveShippingSettings(db, user, parsed.data);
      if (!saved.ok) throw notFound();
      return redirect(`${HERE}?saved=${saved.changed ? "1" : "0"}`, 303);
    },
  });
}

export default function ProducerShippingPage() {
  const { t } = useT();
  const { settings, table } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = actionData ? null : search.get("saved");
  const error = actionData?.errors.freeShippingFromVnd;
  return (
    <>
      <PageHeader title={t("pws.shipping.title")} description={t("pws.shipping.intro")} />
      {saved === "1" && <FormAlert tone="info">{t("pws.product.saved")}</FormAlert>}
      {saved === "0" && <FormAlert tone="info">{t("pws.product.noChange")}</FormAlert>}
      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        <ShippingRateTableView table={table} />
        <section
          aria-labelledby="free-shipping-heading"
          className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 lg:self-start"
        >
          <h2 id="free-shipping-heading" className="mb-4 text-lg font-bold">
            {t("pws.shipping.freeHeading")}
          </h2>
          {error && <FormAlert>{t("pws.product.fixErrors")}</FormAlert>}
          <Form key={String(settings.freeShippingFromVnd)} method="post" action={HERE} noValidate>
            <input type="hidden" name="intent" value="save" />
            <TextField
              name="freeShippingFromVnd"
              label={t("pws.field.freeShippingFromVnd")}
              hint={t("pws.field.freeShippingFromVndHint")}
              optional={t("pws.field.optional")}
              inputMode="numeric"
              defaultValue={
                actionData?.values.freeShippingFromVnd ??
                (settings.freeShippingFromVnd === null ? "" : String(settings.freeShippingFromVnd))
              }
              error={error ? t(error) : undefined}
            />
            <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
              {t("pws.product.save")}
            </button>
          </Form>
        </section>
      </div>
    </>
  );
}
