import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { AccountCard } from "~/components/account/account-card";
import { commitSession, readSessionToken } from "~/web/auth.server";
import { mergeGuestCart } from "~/domain/cart/cart.server";
import { confirmSignUp, signUpRequestEmail } from "~/domain/account/signups.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { readCartToken } from "~/web/cart-cookie.server";
import { enter, enterWrite, reply } from "~/web/route.server";
import { TOKEN_PAGE_HEADERS } from "~/web/token-page-headers";
import { privatePageMeta } from "~/lib/page-meta";

export const headers: HeadersFunction = () => TOKEN_PAGE_HEADERS;

/**
 * Opening the link only shows a button: mail scanners fetch the links in an email, and that
 * must not spend the link or open a session in their browser.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, token: tokenParam } = await enter(args, "public");
  const token = tokenParam();
  const t = makeT(lang);
  const email = token ? await signUpRequestEmail(db, token) : null;
  return reply(
    { email, meta: { title: `${t("accounts.confirm.title")} · ${t("site.name")}` } },
    200,
    TOKEN_PAGE_HEADERS,
  );
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  // The form is a bare button: there is no body to read.
  const { request, db, token: tokenParam } = await enterWrite(args, "public");
  const token = tokenParam();
  const result = token
    ? await confirmSignUp(db, {
        token,
        previousToken: await readSessionToken(request),
      })
    : null;
  if (!result?.ok) return reply({ invalidLink: true }, 400, TOKEN_PAGE_HEADERS);
  // What a guest put in the cart before signing up stays theirs.
  await mergeGuestCart(db, await readCartToken(request), result.user.id);
  return redirect(result.redirectTo, {
    status: 303,
    headers: { "Set-Cookie": await commitSession(result.token) },
  });
}

export default function ConfirmSignup() {
  const { t } = useT();
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!email || actionData?.invalidLink) {
    return (
      <AccountCard title={t("accounts.confirm.title")}>
        <FormAlert>{t("accounts.confirm.invalid")}</FormAlert>
        <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <Link to="/login" className="font-semibold text-brand-700 underline">
            {t("accounts.header.login")}
          </Link>
          <Link to="/signup" className="font-semibold text-brand-700 underline">
            {t("accounts.login.signupLink")}
          </Link>
        </p>
      </AccountCard>
    );
  }
  return (
    <AccountCard title={t("accounts.confirm.title")} intro={t("accounts.confirm.intro")}>
      <Form method="post">
        <p className="mb-4 text-sm text-stone-700">
          {t("accounts.confirm.account")}{" "}
          <strong className="break-all font-semibold text-stone-900">{email}</strong>
        </p>
        <SubmitButton>{t("accounts.confirm.submit")}</SubmitButton>
      </Form>
    </AccountCard>
  );
}
