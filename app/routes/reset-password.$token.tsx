import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AccountCard, Field, FormAlert, SubmitButton } from "~/components/account-form";
import { destroySession } from "~/web/auth.server";
import { getDb } from "~/infra/db.server";
import {
  fieldErrors,
  formFields,
  resetPasswordSchema,
  type FieldErrors,
} from "~/domain/account/schemas";
import { resetPassword, resetTokenUsable } from "~/domain/account/accounts.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";
import { TOKEN_PAGE_HEADERS } from "~/web/token-page-headers";

const PRIVATE_HEADERS = TOKEN_PAGE_HEADERS;

export const headers: HeadersFunction = () => PRIVATE_HEADERS;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const t = makeT(await getLang(request));
  const usable =
    token.length > 0 && token.length < 200 && (await resetTokenUsable(await getDb(), token));
  return data(
    { usable, meta: { title: `${t("accounts.reset.title")} · ${t("site.name")}` } },
    { headers: PRIVATE_HEADERS },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await readForm(request);
  const parsed = resetPasswordSchema.safeParse(formFields(form, ["password"]));
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error), invalidLink: false }, { status: 400 });
  const token = params.token ?? "";
  const result =
    token.length < 200
      ? await resetPassword(await getDb(), { token, password: parsed.data.password })
      : null;
  if (!result || !result.ok) {
    const invalidLink = !result || result.error === "invalidToken";
    const errors: FieldErrors = invalidLink ? {} : { password: "accounts.error.passwordIsEmail" };
    return data({ errors, invalidLink }, { status: 400 });
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
        <Field
          t={t}
          name="password"
          type="password"
          label={t("accounts.field.newPassword")}
          autoComplete="new-password"
          hint={t("accounts.field.passwordHint")}
          error={actionData?.errors.password}
        />
        <SubmitButton>{t("accounts.reset.submit")}</SubmitButton>
      </Form>
    </AccountCard>
  );
}
