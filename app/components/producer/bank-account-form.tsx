/**
 * The producer's bank account: the current one (number masked) and the form to record or
 * change it. The account number is never put back in the form: it is typed in full at each
 * save, so the page never shows it whole.
 */
import { Form } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { SelectField, TextField } from "~/components/form/field";
import { SubmitButton } from "~/components/form/submit-button";
import type { FieldErrors } from "~/domain/account/schemas";
import { HOLDER_MAX } from "~/domain/payment/bank-account-schema";
import { useT } from "~/i18n/use-t";

export type BankAccountShown = {
  bankName: string;
  accountMasked: string;
  accountHolder: string;
  bankBin: string;
  updated: string;
  updatedByName: string | null;
};

export function BankAccountCard({ account }: { account: BankAccountShown | null }) {
  const { t } = useT();
  if (!account)
    return (
      <p
        className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
        data-testid="bank-account-none"
      >
        {t("transfer.pws.none")}
      </p>
    );
  return (
    <section
      aria-labelledby="bank-current"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
      data-testid="bank-account-current"
    >
      <h2 id="bank-current" className="text-lg font-bold">
        {t("transfer.pws.current")}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">{t("transfer.field.bank")}</dt>
        <dd className="font-semibold">{account.bankName}</dd>
        <dt className="text-stone-600">{t("transfer.field.account")}</dt>
        <dd className="font-mono font-semibold" data-testid="bank-account-masked">
          {account.accountMasked}
        </dd>
        <dt className="text-stone-600">{t("transfer.field.holder")}</dt>
        <dd className="font-semibold">{account.accountHolder}</dd>
      </dl>
      <p className="mt-2 text-xs text-stone-600">
        {account.updatedByName
          ? t("transfer.pws.updated", { when: account.updated, who: account.updatedByName })
          : t("transfer.pws.updatedAt", { when: account.updated })}
      </p>
    </section>
  );
}

export function BankAccountForm({
  banks,
  account,
  values,
  errors,
}: {
  banks: readonly { value: string; label: string }[];
  account: BankAccountShown | null;
  values: Record<string, string> | null;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const err = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  return (
    <Form method="post" className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="mb-3 text-lg font-bold">
        {account ? t("transfer.pws.edit") : t("transfer.pws.add")}
      </h2>
      {Object.keys(errors).length > 0 && <FormAlert>{t("pws.product.fixErrors")}</FormAlert>}
      <SelectField
        name="bankBin"
        label={t("transfer.field.bank")}
        options={banks}
        placeholder={t("transfer.pws.bankPlaceholder")}
        defaultValue={values?.bankBin ?? account?.bankBin ?? ""}
        error={err("bankBin")}
        required
      />
      <TextField
        name="accountNumber"
        label={t("transfer.field.account")}
        hint={`${t("transfer.pws.accountHint")} ${account ? t("transfer.pws.fullNumber") : ""}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={30}
        defaultValue={values?.accountNumber ?? ""}
        error={err("accountNumber")}
        required
      />
      <TextField
        name="accountHolder"
        label={t("transfer.field.holder")}
        hint={t("transfer.pws.holderHint")}
        autoComplete="off"
        maxLength={HOLDER_MAX + 10}
        defaultValue={values?.accountHolder ?? account?.accountHolder ?? ""}
        error={err("accountHolder")}
        required
      />
      <SubmitButton intent="save">{t("transfer.pws.save")}</SubmitButton>
    </Form>
  );
}
