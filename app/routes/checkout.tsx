import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { CheckoutForm, type CheckoutFormError } from "~/components/storefront/checkout-form";
import { CheckoutSummary } from "~/components/storefront/checkout-summary";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { cartNeedsAgeCheck, getCart } from "~/domain/cart/cart.server";
import { checkoutSchema } from "~/domain/order/checkout-schema";
import { placeOrder, type PlaceOrderFailure } from "~/domain/order/orders.server";
import { quoteCart, quoteCheckout, type CheckoutQuote } from "~/domain/order/quote.server";
import { regionOf } from "~/domain/place/regions";
import { enabledPaymentMethods } from "~/domain/payment/methods.server";
import { startPlatformPayment } from "~/domain/payment/start-payment.server";
import { producersWithoutBankAccount } from "~/domain/payment/transfer-state.server";
import { listCommunes, listProvinces } from "~/domain/place/places.server";
import { formatVnd, makeT, type Lang } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getConfig } from "~/infra/config.server";
import { todayInVietnam } from "~/lib/dates";
import { currentCartId } from "~/web/cart-cookie.server";
import { clientAddress } from "~/web/auth.server";
import { commitShipTo, readShipTo } from "~/web/ship-to-cookie.server";
import { enter, enterAction, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

const FIELDS = [
  "name",
  "phone",
  "email",
  "provinceCode",
  "communeCode",
  "street",
  "payment",
  "quotedTotalVnd",
  "ageConfirmed",
  "privacyConsent",
] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { request, db, lang } = await enter(args, "public");
  const { cartId } = await currentCartId(db, request);
  const cart = cartId === null ? null : await getCart(db, cartId, todayInVietnam());
  if (!cart || cart.groups.length === 0) throw redirect("/cart", 303);
  const t = makeT(lang);
  // The province chosen last time comes chosen, with its communes and the quote to it.
  const shipTo = await readShipTo(request);
  return reply({
    cart,
    provinces: await listProvinces(db),
    payments: enabledPaymentMethods(),
    // Bank transfer needs every producer's account: the form says who is missing one.
    transferBlockedBy: (
      await producersWithoutBankAccount(
        db,
        cart.groups.map((g) => g.producer.id),
      )
    ).map((p) => p.name),
    start: {
      values: (shipTo ? { provinceCode: shipTo } : {}) as Record<string, string>,
      communes: shipTo ? await listCommunes(db, shipTo) : [],
      quote: shipTo ? quoteCart(cart, shipTo, todayInVietnam()) : null,
    },
    // A drink of 15% or more in the cart: the form asks "I am 18 or older" (decision 0027).
    ageCheck: cartNeedsAgeCheck(cart),
    meta: { title: `${t("orders.checkout.title")} · ${t("site.name")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  values: Record<string, string>;
  communes: Awaited<ReturnType<typeof listCommunes>>;
  /** The quote to the chosen province: what the summary shows and the form then carries. */
  quote: CheckoutQuote | null;
  errors: FieldErrors;
  formError: CheckoutFormError;
};

/** Why the order was not placed, in the buyer's words. */
function placeError(result: PlaceOrderFailure, lang: Lang): CheckoutFormError {
  if (result.error === "outOfStock")
    return {
      key: "orders.error.outOfStock",
      params: { product: result.productName, available: result.available },
    };
  if (result.error === "unavailable")
    return { key: "orders.error.unavailable", params: { product: result.productName } };
  if (result.error === "noBankAccount")
    return { key: "transfer.error.noBankAccount", params: { producer: result.producerName } };
  if (result.error === "totalChanged")
    return {
      key:
        result.expectedTotalVnd === null
          ? "shipping.error.totalNotShown"
          : "shipping.error.totalChanged",
      params: { total: formatVnd(lang, result.totalVnd) },
    };
  if (result.error === "ageNotConfirmed") return { key: "alcohol.error.ageRequired" };
  return { key: `orders.error.${result.error}` };
}

/** The total the form says the buyer saw: whole đồng, or null when none was shown. */
function shownTotal(raw: string | undefined): number | null {
  return raw && /^[0-9]{1,12}$/.test(raw) ? Number(raw) : null;
}

export async function action(args: ActionFunctionArgs) {
  const { request, db, lang, form, intent } = await enterAction(args, "public");
  const raw = formFields(form, FIELDS);
  const values = Object.fromEntries(FIELDS.map((f) => [f, raw[f] ?? ""]));
  const province = raw.provinceCode && regionOf(raw.provinceCode) ? raw.provinceCode : null;
  const { cartId, userId } = await currentCartId(db, request);
  if (cartId === null) throw redirect("/cart", 303);
  const communes = province ? await listCommunes(db, province) : [];
  const quote = province ? await quoteCheckout(db, cartId, province, todayInVietnam()) : null;
  // Remembered for the product and cart pages' shipping estimates, and the next checkout.
  const shipTo = await commitShipTo(province ?? undefined);
  const headers = shipTo ? { "Set-Cookie": shipTo } : undefined;
  const answer = (d: Omit<ActionData, "values" | "communes" | "quote">, status = 400) =>
    reply<ActionData>({ values, communes, quote, ...d }, status, headers);

  // Step one without JavaScript: the province was chosen, the commune list is now shown.
  if (intent === "province") return answer({ errors: {}, formError: null }, 200);

  const parsed = checkoutSchema.safeParse(raw);
  if (!parsed.success) return answer({ errors: fieldErrors(parsed.error), formError: null });

  const { payment, ageConfirmed, privacyConsent, ...buyer } = parsed.data;
  if (!enabledPaymentMethods().includes(payment))
    return answer({ errors: { payment: "orders.error.paymentMethod" }, formError: null });
  const siteUrl = getConfig().siteUrl;
  const expectedTotalVnd = shownTotal(raw.quotedTotalVnd);
  const consent = privacyConsent ? { givenAt: new Date() } : undefined;
  const input = { cartId, buyer, payment, userId, lang, siteUrl, expectedTotalVnd, ageConfirmed };
  const result = await placeOrder(db, { ...input, privacyConsent: consent });
  if (!result.ok && result.error === "ageNotConfirmed")
    return answer({ errors: { ageConfirmed: "alcohol.error.ageRequired" }, formError: null }, 422);
  if (!result.ok && result.error === "communeNotInProvince")
    return answer({
      errors: { communeCode: "orders.error.communeNotInProvince" },
      formError: null,
    });
  if (!result.ok) return answer({ errors: {}, formError: placeError(result, lang) }, 409);
  const next = await startPlatformPayment(db, {
    payment,
    orderId: result.orderId,
    accessKey: result.accessKey,
    cartId,
    siteUrl,
    lang,
    ipAddr: clientAddress(request, args.context) ?? "127.0.0.1",
  });
  if (next.kind === "redirect") return redirect(next.url, 303);
  if (next.kind === "unavailable")
    return answer({ errors: {}, formError: { key: "payments.error.unavailable" } }, 502);
  const query = new URLSearchParams({ key: result.accessKey, placed: "1" });
  return redirect(`/orders/${result.number}?${query}`, { status: 303, headers });
}

export default function Checkout() {
  const { t } = useT();
  const { cart, provinces, payments, transferBlockedBy, start, ageCheck } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = actionData ?? start;
  const quote = shown.quote;
  const provinceName = provinces.find((p) => p.code === quote?.provinceCode)?.name ?? null;
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
        <CheckoutForm
          provinces={provinces}
          communes={shown.communes}
          values={shown.values}
          errors={actionData?.errors ?? {}}
          formError={actionData?.formError ?? null}
          payments={payments}
          transferBlockedBy={transferBlockedBy}
          quotedTotalVnd={quote?.totalVnd ?? null}
          ageCheck={ageCheck}
        />
      </div>
      <CheckoutSummary cart={cart} quote={quote} provinceName={provinceName} />
    </div>
  );
}
