import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { TextField, errorText } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { AccountCard } from "~/components/account/account-card";
import { getConfig } from "~/infra/config.server";
import {
  fieldErrors,
  forgotPasswordSchema,
  formFields,
  type FieldErrors,
} from "~/domain/account/schemas";
import { requestPasswordReset } from "~/domain/account/accounts.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, enterAction, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const t = makeT((await enter(args, "public")).lang);
  return reply({ meta: { title: `${t("accounts.forgot.title")} · ${t("site.name")}` } });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  const { db, lang, form } = await enterAction(args, "public");
  const values = formFields(form, ["email"]);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return reply(
      { sent: false, errors: fieldErrors(parsed.error), values: { email: values.email ?? "" } },
      400,
    );
  }
  // The link is built from SITE_URL, never from the request's Host header, which a client chooses.
  await requestPasswordReset(db, {
    email: parsed.data.email,
    lang,
    siteUrl: getConfig().siteUrl,
  });
  // The same answer whether or not the email has an account.
  const errors: FieldErrors = {};
  return reply({ sent: true, errors, values: { email: "" } });
}

export default function ForgotPassword() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  return (
    <AccountCard title={t("accounts.forgot.title")} intro={t("accounts.forgot.intro")}>
      {actionData?.sent ? (
        <FormAlert tone="info">{t("accounts.forgot.sent")}</FormAlert>
      ) : (
        <Form method="post" noValidate>
          {actionData && <FormAlert>{t("accounts.error.form")}</FormAlert>}
          <TextField
            name="email"
            type="email"
            label={t("accounts.field.email")}
            autoComplete="email"
            defaultValue={actionData?.values.email}
            error={errorText(t, actionData?.errors ?? {})("email")}
            required
          />
          <SubmitButton>{t("accounts.forgot.submit")}</SubmitButton>
        </Form>
      )}
      <p className="mt-5 text-sm">
        <Link to="/login" className="font-semibold text-brand-700 underline">
          {t("accounts.forgot.back")}
        </Link>
      </p>
    </AccountCard>
  );
}
