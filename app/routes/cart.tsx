import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import { fieldErrors } from "~/domain/account/schemas";
import { z } from "zod";
import {
  addToCart,
  ensureCart,
  getCart,
  removeFromCart,
  setCartQuantity,
  type Cart,
  type CartLine,
} from "~/domain/cart/cart.server";
import { CART_QUANTITY_MAX, quantitySchema } from "~/domain/order/checkout-schema";
import { SHIPPING_FEES } from "~/domain/order/shipping";
import { formatVnd, makeT, pick, type Lang, type T } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { cartOwnerOf, commitCartToken, currentCartId } from "~/web/cart-cookie.server";
import { todayInVietnam } from "~/lib/dates";
import { idField } from "~/lib/params";
import { enter, enterAction, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { request, db, lang } = await enter(args, "public");
  const t = makeT(lang);
  const { cartId } = await currentCartId(db, request);
  const cart: Cart | null = cartId === null ? null : await getCart(db, cartId, todayInVietnam());
  return reply({ cart, meta: { title: `${t("cart.title")} · ${t("site.name")}` } });
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

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

function problemText(t: T, line: CartLine): string | null {
  if (line.problem === "unavailable") return t("cart.problem.unavailable");
  if (line.problem === "outOfStock") return t("cart.problem.outOfStock");
  if (line.problem === "insufficientStock")
    return t("cart.problem.insufficientStock", { stock: line.stock });
  return null;
}

function Line({ line, t, lang }: { line: CartLine; t: T; lang: Lang }) {
  const name = pick(lang, line.nameVi, line.nameEn);
  const problem = problemText(t, line);
  const qtyId = `qty-${line.productId}`;
  return (
    <li className="flex flex-col gap-3 border-t border-stone-200 py-4 first:border-t-0 sm:flex-row sm:items-center">
      <div className="flex-1">
        <Link
          to={`/products/${line.slug}`}
          className="font-semibold text-stone-900 underline-offset-2 hover:underline"
        >
          {name}
        </Link>
        <p className="text-sm text-stone-700">
          {pick(lang, line.unitVi, line.unitEn)} · {t("cart.unitPrice")}:{" "}
          {formatVnd(lang, line.priceVnd)}
        </p>
        {problem && (
          <p
            role="alert"
            className="mt-1 text-sm font-semibold text-red-700"
            data-problem={line.problem}
          >
            {problem}
          </p>
        )}
      </div>
      <Form method="post" className="flex items-end gap-2">
        <input type="hidden" name="intent" value="set" />
        <input type="hidden" name="productId" value={line.productId} />
        <label htmlFor={qtyId} className="text-sm text-stone-700">
          {t("cart.quantity")}
          <input
            id={qtyId}
            name="quantity"
            type="number"
            min={1}
            max={CART_QUANTITY_MAX}
            defaultValue={line.quantity}
            className="mt-1 block min-h-11 w-20 rounded-lg border border-stone-300 px-2"
          />
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-lg border border-stone-300 px-3 text-sm font-semibold"
        >
          {t("cart.update")}
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="productId" value={line.productId} />
        <button
          type="submit"
          className="min-h-11 px-2 text-sm font-semibold text-red-700 underline"
        >
          {t("cart.remove")}
        </button>
      </Form>
      <p className="w-32 text-right font-semibold sm:text-base">
        <span className="sr-only">{t("cart.lineTotal")}: </span>
        {formatVnd(lang, line.lineTotalVnd)}
      </p>
    </li>
  );
}

export default function CartRoute() {
  const { t, lang } = useT();
  const { cart } = useLoaderData<typeof loader>();
  const quantityError = useActionData<typeof action>()?.errors.quantity;
  const empty = !cart || cart.groups.length === 0;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("cart.title")}</h1>
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
                  <Line key={line.productId} line={line} t={t} lang={lang} />
                ))}
              </ul>
            </section>
          ))}
          <div className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
            <p className="flex justify-between text-lg font-bold">
              <span>{t("cart.subtotal")}</span>
              <span data-testid="cart-subtotal">{formatVnd(lang, cart.itemsTotalVnd)}</span>
            </p>
            <p className="mt-2 text-sm text-stone-700">
              {t("cart.shippingNote", {
                same: formatVnd(lang, SHIPPING_FEES.sameProvinceVnd),
                other: formatVnd(lang, SHIPPING_FEES.otherProvinceVnd),
                free: formatVnd(lang, SHIPPING_FEES.freeFromVnd),
              })}
            </p>
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
