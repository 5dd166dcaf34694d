/**
 * One order part (shipment) of the producer: what to send, to whom, and the moves the
 * transition table allows the producer: confirm, ship (carrier and tracking number), mark
 * delivered, record a failed delivery (reason) and the parcel's return (restock or not),
 * cancel with a reason (the stock returns). Each move writes an audit entry.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import {
  OrderPartDelivery,
  OrderPartHistory,
  OrderPartItems,
} from "~/components/producer/order-part";
import { OrderPartActions } from "~/components/producer/order-part-actions";
import { TransferActions } from "~/components/producer/transfer-actions";
import { PART_STATUS_TONES } from "~/components/producer-order-status";
import { PageHeader } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { ORDER_PART_TRANSITIONS } from "~/domain/order/lifecycle";
import { paymentRule } from "~/domain/payment/methods";
import { orderErrorKey, orderErrorStatus } from "~/domain/order/shipment-schema";
import {
  formatVietnamDateTime,
  getProducerOrderPart,
  moveProducerOrderPart,
  PRODUCER_MOVE_INTENTS,
  PRODUCER_MOVE_SCHEMAS,
  type MoveDetails,
  type ProducerMove,
} from "~/domain/order/shipments.server";
import { producerTransferPanel } from "~/domain/payment/transfer-view.server";
import { recordTransferOutcome } from "~/domain/payment/transfers.server";
import { makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, enterAction, notFound, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, id } = await enter(args, "producer");
  const part = await getProducerOrderPart(db, user.producerId, id());
  if (!part) throw notFound();
  const t = makeT(lang);
  const moves = ORDER_PART_TRANSITIONS[part.status];
  const can = (to: ProducerMove) => moves[to]?.includes("producer") ?? false;
  // Card or VNPay: nothing leaves before the money is in (decisions 0012, 0023).
  const rule = paymentRule(part.paymentMethod);
  const awaitingCardPayment =
    rule.collectedBy === "platform" &&
    rule.settledBeforeFulfilment &&
    (part.cardPaymentStatus ?? part.vnpayPaymentStatus) !== "paid";
  const transfer = await producerTransferPanel(db, user.producerId, part.partId);
  const awaitingTransfer = transfer !== null && transfer.status !== "received";
  const { createdAt, events, ...rest } = part;
  return reply({
    part: rest,
    placedAt: formatVietnamDateTime(lang, createdAt),
    events: events.map((e) => ({ ...e, at: formatVietnamDateTime(lang, e.at) })),
    can: {
      confirm: can("confirmed") && !awaitingCardPayment && !awaitingTransfer,
      ship: can("shipped") && !awaitingCardPayment && !awaitingTransfer,
      deliver: can("delivered"),
      fail: can("delivery_failed"),
      return: can("returned"),
      cancel: can("cancelled"),
    },
    awaitingCardPayment: awaitingCardPayment && (can("confirmed") || can("shipped")),
    transfer,
    meta: { title: t("pws.meta.title", { page: t("pws.order.title", { number: part.number }) }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  intent: string;
  errors: FieldErrors;
  values: Record<string, string>;
  formError: MessageKey | null;
};

export async function action(args: ActionFunctionArgs) {
  const { user, db, id, form, intent } = await enterAction(args, "producer");
  const partId = id();
  // Another producer's part is not found, whatever the form says.
  if (!(await getProducerOrderPart(db, user.producerId, partId))) throw notFound();
  const fields = ["carrier", "carrierName", "trackingNumber", "reason", "failureReason", "restock"];
  const raw = formFields(form, fields);
  const values = Object.fromEntries(fields.map((f) => [f, raw[f] ?? ""]));
  const answer = (d: Omit<ActionData, "intent" | "values">, status: number) =>
    reply<ActionData>({ intent, values, ...d }, status);

  if (intent === "transferReceived" || intent === "transferNotReceived") {
    const outcome = intent === "transferReceived" ? "received" : "not_received";
    const done = await recordTransferOutcome(db, user, partId, outcome);
    // The part is this producer's (checked above): no transfer means another way to pay.
    const refused = done.ok ? null : done.error === "notFound" ? "notTransfer" : "notAwaiting";
    if (refused) return answer({ errors: {}, formError: `transfer.error.${refused}` }, 409);
    return redirect(`/producer/orders/${partId}?done=${outcome}`, 303);
  }
  const to = Object.hasOwn(PRODUCER_MOVE_INTENTS, intent)
    ? PRODUCER_MOVE_INTENTS[intent]
    : undefined;
  // The page's buttons always name a move: anything else is a crafted request.
  if (!to) throw new Response("Bad Request", { status: 400 });

  let details: MoveDetails = {};
  const schema = PRODUCER_MOVE_SCHEMAS[to];
  if (schema) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return answer({ errors: fieldErrors(parsed.error), formError: null }, 400);
    details = parsed.data;
  }

  const result = await moveProducerOrderPart(db, user, partId, to, details);
  if (!result.ok) {
    if (result.error === "notFound") throw notFound();
    return answer(
      { errors: {}, formError: orderErrorKey(result.error) },
      orderErrorStatus(result.error),
    );
  }
  return redirect(`/producer/orders/${partId}?done=${to}`, 303);
}

const DONE = new Set([
  "confirmed",
  "shipped",
  "delivered",
  "delivery_failed",
  "returned",
  "cancelled",
]);
const TRANSFER_DONE = new Set(["received", "not_received"]);

export default function ProducerOrderPage() {
  const { t } = useT();
  const { part, placedAt, events, can, awaitingCardPayment, transfer } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  return (
    <>
      <PageHeader
        title={t("pws.order.title", { number: part.number })}
        back={{ to: "/producer/orders", label: t("pws.order.back") }}
        badge={
          <StatusBadge tone={PART_STATUS_TONES[part.status]}>
            <span data-testid="part-status">{t(`orders.status.${part.status}`)}</span>
          </StatusBadge>
        }
      />
      {!actionData && done && DONE.has(done) && (
        <FormAlert tone="info">{t(`pws.order.done.${done as "shipped"}`)}</FormAlert>
      )}
      {!actionData && done && TRANSFER_DONE.has(done) && (
        <FormAlert tone="info">{t(`transfer.part.done.${done as "received"}`)}</FormAlert>
      )}
      {actionData?.formError && <FormAlert>{t(actionData.formError)}</FormAlert>}

      {/* On a phone the actions come right after what to send; on a desktop they sit beside it. */}
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem] lg:grid-rows-[auto_auto_1fr]">
        <OrderPartDelivery part={part} placedAt={placedAt} />
        <OrderPartItems part={part} />
        <OrderPartActions
          part={part}
          here={`/producer/orders/${part.partId}`}
          can={can}
          awaitingCardPayment={awaitingCardPayment}
          answer={actionData}
        >
          {transfer && (
            <TransferActions transfer={transfer} here={`/producer/orders/${part.partId}`} />
          )}
        </OrderPartActions>
        <OrderPartHistory events={events} />
      </div>
    </>
  );
}
