/**
 * Find my order: a guest without the email or the private link gives the phone number and the
 * order number; a match opens the order in this browser (decision 0025). A wrong pair and an
 * unknown number get the same answer; failures are limited per order number and per address.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { errorText, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { orderLookupSchema } from "~/domain/order/lookup-schema";
import { lookupOrder } from "~/domain/order/lookup.server";
import { makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { privatePageMeta } from "~/lib/page-meta";
import { clientAddress } from "~/web/auth.server";
import { commitOrderGrantToken, readOrderGrantToken } from "~/web/order-grant-cookie.server";
import { enter, enterAction, reply } from "~/web/route.server";

const FIELDS = ["phone", "number"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { lang } = await enter(args, "public");
  const t = makeT(lang);
  return reply({ meta: { title: `${t("orders.lookup.title")} · ${t("site.name")}` } });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = { values: Record<string, string>; errors: FieldErrors; formError: MessageKey };

export async function action(args: ActionFunctionArgs) {
  const { request, db, form } = await enterAction(args, "public");
  const raw = formFields(form, FIELDS);
  const values = Object.fromEntries(FIELDS.map((f) => [f, (raw[f] ?? "").slice(0, 40)]));
  const answer = (errors: FieldErrors, formError: MessageKey, status: number) =>
    reply<ActionData>({ values, errors, formError }, status);
  const parsed = orderLookupSchema.safeParse(raw);
  if (!parsed.success) return answer(fieldErrors(parsed.error), "orders.lookup.error.form", 400);
  const result = await lookupOrder(db, {
    ...parsed.data,
    ip: clientAddress(request, args.context),
    grantToken: await readOrderGrantToken(request),
  });
  // The same words and status whichever half of the pair was wrong, or both.
  if (!result.ok && result.error === "rateLimited")
    return answer({}, "orders.lookup.error.rateLimited", 429);
  if (!result.ok) return answer({}, "orders.lookup.error.notFound", 404);
  return redirect(`/orders/${result.number}`, {
    status: 303,
    headers: { "Set-Cookie": await commitOrderGrantToken(result.grantToken) },
  });
}

export default function OrderLookup() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const err = errorText(t, actionData?.errors ?? {});
  return (
    <div className="mx-auto max-w-md px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("orders.lookup.title")}</h1>
      <p className="mt-3 text-stone-700">{t("orders.lookup.intro")}</p>
      <Form
        method="post"
        noValidate
        className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
      >
        {actionData && <FormAlert>{t(actionData.formError)}</FormAlert>}
        <TextField
          id="lookup-phone"
          name="phone"
          type="tel"
          label={t("orders.lookup.phone")}
          autoComplete="tel"
          defaultValue={actionData?.values.phone}
          error={err("phone")}
          required
        />
        <TextField
          id="lookup-number"
          name="number"
          label={t("orders.lookup.number")}
          hint={t("orders.lookup.numberHint")}
          autoComplete="off"
          maxLength={40}
          defaultValue={actionData?.values.number}
          error={err("number")}
          required
        />
        <SubmitButton>{t("orders.lookup.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
