import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { CartLineItem } from "~/components/storefront/cart-line";
import { CartShippingEstimate } from "~/components/storefront/shipping-estimate";
import { fieldErrors } from "~/domain/account/schemas";
import { z } from "zod";
import {
  addToCart,
  ensureCart,
  getCart,
  removeFromCart,
  setCartQuantity,
  type Cart,
} from "~/domain/cart/cart.server";
import { quantitySchema } from "~/domain/order/checkout-schema";
import { cartShippingEstimates } from "~/domain/order/quote.server";
import { listProvinces } from "~/domain/place/places.server";
import { formatVnd, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { cartOwnerOf, commitCartToken, currentCartId } from "~/web/cart-cookie.server";
import { readShipTo } from "~/web/ship-to-cookie.server";
import { todayInVietnam } from "~/lib/dates";
import { idField } from "~/lib/params";
import { enter, enterAction, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { request, db, lang } = await enter(args, "public");
  const t = makeT(lang);
  const { cartId } = await currentCartId(db, request);
  const today = todayInVietnam();
  const cart: Cart | null = cartId === null ? null : await getCart(db, cartId, today);
  const provinceNames = Object.fromEntries(
    (await listProvinces(db)).map((p) => [p.code, p.name] as const),
  );
  // Per producer: shipping to the province chosen at the last checkout, else its own province.
  const shipping = cart ? cartShippingEstimates(cart, await readShipTo(request), today) : {};
  return reply({
    cart,
    shipping,
    provinceNames,
    meta: { title: `${t("cart.title")} · ${t("site.name")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

const actionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    productId: idField("productId"),
    quantity: quantitySchema,
  }),
  z.object({
    intent: z.literal("set"),
    productId: idField("productId"),
    quantity: quantitySchema,
  }),
  z.object({ intent: z.literal("remove"), productId: idField("productId") }),
]);

export async function action(args: ActionFunctionArgs) {
  const { request, db, form } = await enterAction(args, "public");
  const parsed = actionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    // A quantity typed by the buyer gets its message; anything else was not sent by our pages.
    const errors = fieldErrors(parsed.error);
    if (errors.quantity && Object.keys(errors).length === 1)
      return reply({ errors: { quantity: errors.quantity } }, 400);
    throw new Response("Bad Request", { status: 400 });
  }
  const input = parsed.data;
  const { owner } = await cartOwnerOf(request);
  const { cartId, newGuestToken } = await ensureCart(db, owner);
  if (input.intent === "add") {
    // A product no longer on sale is simply not added; the cart page then shows what is in it.
    await addToCart(db, {
      cartId,
      productId: input.productId,
      quantity: input.quantity,
      today: todayInVietnam(),
    });
  } else if (input.intent === "set") {
    await setCartQuantity(db, { cartId, productId: input.productId, quantity: input.quantity });
  } else {
    await removeFromCart(db, { cartId, productId: input.productId });
  }
  const headers = new Headers();
  if (newGuestToken) headers.set("Set-Cookie", await commitCartToken(newGuestToken));
  return redirect("/cart", { status: 303, headers });
}

export default function CartRoute() {
  const { t, lang } = useT();
  const { cart, shipping, provinceNames } = useLoaderData<typeof loader>();
  const quantityError = useActionData<typeof action>()?.errors.quantity;
  const empty = !cart || cart.groups.length === 0;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("cart.title")}</h1>
      <p className="mt-2 text-sm">
        <Link to="/orders/lookup" className="font-medium text-brand-700 underline">
          {t("orders.lookup.cartLink")}
        </Link>
      </p>
      {quantityError && (
        <div className="mt-4">
          <FormAlert>{t(quantityError)}</FormAlert>
        </div>
      )}
      {empty ? (
        <p className="mt-6 text-stone-700">
          {t("cart.empty")}{" "}
          <Link to="/products" className="font-semibold text-brand-700 underline">
            {t("cart.browse")}
          </Link>
        </p>
      ) : (
        <>
          {cart.groups.map((g) => (
            <section
              key={g.producer.id}
              aria-labelledby={`producer-${g.producer.id}`}
              data-testid="cart-group"
              className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
            >
              <h2 id={`producer-${g.producer.id}`} className="text-lg font-bold">
                {t("cart.from", { producer: g.producer.name })}
              </h2>
              <ul className="mt-2">
                {g.lines.map((line) => (
                  <CartLineItem key={line.productId} line={line} />
                ))}
              </ul>
              <CartShippingEstimate
                estimate={shipping[g.producer.id]}
                provinceNames={provinceNames}
              />
            </section>
          ))}
          <div className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
            <p className="flex justify-between text-lg font-bold">
              <span>{t("cart.subtotal")}</span>
              <span data-testid="cart-subtotal">{formatVnd(lang, cart.itemsTotalVnd)}</span>
            </p>
            <p className="mt-2 text-sm text-stone-700">{t("shipping.cartNoProvince")}</p>
            {cart.hasProblems ? (
              <p role="alert" className="mt-4 font-semibold text-red-700">
                {t("cart.fixProblems")}
              </p>
            ) : (
              <Link
                to="/checkout"
                className="mt-4 inline-flex min-h-12 items-center rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
              >
                {t("cart.checkout")}
              </Link>
            )}
          </div>
        </>
      )}
    </div>
  );
}
