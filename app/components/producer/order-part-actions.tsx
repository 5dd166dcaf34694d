/**
 * The moves a producer may make on an order part, each its own small form: confirm, ship
 * (carrier and tracking number), mark delivered, cancel with a reason. Only the moves the
 * transition table allows are shown; a card order waits for its payment first.
 */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { TextAreaField, TextField } from "~/components/form/field";
import {
  dangerButtonClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import type { ProducerOrderDetail } from "~/domain/order/shipments.server";
import { useT } from "~/i18n/use-t";

export type PartMoves = { confirm: boolean; ship: boolean; deliver: boolean; cancel: boolean };

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
  carriers,
  answer,
  children,
}: {
  part: Pick<ProducerOrderDetail, "status">;
  here: string;
  can: PartMoves;
  awaitingCardPayment: boolean;
  carriers: readonly string[];
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
  const valueFor = (intent: string, field: "carrier" | "trackingNumber" | "reason") =>
    (answer?.intent === intent ? answer.values[field] : "") ?? "";
  const hasActions = can.confirm || can.ship || can.deliver || can.cancel;
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
          <datalist id="carriers">
            {carriers.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <CarrierField
            label={t("pws.order.carrier")}
            hint={t("pws.order.carrierHint")}
            defaultValue={valueFor("ship", "carrier")}
            error={err("ship", "carrier")}
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

/** The carrier's name with suggestions from the datalist (any name is accepted). */
function CarrierField({
  label,
  hint,
  defaultValue,
  error,
}: {
  label: string;
  hint: string;
  defaultValue: string;
  error?: string;
}) {
  const id = "field-carrier";
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name="carrier"
        list="carriers"
        defaultValue={defaultValue}
        autoComplete="off"
        maxLength={60}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900 ${error ? "border-red-500" : "border-stone-300"}`}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
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
