/**
 * A shipment paid by bank transfer, on the producer's order page: how much with which memo,
 * and while it is awaited the two answers only the producer can give — "money received"
 * (then it may confirm and ship) or "not received" (the shipment is cancelled; a second step
 * in a disclosure, so one stray tap cancels nothing). Plain forms: no JavaScript needed.
 */
import { Form } from "@remix-run/react";
import { dangerButtonClass, primaryButtonClass } from "~/components/workspace/page-header";
import type { BankTransferStatus } from "~/domain/payment/transfer-lifecycle";
import { formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";

export type ProducerTransfer = {
  status: BankTransferStatus;
  bankName: string;
  accountMasked: string;
  amountVnd: number;
  memo: string;
};

export function TransferActions({ transfer, here }: { transfer: ProducerTransfer; here: string }) {
  const { t, lang } = useT();
  const params = { amount: formatVnd(lang, transfer.amountVnd), memo: transfer.memo };
  return (
    <section
      aria-labelledby="transfer-heading"
      className="rounded-lg border border-brand-200 bg-brand-50 p-4"
      data-testid="producer-transfer"
    >
      <h3 id="transfer-heading" className="font-bold">
        {t("transfer.part.title")}
      </h3>
      <p className="mt-1 text-sm text-stone-800" data-testid="producer-transfer-status">
        {t(`transfer.part.${transfer.status}`, params)}
      </p>
      <p className="mt-1 text-sm text-stone-600">
        {transfer.bankName} · {transfer.accountMasked}
      </p>
      {transfer.status === "awaiting" && (
        <div className="mt-3 space-y-2">
          <Form method="post" action={here}>
            <button
              type="submit"
              name="intent"
              value="transferReceived"
              className={`${primaryButtonClass} w-full`}
            >
              {t("transfer.part.receivedButton")}
            </button>
          </Form>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-red-800">
              {t("transfer.part.notReceivedButton")}
            </summary>
            <Form method="post" action={here} className="mt-2">
              <p className="mb-2 text-sm text-stone-700">{t("transfer.reason.notReceived")}.</p>
              <button
                type="submit"
                name="intent"
                value="transferNotReceived"
                className={`${dangerButtonClass} w-full`}
              >
                {t("transfer.part.notReceivedButton")}
              </button>
            </Form>
          </details>
        </div>
      )}
    </section>
  );
}
