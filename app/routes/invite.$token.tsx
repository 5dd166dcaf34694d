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
import { commitSession, readSessionToken } from "~/web/auth.server";
import {
  fieldErrors,
  formFields,
  resetPasswordSchema,
  type FieldErrors,
} from "~/domain/account/schemas";
import { acceptInvite, inviteInfo } from "~/domain/account/invites.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, enterAction, reply } from "~/web/route.server";
import { TOKEN_PAGE_HEADERS } from "~/web/token-page-headers";
import { privatePageMeta } from "~/lib/page-meta";

export const headers: HeadersFunction = () => TOKEN_PAGE_HEADERS;

/** Where a member lands once signed in: their producer workspace. */
const AFTER_INVITE = "/producer";

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, token: tokenParam } = await enter(args, "public");
  const token = tokenParam();
  const t = makeT(lang);
  const invite = token ? await inviteInfo(db, token) : null;
  return reply(
    { invite, meta: { title: `${t("invite.title")} · ${t("site.name")}` } },
    200,
    TOKEN_PAGE_HEADERS,
  );
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export async function action(args: ActionFunctionArgs) {
  const { request, db, form, token: tokenParam } = await enterAction(args, "public");
  // The same password rules as sign-up and reset (account/schemas.ts).
  const parsed = resetPasswordSchema.safeParse(formFields(form, ["password"]));
  if (!parsed.success)
    return reply(
      { errors: fieldErrors(parsed.error), invalidLink: false },
      400,
      TOKEN_PAGE_HEADERS,
    );
  const token = tokenParam();
  const result = token
    ? await acceptInvite(db, {
        token,
        password: parsed.data.password,
        previousToken: await readSessionToken(request),
      })
    : null;
  if (!result || !result.ok) {
    const invalidLink = !result || result.error === "invalidToken";
    const errors: FieldErrors = invalidLink ? {} : { password: "accounts.error.passwordIsEmail" };
    return reply({ errors, invalidLink }, 400, TOKEN_PAGE_HEADERS);
  }
  return redirect(AFTER_INVITE, {
    status: 303,
    headers: { "Set-Cookie": await commitSession(result.token) },
  });
}

export default function AcceptInvite() {
  const { t } = useT();
  const { invite } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!invite || actionData?.invalidLink) {
    return (
      <AccountCard title={t("invite.title")}>
        <FormAlert>{t("invite.invalid")}</FormAlert>
        <Link to="/login" className="font-semibold text-brand-700 underline">
          {t("invite.toLogin")}
        </Link>
      </AccountCard>
    );
  }
  return (
    <AccountCard
      title={t("invite.title")}
      intro={t("invite.intro", { name: invite.name, producer: invite.producerName })}
    >
      {/* A full page load: the member's new role brings the workspace's messages (decision 0010). */}
      <Form method="post" noValidate reloadDocument>
        {actionData && <FormAlert>{t("accounts.error.form")}</FormAlert>}
        <p className="mb-4 text-sm text-stone-700">
          {t("invite.account")}{" "}
          <strong className="break-all font-semibold text-stone-900">{invite.email}</strong>
        </p>
        {/* Lets password managers store the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={invite.email} />
        <TextField
          name="password"
          type="password"
          label={t("accounts.field.newPassword")}
          autoComplete="new-password"
          hint={t("accounts.field.passwordHint")}
          error={errorText(t, actionData?.errors ?? {})("password")}
          required
        />
        <SubmitButton>{t("invite.submit")}</SubmitButton>
      </Form>
    </AccountCard>
  );
}
