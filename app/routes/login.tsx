import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { TextField, errorText } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { AccountCard } from "~/components/account/account-card";
import { clientAddress, commitSession, readSessionToken } from "~/web/auth.server";
import { fieldErrors, formFields, loginSchema, type FieldErrors } from "~/domain/account/schemas";
import { logIn } from "~/domain/account/accounts.server";
import { mergeGuestCart } from "~/domain/cart/cart.server";
import { makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { workspacePath } from "~/lib/workspace-path";
import { readCartToken } from "~/web/cart-cookie.server";
import { enter, enterAction, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, lang, query } = await enter(args, "public");
  const redirectTo = safeRedirectPath(query.get("redirectTo"), "/");
  if (user) throw redirect(redirectTo, 303);
  const t = makeT(lang);
  return reply({
    redirectTo,
    afterReset: query.get("reset") === "1",
    meta: { title: `${t("accounts.login.title")} · ${t("site.name")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  const { request, db, form } = await enterAction(args, "public");
  const values = formFields(form, ["email", "password"]);
  const kept = { email: values.email ?? "" };
  const parsed = loginSchema.safeParse(values);
  if (!parsed.success) {
    return reply({ errors: fieldErrors(parsed.error), formError: null, values: kept }, 400);
  }
  const result = await logIn(db, {
    ...parsed.data,
    ip: clientAddress(request, args.context),
    previousToken: await readSessionToken(request),
  });
  if (!result.ok) {
    const errors: FieldErrors = {};
    const formError: MessageKey = `accounts.error.${result.error}`;
    return reply({ errors, formError, values: kept }, result.error === "rateLimited" ? 429 : 400);
  }
  await mergeGuestCart(db, await readCartToken(request), result.user.id);
  // With nowhere asked for, producers and officials land in their workspace.
  const asked = safeRedirectPath(form.get("redirectTo"), "/");
  const home = asked === "/" ? (workspacePath(result.user.role) ?? "/") : asked;
  return redirect(home, {
    status: 303,
    headers: { "Set-Cookie": await commitSession(result.token) },
  });
}

export default function Login() {
  const { t } = useT();
  const { redirectTo, afterReset } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const err = errorText(t, actionData?.errors ?? {});
  const signupHref =
    redirectTo === "/" ? "/signup" : `/signup?${new URLSearchParams({ redirectTo })}`;
  return (
    <AccountCard title={t("accounts.login.title")}>
      {/* A full page load after log-in: the new role may need the workspace messages (root.tsx). */}
      <Form method="post" noValidate reloadDocument>
        {afterReset && !actionData && (
          <FormAlert tone="info">{t("accounts.login.afterReset")}</FormAlert>
        )}
        {actionData && <FormAlert>{t(actionData.formError ?? "accounts.error.form")}</FormAlert>}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          type="email"
          label={t("accounts.field.email")}
          autoComplete="username"
          defaultValue={actionData?.values.email}
          error={err("email")}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t("accounts.field.password")}
          autoComplete="current-password"
          error={err("password")}
          required
        />
        <SubmitButton>{t("accounts.login.submit")}</SubmitButton>
      </Form>
      <p className="mt-5 text-sm">
        <Link to="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("accounts.login.forgot")}
        </Link>
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {t("accounts.login.noAccount")}{" "}
        <Link to={signupHref} className="font-semibold text-brand-700 underline">
          {t("accounts.login.signupLink")}
        </Link>
      </p>
    </AccountCard>
  );
}
