import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { TextField, errorText } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { AccountCard } from "~/components/account/account-card";
import { PrivacyConsentCheckbox } from "~/components/legal/consent-checkbox";
import { CONSENT_VALUE } from "~/domain/legal/schemas";
import { getConfig } from "~/infra/config.server";
import { fieldErrors, formFields, signupSchema } from "~/domain/account/schemas";
import { requestSignUp } from "~/domain/account/signups.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { enter, enterAction, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, lang, query } = await enter(args, "public");
  const redirectTo = safeRedirectPath(query.get("redirectTo"), "/");
  if (user) throw redirect(redirectTo, 303);
  const t = makeT(lang);
  return reply({ meta: { title: `${t("accounts.signup.title")} · ${t("site.name")}` } });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  const { db, lang, form } = await enterAction(args, "public");
  const values = formFields(form, ["name", "email", "password", "privacyConsent"]);
  const kept = {
    name: values.name ?? "",
    email: values.email ?? "",
    privacyConsent: values.privacyConsent === CONSENT_VALUE,
  };
  const parsed = signupSchema.safeParse(values);
  if (!parsed.success) return reply({ errors: fieldErrors(parsed.error), values: kept }, 400);
  // One answer whether or not the email has an account (decision 0019): the link or the
  // notice goes to the address, so only its owner learns which. Links use SITE_URL, never the
  // request's Host header, which a client chooses.
  await requestSignUp(db, {
    ...parsed.data,
    redirectTo: safeRedirectPath(form.get("redirectTo"), "/"),
    lang,
    siteUrl: getConfig().siteUrl,
  });
  return redirect("/signup/sent", 303);
}

export default function Signup() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = safeRedirectPath(params.get("redirectTo"), "/");
  const err = errorText(t, actionData?.errors ?? {});
  const loginHref = redirectTo === "/" ? "/login" : `/login?${new URLSearchParams({ redirectTo })}`;
  return (
    <AccountCard title={t("accounts.signup.title")} intro={t("accounts.signup.intro")}>
      <Form method="post" noValidate>
        {actionData && <FormAlert>{t("accounts.error.form")}</FormAlert>}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="name"
          label={t("accounts.field.name")}
          autoComplete="name"
          defaultValue={actionData?.values.name}
          error={err("name")}
          required
        />
        <TextField
          name="email"
          type="email"
          label={t("accounts.field.email")}
          autoComplete="email"
          defaultValue={actionData?.values.email}
          error={err("email")}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t("accounts.field.password")}
          autoComplete="new-password"
          hint={t("accounts.field.passwordHint")}
          error={err("password")}
          required
        />
        <PrivacyConsentCheckbox
          checked={actionData?.values.privacyConsent}
          error={err("privacyConsent")}
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
