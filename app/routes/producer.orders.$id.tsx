/**
 * One order part (shipment) of the producer: what to send, to whom, and the moves the
 * transition table allows the producer: confirm, ship (carrier and tracking number), mark
 * delivered, cancel with a reason (the stock returns). Each move writes an audit entry.
 */
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import { PART_STATUS_TONES, paymentKey } from "~/components/producer-order-status";
import { TextAreaField, TextField } from "~/components/workspace/field";
import {
  dangerButtonClass,
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { ORDER_PART_TRANSITIONS } from "~/domain/order/lifecycle";
import {
  cancelSchema,
  COMMON_CARRIERS,
  orderErrorKey,
  orderErrorStatus,
  shipSchema,
} from "~/domain/order/shipment-schema";
import {
  formatVietnamDateTime,
  getProducerOrderPart,
  moveProducerOrderPart,
  type ProducerMove,
} from "~/domain/order/shipments.server";
import { formatVnd, makeT, pick, type MessageKey } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { notFound, requireProducerWorkspace } from "~/web/producer-access.server";
import { assertSameOrigin } from "~/web/same-origin.server";
import { readForm } from "~/web/request-input.server";
import { requireIdParam } from "~/lib/params";
import { telHref } from "~/lib/tel-href";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireProducerWorkspace(request);
  const partId = requireIdParam(params.id);
  const part = await getProducerOrderPart(await getDb(), actor.producerId, partId);
  if (!part) throw notFound();
  const lang = await getLang(request);
  const t = makeT(lang);
  const moves = ORDER_PART_TRANSITIONS[part.status];
  const can = (to: ProducerMove) => moves[to]?.includes("producer") ?? false;
  const awaitingCardPayment = part.paymentMethod === "card" && part.cardPaymentStatus !== "paid";
  const { createdAt, events, ...rest } = part;
  return data(
    {
      part: rest,
      placedAt: formatVietnamDateTime(lang, createdAt),
      events: events.map((e) => ({ ...e, at: formatVietnamDateTime(lang, e.at) })),
      can: {
        confirm: can("confirmed") && !awaitingCardPayment,
        ship: can("shipped") && !awaitingCardPayment,
        deliver: can("delivered"),
        cancel: can("cancelled"),
      },
      awaitingCardPayment: awaitingCardPayment && (can("confirmed") || can("shipped")),
      carriers: COMMON_CARRIERS,
      meta: { title: t("pws.meta.title", { page: t("pws.order.title", { number: part.number }) }) },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = {
  intent: string;
  errors: FieldErrors;
  values: Record<string, string>;
  formError: MessageKey | null;
};

const INTENTS: Record<string, ProducerMove> = {
  confirm: "confirmed",
  ship: "shipped",
  deliver: "delivered",
  cancel: "cancelled",
};

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const actor = await requireProducerWorkspace(request);
  const partId = requireIdParam(params.id);
  const db = await getDb();
  // Another producer's part is not found, whatever the form says.
  const part = await getProducerOrderPart(db, actor.producerId, partId);
  if (!part) throw notFound();

  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const raw = formFields(form, ["carrier", "trackingNumber", "reason"]);
  const values = {
    carrier: raw.carrier ?? "",
    trackingNumber: raw.trackingNumber ?? "",
    reason: raw.reason ?? "",
  };
  const reply = (d: Omit<ActionData, "intent" | "values">, status: number) =>
    data<ActionData>({ intent, values, ...d }, { status });

  const to = INTENTS[intent];
  // The page's buttons always name a move: anything else is a crafted request.
  if (!to) throw new Response("Bad Request", { status: 400 });

  let details: { carrier?: string; trackingNumber?: string; reason?: string } = {};
  if (to === "shipped") {
    const parsed = shipSchema.safeParse(raw);
    if (!parsed.success) return reply({ errors: fieldErrors(parsed.error), formError: null }, 400);
    details = parsed.data;
  } else if (to === "cancelled") {
    const parsed = cancelSchema.safeParse(raw);
    if (!parsed.success) return reply({ errors: fieldErrors(parsed.error), formError: null }, 400);
    details = parsed.data;
  }

  const result = await moveProducerOrderPart(db, actor, partId, to, details);
  if (!result.ok) {
    if (result.error === "notFound") throw notFound();
    return reply(
      { errors: {}, formError: orderErrorKey(result.error) },
      orderErrorStatus(result.error),
    );
  }
  return redirect(`/producer/orders/${partId}?done=${to}`, 303);
}

const DONE = new Set(["confirmed", "shipped", "delivered", "cancelled"]);

export default function ProducerOrderPage() {
  const { t, lang } = useT();
  const { part, placedAt, events, can, awaitingCardPayment, carriers } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  const here = `/producer/orders/${part.partId}`;
  const errorsFor = (intent: string) =>
    actionData?.intent === intent ? actionData.errors : ({} as FieldErrors);
  const err = (intent: string, field: string) => {
    const k = errorsFor(intent)[field];
    return k ? t(k) : undefined;
  };
  const valueFor = (intent: string, field: "carrier" | "trackingNumber" | "reason") =>
    (actionData?.intent === intent ? actionData.values[field] : "") ?? "";
  const hasActions = can.confirm || can.ship || can.deliver || can.cancel;

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
      {actionData?.formError && <FormAlert>{t(actionData.formError)}</FormAlert>}

      {/* On a phone the actions come right after what to send; on a desktop they sit beside it. */}
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem] lg:grid-rows-[auto_auto_1fr]">
        <section
          aria-labelledby="deliver-heading"
          className="min-w-0 rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:col-start-1"
        >
          <h2 id="deliver-heading" className="text-lg font-bold">
            {t("pws.order.deliverTo")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="text-sm font-medium text-stone-600">{t("pws.order.buyer")}</dt>
            <dd className="font-semibold">{part.buyerName}</dd>
            <dt className="text-sm font-medium text-stone-600">{t("pws.order.phone")}</dt>
            <dd>
              <a
                href={telHref(part.buyerPhone)}
                className="font-semibold text-brand-700 underline underline-offset-2"
              >
                {part.buyerPhone}
              </a>
            </dd>
            <dt className="text-sm font-medium text-stone-600">{t("pws.order.address")}</dt>
            <dd>
              {part.street}, {part.communeName}, {part.provinceName}
            </dd>
            <dt className="text-sm font-medium text-stone-600">{t("pws.order.placedAt")}</dt>
            <dd>{placedAt}</dd>
            <dt className="text-sm font-medium text-stone-600">{t("pws.order.payment")}</dt>
            <dd>{t(paymentKey(part.cardPaymentStatus))}</dd>
          </dl>
          {part.status === "shipped" || part.status === "delivered" ? (
            part.carrier && part.trackingNumber ? (
              <p
                className="mt-3 rounded-lg bg-brand-50 p-3 text-sm text-brand-900"
                data-testid="shipment"
              >
                {t("pws.order.shippedWith", {
                  carrier: part.carrier,
                  tracking: part.trackingNumber,
                })}
              </p>
            ) : null
          ) : null}
          {part.status === "cancelled" && part.cancelReason && (
            <p className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-900">
              {t("pws.order.cancelledBecause", { reason: part.cancelReason })}
            </p>
          )}
        </section>

        <section
          aria-labelledby="items-heading"
          className="min-w-0 rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:col-start-1"
        >
          <h2 id="items-heading" className="text-lg font-bold">
            {t("pws.order.itemsHeading")}
          </h2>
          <ul className="mt-2 text-sm">
            {part.items.map((item) => (
              <li
                key={item.productId}
                className="flex justify-between gap-3 border-t border-stone-100 py-2 first:border-t-0"
              >
                <span>
                  <span className="font-medium">{pick(lang, item.nameVi, item.nameEn)}</span> ·{" "}
                  {pick(lang, item.unitVi, item.unitEn)} × {item.quantity}
                </span>
                <span className="shrink-0 tabular-nums">{formatVnd(lang, item.lineTotalVnd)}</span>
              </li>
            ))}
          </ul>
          <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-stone-200 pt-3 text-sm">
            <dt>{t("pws.order.itemsTotal")}</dt>
            <dd className="text-right tabular-nums">{formatVnd(lang, part.itemsTotalVnd)}</dd>
            <dt>{t("pws.order.shipping")}</dt>
            <dd className="text-right tabular-nums">
              {part.shippingFeeVnd === 0
                ? t("pws.order.free")
                : formatVnd(lang, part.shippingFeeVnd)}
            </dd>
            <dt className="font-bold">{t("pws.order.total")}</dt>
            <dd className="text-right font-bold tabular-nums">{formatVnd(lang, part.totalVnd)}</dd>
          </dl>
        </section>

        <aside
          aria-labelledby="actions-heading"
          className="space-y-4 lg:col-start-2 lg:row-span-3 lg:row-start-1"
        >
          <h2 id="actions-heading" className="sr-only">
            {t("pws.order.actionsHeading")}
          </h2>
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
            <Form
              method="post"
              action={here}
              className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
            >
              <input type="hidden" name="intent" value="confirm" />
              <p className="mb-3 text-sm text-stone-700">{t("pws.order.confirmHint")}</p>
              <button type="submit" className={`${primaryButtonClass} w-full`}>
                {t("pws.order.confirm")}
              </button>
            </Form>
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
            <Form
              method="post"
              action={here}
              className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
            >
              <input type="hidden" name="intent" value="deliver" />
              <p className="mb-3 text-sm text-stone-700">{t("pws.order.deliverHint")}</p>
              <button type="submit" className={`${secondaryButtonClass} w-full`}>
                {t("pws.order.deliver")}
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

        <section aria-labelledby="history-heading" className="min-w-0 lg:col-start-1">
          <h2 id="history-heading" className="text-lg font-bold">
            {t("pws.order.historyHeading")}
          </h2>
          <ol className="mt-2 space-y-1 border-l-2 border-stone-200 pl-4 text-sm">
            {events.map((e, i) => (
              <li key={i}>
                <span className="text-stone-600">{e.at}</span> ·{" "}
                {t("pws.order.eventBy", {
                  status: t(`orders.status.${e.to}`),
                  actor: t(`pws.order.actor.${e.actor}`),
                })}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
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
