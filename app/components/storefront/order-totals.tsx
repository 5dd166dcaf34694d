/**
 * The order page's sums and the cancel's confirmation page. The sums count only the parts
 * still owed (orderTotals: not cancelled, not returned); when that differs from what was
 * placed, the placed total is shown struck through, with why (decision 0022).
 */
import { Link } from "@remix-run/react";
import { formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { CancelQuestion } from "./cancel-part-dialog";

export function OrderTotals({
  due,
  placedTotalVnd,
}: {
  due: { itemsTotalVnd: number; shippingTotalVnd: number; totalVnd: number };
  placedTotalVnd: number;
}) {
  const { t, lang } = useT();
  return (
    <dl className="mt-6 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
      <dt>{t("orders.view.items")}</dt>
      <dd className="text-right">{formatVnd(lang, due.itemsTotalVnd)}</dd>
      <dt>{t("orders.view.shipping")}</dt>
      <dd className="text-right">{formatVnd(lang, due.shippingTotalVnd)}</dd>
      {due.totalVnd !== placedTotalVnd && (
        <>
          <dt className="text-stone-600">{t("outcomes.totals.placed")}</dt>
          <dd className="text-right text-stone-600" data-testid="order-placed-total">
            <s>{formatVnd(lang, placedTotalVnd)}</s>
          </dd>
          <dd className="col-span-2 text-sm text-stone-600">{t("outcomes.totals.excluded")}</dd>
        </>
      )}
      <dt className="text-lg font-bold">{t("orders.view.total")}</dt>
      <dd className="text-right text-lg font-bold" data-testid="order-total">
        {formatVnd(lang, due.totalVnd)}
      </dd>
    </dl>
  );
}

/** The page a cancel goes through without JavaScript: the question, confirm or go back. */
export function CancelConfirmation({
  number,
  part,
  totalAfterVnd,
  accessKey,
}: {
  number: string;
  part: { id: number; producer: string; totalVnd: number };
  totalAfterVnd: number;
  accessKey: string | null;
}) {
  const { t } = useT();
  const back = `/orders/${number}${accessKey ? `?${new URLSearchParams({ key: accessKey })}` : ""}`;
  return (
    <div className="mx-auto max-w-xl px-4 py-8 sm:py-12">
      <p className="text-sm text-stone-600">{t("orders.view.title", { number })}</p>
      <div className="mt-2 rounded-xl border border-red-200 bg-white shadow-sm">
        <CancelQuestion
          partId={part.id}
          producer={part.producer}
          partTotalVnd={part.totalVnd}
          totalAfterVnd={totalAfterVnd}
          accessKey={accessKey}
          titleId="cancel-title"
          pageHeading
        >
          <Link
            to={back}
            className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800"
          >
            {t("outcomes.cancel.back")}
          </Link>
        </CancelQuestion>
      </div>
    </div>
  );
}
