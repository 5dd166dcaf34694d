/**
 * The moves a producer may make on an order part, each its own small form: confirm, ship
 * (carrier from the list and tracking number), mark delivered, record a failed delivery (with
 * its reason), record the parcel's return (with the restock choice), cancel with a reason.
 * Only the moves the transition table allows are shown; a card order waits for its payment.
 */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SelectField, TextAreaField, TextField } from "~/components/form/field";
import {
  dangerButtonClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { CARRIERS, OTHER_CARRIER } from "~/domain/order/carriers";
import { DELIVERY_FAILURE_REASONS } from "~/domain/order/lifecycle";
import type { ProducerOrderDetail } from "~/domain/order/shipments.server";
import { useT } from "~/i18n/use-t";

export type PartMoves = {
  confirm: boolean;
  ship: boolean;
  deliver: boolean;
  fail: boolean;
  return: boolean;
  cancel: boolean;
};

/** What the last failed move sent, shown again with its errors in its own form only. */
export type MoveAnswer = {
  intent: string;
  errors: FieldErrors;
  values: Record<string, string>;
};

export function OrderPartActions({
  part,
  here,
  can,
  awaitingCardPayment,
  answer,
  children,
}: {
  part: Pick<ProducerOrderDetail, "status">;
  here: string;
  can: PartMoves;
  awaitingCardPayment: boolean;
  answer: MoveAnswer | undefined;
  /** What the payment asks of the producer first (a bank transfer's received / not received). */
  children?: ReactNode;
}) {
  const { t } = useT();
  const errorsFor = (intent: string) =>
    answer?.intent === intent ? answer.errors : ({} as FieldErrors);
  const err = (intent: string, field: string) => {
    const k = errorsFor(intent)[field];
    return k ? t(k) : undefined;
  };
  const valueFor = (intent: string, field: string) =>
    (answer?.intent === intent ? answer.values[field] : "") ?? "";
  const hasActions = Object.values(can).some(Boolean);
  return (
    <aside
      aria-labelledby="actions-heading"
      className="space-y-4 lg:col-start-2 lg:row-span-3 lg:row-start-1"
    >
      <h2 id="actions-heading" className="sr-only">
        {t("pws.order.actionsHeading")}
      </h2>
      {children}
      {awaitingCardPayment && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          {t("pws.order.waitPayment")}
        </p>
      )}
      {!hasActions && (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-stone-600">
          {t("pws.order.noActions", { status: t(`orders.status.${part.status}`) })}
        </p>
      )}
      {can.confirm && (
        <OneStepMove
          action={here}
          intent="confirm"
          hint={t("pws.order.confirmHint")}
          label={t("pws.order.confirm")}
          buttonClass={primaryButtonClass}
        />
      )}
      {can.ship && (
        <Form
          method="post"
          action={here}
          noValidate
          aria-labelledby="ship-heading"
          className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
        >
          <h3 id="ship-heading" className="mb-3 font-bold">
            {t("pws.order.shipHeading")}
          </h3>
          <input type="hidden" name="intent" value="ship" />
          <SelectField
            name="carrier"
            label={t("pws.order.carrier")}
            placeholder={t("pws.outcome.ship.choose")}
            options={[
              ...CARRIERS.map((c) => ({ value: c.code, label: c.name })),
              { value: OTHER_CARRIER, label: t("pws.outcome.ship.otherCarrier") },
            ]}
            defaultValue={valueFor("ship", "carrier")}
            error={err("ship", "carrier")}
            required
          />
          <TextField
            name="carrierName"
            label={t("pws.outcome.ship.carrierName")}
            hint={t("pws.outcome.ship.carrierNameHint")}
            defaultValue={valueFor("ship", "carrierName")}
            error={err("ship", "carrierName")}
            autoComplete="off"
            maxLength={60}
          />
          <TextField
            name="trackingNumber"
            label={t("pws.order.tracking")}
            defaultValue={valueFor("ship", "trackingNumber")}
            error={err("ship", "trackingNumber")}
            autoComplete="off"
            maxLength={40}
            required
          />
          <button type="submit" className={`${primaryButtonClass} w-full`}>
            {t("pws.order.ship")}
          </button>
        </Form>
      )}
      {can.deliver && (
        <OneStepMove
          action={here}
          intent="deliver"
          hint={t("pws.order.deliverHint")}
          label={t("pws.order.deliver")}
          buttonClass={secondaryButtonClass}
        />
      )}
      {can.fail && (
        <Form
          method="post"
          action={here}
          noValidate
          aria-labelledby="fail-heading"
          className="rounded-xl border border-amber-300 bg-white p-5 shadow-sm"
        >
          <h3 id="fail-heading" className="mb-3 font-bold">
            {t("pws.outcome.fail.heading")}
          </h3>
          <input type="hidden" name="intent" value="fail" />
          <SelectField
            name="failureReason"
            label={t("pws.outcome.fail.reason")}
            hint={t("pws.outcome.fail.hint")}
            placeholder={t("pws.outcome.ship.choose")}
            options={DELIVERY_FAILURE_REASONS.map((r) => ({
              value: r,
              label: t(`outcomes.failure.${r}`),
            }))}
            defaultValue={valueFor("fail", "failureReason")}
            error={err("fail", "failureReason")}
            required
          />
          <button type="submit" className={`${secondaryButtonClass} w-full`}>
            {t("pws.outcome.fail.submit")}
          </button>
        </Form>
      )}
      {can.return && (
        <Form
          method="post"
          action={here}
          noValidate
          aria-labelledby="return-heading"
          className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
        >
          <h3 id="return-heading" className="mb-3 font-bold">
            {t("pws.outcome.return.heading")}
          </h3>
          <input type="hidden" name="intent" value="return" />
          <SelectField
            name="restock"
            label={t("pws.outcome.return.restock")}
            hint={t("pws.outcome.return.hint")}
            placeholder={t("pws.outcome.ship.choose")}
            options={[
              { value: "yes", label: t("pws.outcome.return.yes") },
              { value: "no", label: t("pws.outcome.return.no") },
            ]}
            defaultValue={valueFor("return", "restock")}
            error={err("return", "restock")}
            required
          />
          <button type="submit" className={`${primaryButtonClass} w-full`}>
            {t("pws.outcome.return.submit")}
          </button>
        </Form>
      )}
      {can.cancel && (
        <Form
          method="post"
          action={here}
          noValidate
          aria-labelledby="cancel-heading"
          className="rounded-xl border border-red-200 bg-white p-5 shadow-sm"
        >
          <h3 id="cancel-heading" className="mb-3 font-bold text-red-900">
            {t("pws.order.cancelHeading")}
          </h3>
          <input type="hidden" name="intent" value="cancel" />
          <TextAreaField
            name="reason"
            label={t("pws.order.reason")}
            hint={t("pws.order.reasonHint")}
            rows={3}
            defaultValue={valueFor("cancel", "reason")}
            error={err("cancel", "reason")}
            required
          />
          <button type="submit" className={`${dangerButtonClass} w-full`}>
            {t("pws.order.cancel")}
          </button>
        </Form>
      )}
    </aside>
  );
}

/** A move that needs nothing but a press (confirm, delivered): its hint and its button. */
function OneStepMove({
  action,
  intent,
  hint,
  label,
  buttonClass,
}: {
  action: string;
  intent: string;
  hint: string;
  label: string;
  buttonClass: string;
}) {
  return (
    <Form
      method="post"
      action={action}
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <input type="hidden" name="intent" value={intent} />
      <p className="mb-3 text-sm text-stone-700">{hint}</p>
      <button type="submit" className={`${buttonClass} w-full`}>
        {label}
      </button>
    </Form>
  );
}
