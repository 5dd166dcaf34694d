import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { AccountCard } from "~/components/account/account-card";
import { SIGNUP_TTL_MS } from "~/domain/account/signups.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const t = makeT((await enter(args, "public")).lang);
  return reply({
    hours: SIGNUP_TTL_MS / 3600_000,
    meta: { title: `${t("accounts.signup.sentTitle")} · ${t("site.name")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

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
