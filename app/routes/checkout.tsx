import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSubmit } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { abandonCardOrder, createCheckoutSession } from "~/domain/payment/card-payments.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { addToCart, getCart } from "~/domain/cart/cart.server";
import { checkoutSchema } from "~/domain/order/checkout-schema";
import { placeOrder } from "~/domain/order/orders.server";
import { listCommunes, listProvinces } from "~/domain/place/places.server";
import { formatVnd, makeT, pick, type MessageKey, type Params } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { currentCartId } from "~/web/cart-cookie.server";
import { todayInVietnam } from "~/lib/dates";
import { assertSameOrigin } from "~/web/same-origin.server";
import { getStripe } from "~/infra/stripe.server";
import { logger } from "~/infra/logger";
import { readForm } from "~/web/request-input.server";

const FIELDS = [
  "name",
  "phone",
  "email",
  "provinceCode",
  "communeCode",
  "street",
  "payment",
] as const;

async function communesFor(provinceCode: string | undefined) {
  if (!provinceCode || !/^[0-9]{2}$/.test(provinceCode)) return [];
  return listCommunes(await getDb(), provinceCode);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb();
  const { cartId } = await currentCartId(db, request);
  const cart = cartId === null ? null : await getCart(db, cartId, todayInVietnam());
  if (!cart || cart.groups.length === 0) throw redirect("/cart", 303);
  const t = makeT(await getLang(request));
  const provinces = await listProvinces(db);
  return data(
    {
      cart,
      provinces,
      cardEnabled: getStripe() !== null,
      meta: { title: `${t("orders.checkout.title")} · ${t("site.name")}` },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = {
  values: Record<string, string>;
  communes: Awaited<ReturnType<typeof listCommunes>>;
  errors: FieldErrors;
  formError: { key: MessageKey; params?: Params } | null;
};

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await readForm(request);
  const raw = formFields(form, FIELDS);
  const values = Object.fromEntries(FIELDS.map((f) => [f, raw[f] ?? ""]));
  const communes = await communesFor(raw.provinceCode);
  const reply = (d: Omit<ActionData, "values" | "communes">, status = 400) =>
    data<ActionData>({ values, communes, ...d }, { status });

  // Step one without JavaScript: the province was chosen, the commune list is now shown.
  if (form.get("intent") === "province") return reply({ errors: {}, formError: null }, 200);

  const parsed = checkoutSchema.safeParse(raw);
  if (!parsed.success) return reply({ errors: fieldErrors(parsed.error), formError: null });

  const db = await getDb();
  const { cartId, userId } = await currentCartId(db, request);
  if (cartId === null) throw redirect("/cart", 303);
  const { payment, ...buyer } = parsed.data;
  const stripe = payment === "card" ? getStripe() : null;
  if (payment === "card" && !stripe)
    return reply({ errors: { payment: "orders.error.paymentMethod" }, formError: null });
  const lang = await getLang(request);
  const result = await placeOrder(db, {
    cartId,
    buyer,
    payment,
    userId,
    lang,
    siteUrl: getConfig().siteUrl,
  });
  if (!result.ok && result.error === "communeNotInProvince")
    return reply({ errors: { communeCode: "orders.error.communeNotInProvince" }, formError: null });
  if (!result.ok) {
    const formError: ActionData["formError"] =
      result.error === "outOfStock"
        ? {
            key: "orders.error.outOfStock",
            params: { product: result.productName, available: result.available },
          }
        : result.error === "unavailable"
          ? { key: "orders.error.unavailable", params: { product: result.productName } }
          : { key: `orders.error.${result.error}` };
    return reply({ errors: {}, formError }, 409);
  }
  if (stripe) {
    try {
      const session = await createCheckoutSession(db, stripe, {
        orderId: result.orderId,
        accessKey: result.accessKey,
        siteUrl: getConfig().siteUrl,
        lang,
        now: new Date(),
      });
      if (session.ok) return redirect(session.url, 303);
    } catch (error) {
      logger.error(
        "Stripe Checkout Session not created:",
        error instanceof Error ? error.message : error,
      );
    }
    // The order is cancelled and its lines go back in the cart, so trying again is one click.
    for (const line of await abandonCardOrder(db, result.orderId))
      await addToCart(db, { cartId, ...line, today: todayInVietnam() });
    return reply({ errors: {}, formError: { key: "payments.error.unavailable" } }, 502);
  }
  const query = new URLSearchParams({ key: result.accessKey, placed: "1" });
  return redirect(`/orders/${result.number}?${query}`, 303);
}

const inputClass = "mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base";

export default function Checkout() {
  const { t, lang } = useT();
  const { cart, provinces, cardEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submit = useSubmit();
  const values = actionData?.values ?? {};
  const errors = actionData?.errors ?? {};
  const communes = actionData?.communes ?? [];
  const err = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700">
        {t(errors[name])}
      </p>
    ) : null;
  const field = (
    name: "name" | "phone" | "email" | "street",
    label: MessageKey,
    type: string,
    autoComplete: string,
  ) => (
    <div className="mb-4">
      <label htmlFor={`checkout-${name}`} className="block text-sm font-medium text-stone-800">
        {t(label)}
      </label>
      <input
        id={`checkout-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={values[name]}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className={`${inputClass} ${errors[name] ? "border-red-500" : "border-stone-300"}`}
      />
      {err(name)}
    </div>
  );

  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:py-12 lg:grid-cols-[1fr_22rem]">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("orders.checkout.title")}</h1>
        {cart.hasProblems && (
          <FormAlert>
            <Link to="/cart" className="underline">
              {t("orders.checkout.fixCart")}
            </Link>
          </FormAlert>
        )}
        <Form
          method="post"
          noValidate
          className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
        >
          {actionData?.formError && (
            <FormAlert>{t(actionData.formError.key, actionData.formError.params)}</FormAlert>
          )}
          <h2 className="mb-4 text-lg font-bold">{t("orders.checkout.delivery")}</h2>
          {field("name", "orders.checkout.name", "text", "name")}
          {field("phone", "orders.checkout.phone", "tel", "tel")}
          {field("email", "orders.checkout.email", "email", "email")}
          <div className="mb-4">
            <label htmlFor="checkout-province" className="block text-sm font-medium text-stone-800">
              {t("orders.checkout.province")}
            </label>
            <div className="flex flex-wrap gap-2">
              <select
                id="checkout-province"
                name="provinceCode"
                defaultValue={values.provinceCode ?? ""}
                required
                aria-invalid={errors.provinceCode ? true : undefined}
                aria-describedby={errors.provinceCode ? "provinceCode-error" : undefined}
                className={`${inputClass} basis-full sm:basis-0 sm:flex-1 ${errors.provinceCode ? "border-red-500" : "border-stone-300"}`}
                onChange={(e) => {
                  const f = e.currentTarget.form;
                  if (!f) return;
                  const fd = new FormData(f);
                  fd.set("intent", "province");
                  submit(fd, { method: "post", replace: true, preventScrollReset: true });
                }}
              >
                <option value="">{t("orders.checkout.chooseProvince")}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                name="intent"
                value="province"
                formNoValidate
                className="mt-1 min-h-12 rounded-lg border border-stone-300 px-3 text-sm font-semibold"
              >
                {t("orders.checkout.showCommunes")}
              </button>
            </div>
            {err("provinceCode")}
          </div>
          <div className="mb-4">
            <label htmlFor="checkout-commune" className="block text-sm font-medium text-stone-800">
              {t("orders.checkout.commune")}
            </label>
            <select
              id="checkout-commune"
              key={values.provinceCode ?? ""}
              name="communeCode"
              defaultValue={values.communeCode ?? ""}
              required
              aria-invalid={errors.communeCode ? true : undefined}
              aria-describedby={errors.communeCode ? "communeCode-error" : undefined}
              className={`${inputClass} ${errors.communeCode ? "border-red-500" : "border-stone-300"}`}
            >
              <option value="">{t("orders.checkout.chooseCommune")}</option>
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {err("communeCode")}
          </div>
          {/* The house number and street is one line of the address: "street-address" is the
              whole address, for a <textarea> only (HTML autofill). */}
          {field("street", "orders.checkout.street", "text", "address-line1")}
          <fieldset className="mb-6">
            <legend className="text-sm font-medium text-stone-800">
              {t("orders.checkout.payment")}
            </legend>
            <label className="mt-2 flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 px-3">
              <input
                type="radio"
                name="payment"
                value="cod"
                defaultChecked={values.payment !== "card"}
              />
              {t("orders.checkout.cod")}
            </label>
            {cardEnabled && (
              <label className="mt-2 flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 px-3">
                <input
                  type="radio"
                  name="payment"
                  value="card"
                  defaultChecked={values.payment === "card"}
                />
                {t("payments.checkout.card")}
              </label>
            )}
            {err("payment")}
          </fieldset>
          <button
            type="submit"
            name="intent"
            value="place"
            className="min-h-12 w-full rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
          >
            {t("orders.checkout.submit")}
          </button>
        </Form>
      </div>
      <aside className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:mt-14 lg:self-start">
        <h2 className="text-lg font-bold">{t("orders.checkout.summary")}</h2>
        {cart.groups.map((g) => (
          <section key={g.producer.id} className="mt-4">
            <h3 className="text-sm font-semibold text-stone-700">
              {t("cart.from", { producer: g.producer.name })}
            </h3>
            <ul className="mt-1 text-sm">
              {g.lines.map((l) => (
                <li key={l.productId} className="flex justify-between gap-2">
                  <span>
                    {pick(lang, l.nameVi, l.nameEn)} × {l.quantity}
                  </span>
                  <span>{formatVnd(lang, l.lineTotalVnd)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className="mt-4 flex justify-between border-t border-stone-200 pt-3 font-bold">
          <span>{t("cart.subtotal")}</span>
          <span>{formatVnd(lang, cart.itemsTotalVnd)}</span>
        </p>
      </aside>
    </div>
  );
}
