/**
 * The producer's bank account for VietQR transfers: shown masked, recorded or changed by one
 * of the producer's members (the route kit lets no one else in), each change audited. Buyers
 * can choose bank transfer only for producers that have one.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { BankAccountCard, BankAccountForm } from "~/components/producer/bank-account-form";
import { PageHeader } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { formatVietnamDateTime } from "~/domain/order/shipments.server";
import { bankAccountSchema } from "~/domain/payment/bank-account-schema";
import { getBankAccount, saveBankAccount } from "~/domain/payment/bank-accounts.server";
import { BANKS } from "~/domain/payment/banks";
import { maskAccountNumber } from "~/domain/payment/vietqr";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { byIntent, enter, enterAction, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

const FIELDS = ["bankBin", "accountNumber", "accountHolder"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const account = await getBankAccount(db, user.producerId);
  const t = makeT(lang);
  return reply({
    // The full number never leaves the server: the page shows its last four digits.
    account: account && {
      bankBin: account.bankBin,
      bankName: account.bankName,
      accountMasked: maskAccountNumber(account.accountNumber),
      accountHolder: account.accountHolder,
      updated: formatVietnamDateTime(lang, account.updatedAt),
      updatedByName: account.updatedByName,
    },
    banks: BANKS.map((b) => ({ value: b.bin, label: `${b.shortName} — ${b.name}` })),
    meta: { title: t("pws.meta.title", { page: t("transfer.pws.title") }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action(args: ActionFunctionArgs) {
  const { user, db, form, intent } = await enterAction(args, "producer");
  return byIntent(intent, {
    save: async () => {
      const raw = formFields(form, FIELDS);
      const parsed = bankAccountSchema.safeParse(raw);
      if (!parsed.success) {
        const values = Object.fromEntries(FIELDS.map((f) => [f, raw[f] ?? ""]));
        return reply<ActionData>({ errors: fieldErrors(parsed.error), values }, 400);
      }
      await saveBankAccount(db, user, parsed.data);
      return redirect("/producer/bank-account?saved=1", 303);
    },
  });
}

export default function ProducerBankAccountPage() {
  const { t } = useT();
  const { account, banks } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader title={t("transfer.pws.title")} description={t("transfer.pws.intro")} />
      {!actionData && search.get("saved") === "1" && (
        <FormAlert tone="info">{t("transfer.pws.saved")}</FormAlert>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <BankAccountCard account={account} />
        <BankAccountForm
          banks={banks}
          account={account}
          values={actionData?.values ?? null}
          errors={actionData?.errors ?? {}}
        />
      </div>
    </>
  );
}
