import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AccountCard, FormAlert } from "~/components/account-form";
import { SIGNUP_TTL_MS } from "~/domain/account/signups.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";

export async function loader({ request }: LoaderFunctionArgs) {
  const t = makeT(await getLang(request));
  return {
    hours: SIGNUP_TTL_MS / 3600_000,
    meta: { title: `${t("accounts.signup.sentTitle")} · ${t("site.name")}` },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];

/** Where every valid sign-up lands, whether or not the address already had an account. */
export default function SignupSent() {
  const { t } = useT();
  const { hours } = useLoaderData<typeof loader>();
  return (
    <AccountCard title={t("accounts.signup.sentTitle")}>
      <FormAlert tone="info">{t("accounts.signup.sent", { hours })}</FormAlert>
      <p className="text-sm text-stone-700">{t("accounts.signup.sentSpam")}</p>
      <p className="mt-4 text-sm">
        <Link to="/login" className="font-semibold text-brand-700 underline">
          {t("accounts.forgot.back")}
        </Link>
      </p>
    </AccountCard>
  );
}
