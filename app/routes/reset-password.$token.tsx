import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { TextField, errorText } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { AccountCard } from "~/components/account/account-card";
import { destroySession } from "~/web/auth.server";
import {
  fieldErrors,
  formFields,
  resetPasswordSchema,
  type FieldErrors,
} from "~/domain/account/schemas";
import { resetPassword, resetTokenUsable } from "~/domain/account/accounts.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, enterAction, reply } from "~/web/route.server";
import { TOKEN_PAGE_HEADERS } from "~/web/token-page-headers";
import { privatePageMeta } from "~/lib/page-meta";

export const headers: HeadersFunction = () => TOKEN_PAGE_HEADERS;

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, token: tokenParam } = await enter(args, "public");
  const token = tokenParam();
  const t = makeT(lang);
  const usable = token !== null && (await resetTokenUsable(db, token));
  return reply(
    { usable, meta: { title: `${t("accounts.reset.title")} · ${t("site.name")}` } },
    200,
    TOKEN_PAGE_HEADERS,
  );
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  const { db, form, token: tokenParam } = await enterAction(args, "public");
  const parsed = resetPasswordSchema.safeParse(formFields(form, ["password"]));
  if (!parsed.success) return reply({ errors: fieldErrors(parsed.error), invalidLink: false }, 400);
  const token = tokenParam();
  const result = token ? await resetPassword(db, { token, password: parsed.data.password }) : null;
  if (!result || !result.ok) {
    const invalidLink = !result || result.error === "invalidToken";
    const errors: FieldErrors = invalidLink ? {} : { password: "accounts.error.passwordIsEmail" };
    return reply({ errors, invalidLink }, 400);
  }
  // Every session of the account has ended, this browser's included.
  return redirect("/login?reset=1", {
    status: 303,
    headers: { "Set-Cookie": await destroySession() },
  });
}

export default function ResetPassword() {
  const { t } = useT();
  const { usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!usable || actionData?.invalidLink) {
    return (
      <AccountCard title={t("accounts.reset.title")}>
        <FormAlert>{t("accounts.reset.invalid")}</FormAlert>
        <Link to="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("accounts.reset.requestAgain")}
        </Link>
      </AccountCard>
    );
  }
  return (
    <AccountCard title={t("accounts.reset.title")} intro={t("accounts.reset.intro")}>
      <Form method="post" noValidate>
        {actionData && <FormAlert>{t("accounts.error.form")}</FormAlert>}
        <TextField
          name="password"
          type="password"
          label={t("accounts.field.newPassword")}
          autoComplete="new-password"
          hint={t("accounts.field.passwordHint")}
          error={errorText(t, actionData?.errors ?? {})("password")}
          required
        />
        <SubmitButton>{t("accounts.reset.submit")}</SubmitButton>
      </Form>
    </AccountCard>
  );
}
