import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { AccountCard, Field, FormAlert, SubmitButton } from "~/components/account-form";
import { getOptionalUser } from "~/web/auth.server";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, signupSchema } from "~/domain/account/schemas";
import { requestSignUp } from "~/domain/account/signups.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/");
  if (await getOptionalUser(request)) throw redirect(redirectTo, 303);
  const t = makeT(await getLang(request));
  return { meta: { title: `${t("accounts.signup.title")} · ${t("site.name")}` } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await readForm(request);
  const values = formFields(form, ["name", "email", "password"]);
  const kept = { name: values.name ?? "", email: values.email ?? "" };
  const parsed = signupSchema.safeParse(values);
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error), values: kept }, { status: 400 });
  // One answer whether or not the email has an account (decision 0019): the link or the
  // notice goes to the address, so only its owner learns which. Links use SITE_URL, never the
  // request's Host header, which a client chooses.
  await requestSignUp(await getDb(), {
    ...parsed.data,
    redirectTo: safeRedirectPath(form.get("redirectTo"), "/"),
    lang: await getLang(request),
    siteUrl: getConfig().siteUrl,
  });
  return redirect("/signup/sent", 303);
}

export default function Signup() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = safeRedirectPath(params.get("redirectTo"), "/");
  const errors = actionData?.errors ?? {};
  const loginHref = redirectTo === "/" ? "/login" : `/login?${new URLSearchParams({ redirectTo })}`;
  return (
    <AccountCard title={t("accounts.signup.title")} intro={t("accounts.signup.intro")}>
      <Form method="post" noValidate>
        {actionData && <FormAlert>{t("accounts.error.form")}</FormAlert>}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          t={t}
          name="name"
          label={t("accounts.field.name")}
          autoComplete="name"
          defaultValue={actionData?.values.name}
          error={errors.name}
        />
        <Field
          t={t}
          name="email"
          type="email"
          label={t("accounts.field.email")}
          autoComplete="email"
          defaultValue={actionData?.values.email}
          error={errors.email}
        />
        <Field
          t={t}
          name="password"
          type="password"
          label={t("accounts.field.password")}
          autoComplete="new-password"
          hint={t("accounts.field.passwordHint")}
          error={errors.password}
        />
        <SubmitButton>{t("accounts.signup.submit")}</SubmitButton>
      </Form>
      <p className="mt-5 text-sm text-stone-700">
        {t("accounts.signup.haveAccount")}{" "}
        <Link to={loginHref} className="font-semibold text-brand-700 underline">
          {t("accounts.header.login")}
        </Link>
      </p>
    </AccountCard>
  );
}
