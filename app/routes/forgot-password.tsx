import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { AccountCard, Field, FormAlert, SubmitButton } from "~/components/account-form";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import {
  fieldErrors,
  forgotPasswordSchema,
  formFields,
  type FieldErrors,
} from "~/domain/account/schemas";
import { requestPasswordReset } from "~/domain/account/accounts.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const t = makeT(await getLang(request));
  return { meta: { title: `${t("accounts.forgot.title")} · ${t("site.name")}` } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await readForm(request);
  const values = formFields(form, ["email"]);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return data(
      { sent: false, errors: fieldErrors(parsed.error), values: { email: values.email ?? "" } },
      { status: 400 },
    );
  }
  // The link is built from SITE_URL, never from the request's Host header, which a client chooses.
  await requestPasswordReset(await getDb(), {
    email: parsed.data.email,
    lang: await getLang(request),
    siteUrl: getConfig().siteUrl,
  });
  // The same answer whether or not the email has an account.
  const errors: FieldErrors = {};
  return data({ sent: true, errors, values: { email: "" } });
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
          <Field
            t={t}
            name="email"
            type="email"
            label={t("accounts.field.email")}
            autoComplete="email"
            defaultValue={actionData?.values.email}
            error={actionData?.errors.email}
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
