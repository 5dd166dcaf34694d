/**
 * Bad input on the storefront's forms: accounts, language, cart, checkout, the buyer's order
 * page and Stripe's webhook.
 */
import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { commitSession } from "../../app/web/auth.server";
import { hashToken } from "../../app/domain/account/accounts.server";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { commitCartToken } from "../../app/web/cart-cookie.server";
import { todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import { orderParts, passwordResetTokens } from "../../db/schema";
import { ensurePlace, makeSignedInUser, makeUser, makeVisibleProduct } from "../support/factories";
import { formCase, WALKER_STRIPE_ENV } from "./form-case";

const long = (n: number) => "a".repeat(n);

const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";

async function places(db: Db) {
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  await ensurePlace(db, {
    provinceCode: "15",
    communeCode: "04000",
    provinceName: "Tỉnh Lào Cai",
    communeName: "Xã Bát Xát",
  });
}

/** A guest's cart holding one visible product, and the cookie that opens it. */
async function guestCart(db: Db) {
  await places(db);
  const { product } = await makeVisibleProduct(db, { stock: 20 });
  const { cartId, newGuestToken } = await ensureCart(db, { guestToken: null });
  if (!newGuestToken) throw new Error("no guest token");
  const added = await addToCart(db, {
    cartId,
    productId: product.id,
    quantity: 1,
    today: todayInVietnam(),
  });
  if (!added.ok) throw new Error(added.error);
  return { productId: product.id, cookie: cookieOf(await commitCartToken(newGuestToken)) };
}

/** A guest's COD order, and a part of somebody else's order. */
async function guestOrder(db: Db) {
  await places(db);
  const { product } = await makeVisibleProduct(db, { stock: 20 });
  const place = async () => {
    const { cartId } = await ensureCart(db, { guestToken: null });
    await addToCart(db, { cartId, productId: product.id, quantity: 1, today: todayInVietnam() });
    const order = await placeOrder(db, {
      cartId,
      payment: "cod",
      buyer: {
        name: "Phạm Thu Hà",
        phone: "0912345678",
        email: "ha@example.com",
        provinceCode: "01",
        communeCode: "00004",
        street: "Số 3 ngõ Huế",
      },
    });
    if (!order.ok) throw new Error(order.error);
    const [part] = await db.select().from(orderParts).where(eq(orderParts.orderId, order.orderId));
    if (!part) throw new Error("no part");
    return { ...order, partId: part.id };
  };
  return { mine: await place(), theirs: await place() };
}

const buyer = {
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  email: "lan@example.com",
  provinceCode: "01",
  communeCode: "00004",
  street: "Số 12 ngõ 34 Đội Cấn",
  payment: "cod",
  privacyConsent: "yes",
  intent: "place",
  // Never the total the quote shows (the walker must not place orders): always refused.
  quotedTotalVnd: "1",
};

const hiddenField = (name: string) =>
  `${name} is a hidden field of our pages: only a crafted request changes it`;

const QUANTITY = { quantity: "cart.error.quantity" } as const;

let webhookSeq = 0;
function signedWebhook(body: string) {
  return {
    body,
    headers: {
      "Content-Type": "application/json",
      "Stripe-Signature": Stripe.webhooks.generateTestHeaderString({
        payload: body,
        secret: WALKER_STRIPE_ENV.STRIPE_WEBHOOK_SECRET,
      }),
    },
  };
}
const webhookEvent = () =>
  JSON.stringify({
    id: `evt_walker_${++webhookSeq}`,
    object: "event",
    type: "checkout.session.completed",
    data: { object: { id: "cs_walker", object: "checkout.session", metadata: { order_id: "1" } } },
  });

export const cases = [
  formCase({
    route: "signup.tsx",
    path: () => "/signup",
    valid: () => ({
      name: "Lê Văn Nam",
      email: "nam@example.com",
      password: "mat-khau-du-dai",
      privacyConsent: "yes",
    }),
    bad: [
      {
        name: "no name",
        change: { name: "  " },
        expect: { status: 400, fields: { name: "accounts.error.nameRequired" } },
      },
      {
        name: "a name of 101 characters",
        change: { name: long(101) },
        expect: { status: 400, fields: { name: "accounts.error.nameTooLong" } },
      },
      {
        name: "no email",
        change: { email: null },
        expect: { status: 400, fields: { email: "accounts.error.emailRequired" } },
      },
      {
        name: "an email without a domain",
        change: { email: "nam@" },
        expect: { status: 400, fields: { email: "accounts.error.emailInvalid" } },
      },
      {
        name: "a nine-character password",
        change: { password: "ngan-qua!" },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooShort" } },
      },
      {
        name: "a password of 201 characters",
        change: { password: long(201) },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooLong" } },
      },
      {
        name: "the email as password",
        change: { password: "NAM@example.com" },
        expect: { status: 400, fields: { password: "accounts.error.passwordIsEmail" } },
      },
      {
        name: "the privacy notice's box left unticked",
        change: { privacyConsent: null },
        expect: { status: 400, fields: { privacyConsent: "legal.error.privacyConsent" } },
      },
      {
        name: "the privacy notice's box with another value",
        change: { privacyConsent: "no" },
        expect: { status: 400, fields: { privacyConsent: "legal.error.privacyConsent" } },
      },
      {
        name: "nothing at all",
        form: () => ({}),
        expect: {
          status: 400,
          fields: {
            name: "accounts.error.nameRequired",
            email: "accounts.error.emailRequired",
            password: "accounts.error.passwordTooShort",
            privacyConsent: "legal.error.privacyConsent",
          },
        },
      },
    ],
  }),

  formCase({
    route: "login.tsx",
    async setup(db) {
      await makeUser(db, { email: "co-tai-khoan@example.com" });
    },
    path: () => "/login",
    valid: () => ({ email: "co-tai-khoan@example.com", password: "mat-khau-thu-nghiem" }),
    bad: [
      {
        name: "no email",
        change: { email: "" },
        expect: { status: 400, fields: { email: "accounts.error.emailRequired" } },
      },
      {
        name: "a malformed email",
        change: { email: "khong-phai-email" },
        expect: { status: 400, fields: { email: "accounts.error.emailInvalid" } },
      },
      {
        name: "no password",
        change: { password: null },
        expect: { status: 400, fields: { password: "accounts.error.passwordRequired" } },
      },
      {
        name: "a password of 201 characters",
        change: { password: long(201) },
        expect: { status: 400, fields: { password: "accounts.error.passwordRequired" } },
      },
      {
        name: "a wrong password",
        change: { password: "sai-mat-khau-roi" },
        expect: { status: 400, fields: {}, formError: "accounts.error.invalidCredentials" },
        mayWrite: {
          login_failures: "a wrong password is counted for the log-in limits (decision 0007)",
        },
      },
    ],
  }),

  formCase({
    route: "logout.tsx",
    async setup(db) {
      const { token } = await makeSignedInUser(db);
      return { cookie: cookieOf(await commitSession(token)) };
    },
    path: () => "/logout",
    cookie: (s) => s.cookie,
    bad: [
      {
        name: "posted without an Origin header",
        form: () => ({}),
        origin: null,
        expect: {
          status: 403,
          bare: "logging out has no fields; a post without Origin may come from another site",
        },
      },
    ],
  }),

  formCase({
    route: "forgot-password.tsx",
    path: () => "/forgot-password",
    valid: () => ({ email: "ai-do@example.com" }),
    bad: [
      {
        name: "no email",
        change: { email: "" },
        expect: { status: 400, fields: { email: "accounts.error.emailRequired" } },
      },
      {
        name: "a malformed email",
        change: { email: "ai-do.example.com" },
        expect: { status: 400, fields: { email: "accounts.error.emailInvalid" } },
      },
      {
        name: "an email of 260 characters",
        change: { email: `${long(250)}@example.com` },
        expect: { status: 400, fields: { email: "accounts.error.emailInvalid" } },
      },
    ],
  }),

  formCase({
    route: "reset-password.$token.tsx",
    async setup(db) {
      const user = await makeUser(db, { email: "quen-mat-khau@example.com" });
      const token = "walker-reset-token-0123456789";
      await db.insert(passwordResetTokens).values({
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      return { token };
    },
    path: (s) => `/reset-password/${s.token}`,
    params: (s) => ({ token: s.token }),
    valid: () => ({ password: "mat-khau-moi-du-dai" }),
    bad: [
      {
        name: "no password",
        change: { password: null },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooShort" } },
      },
      {
        name: "a nine-character password",
        change: { password: "ngan-qua!" },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooShort" } },
      },
      {
        name: "a password of 201 characters",
        change: { password: long(201) },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooLong" } },
      },
      {
        name: "the account's email as password",
        change: { password: "Quen-Mat-Khau@example.com" },
        expect: { status: 400, fields: { password: "accounts.error.passwordIsEmail" } },
      },
    ],
  }),

  formCase({
    route: "reset-password.$token.tsx",
    about: "with a link that does not exist",
    path: () => "/reset-password/khong-co-link-nay",
    params: () => ({ token: "khong-co-link-nay" }),
    valid: () => ({ password: "mat-khau-moi-du-dai" }),
    bad: [
      {
        name: "a good password on an unknown link",
        change: {},
        expect: { status: 400, bare: "the page says the link is no longer valid (invalidLink)" },
      },
    ],
  }),

  formCase({
    route: "confirm-signup.$token.tsx",
    about: "with a link that does not exist",
    path: () => "/confirm-signup/khong-co-link-nay",
    params: () => ({ token: "khong-co-link-nay" }),
    valid: () => ({}),
    bad: [
      {
        name: "an unknown link",
        change: {},
        expect: { status: 400, bare: "the page says the link is no longer valid (invalidLink)" },
      },
    ],
  }),

  formCase({
    route: "lang.tsx",
    path: () => "/lang",
    valid: () => ({ lang: "en", redirectTo: "/products" }),
    bad: [
      {
        name: "a language we do not have",
        change: { lang: "fr" },
        expect: { status: 400, bare: hiddenField("lang") },
      },
      {
        name: "no language",
        change: { lang: null },
        expect: { status: 400, bare: hiddenField("lang") },
      },
    ],
  }),

  formCase({
    route: "cart.tsx",
    setup: guestCart,
    path: () => "/cart",
    cookie: (s) => s.cookie,
    valid: (s) => ({ intent: "add", productId: String(s.productId), quantity: "1" }),
    bad: [
      {
        name: "an empty quantity",
        change: { quantity: "" },
        expect: { status: 400, fields: QUANTITY },
      },
      { name: "quantity 0", change: { quantity: "0" }, expect: { status: 400, fields: QUANTITY } },
      {
        name: "quantity 100",
        change: { quantity: "100" },
        expect: { status: 400, fields: QUANTITY },
      },
      {
        name: "quantity 1.5",
        change: { quantity: "1.5" },
        expect: { status: 400, fields: QUANTITY },
      },
      {
        name: "quantity in words",
        change: { quantity: "hai" },
        expect: { status: 400, fields: QUANTITY },
      },
      {
        name: "changing a line to 0",
        change: { intent: "set", quantity: "0" },
        expect: { status: 400, fields: QUANTITY },
      },
      {
        name: "a product id that is no number",
        change: { productId: "mat-ong" },
        expect: { status: 400, bare: hiddenField("productId") },
      },
      {
        name: "an unknown intent",
        change: { intent: "empty-everything" },
        expect: { status: 400, bare: hiddenField("intent") },
      },
    ],
  }),

  formCase({
    route: "checkout.tsx",
    setup: guestCart,
    path: () => "/checkout",
    cookie: (s) => s.cookie,
    valid: () => buyer,
    bad: [
      {
        name: "no name",
        change: { name: "" },
        expect: { status: 400, fields: { name: "orders.error.nameRequired" } },
      },
      {
        name: "a name of 101 characters",
        change: { name: long(101) },
        expect: { status: 400, fields: { name: "orders.error.nameTooLong" } },
      },
      {
        name: "a phone of nine digits",
        change: { phone: "091234567" },
        expect: { status: 400, fields: { phone: "orders.error.phoneInvalid" } },
      },
      {
        name: "a landline-like number",
        change: { phone: "0243 826 1234" },
        expect: { status: 400, fields: { phone: "orders.error.phoneInvalid" } },
      },
      {
        name: "an email without a domain",
        change: { email: "lan@" },
        expect: { status: 400, fields: { email: "orders.error.emailInvalid" } },
      },
      {
        name: "no province",
        change: { provinceCode: "" },
        expect: { status: 400, fields: { provinceCode: "orders.error.provinceRequired" } },
      },
      {
        name: "a province code of letters",
        change: { provinceCode: "HN" },
        expect: { status: 400, fields: { provinceCode: "orders.error.provinceRequired" } },
      },
      {
        name: "no commune",
        change: { communeCode: "" },
        expect: { status: 400, fields: { communeCode: "orders.error.communeRequired" } },
      },
      {
        name: "a commune of another province",
        change: { communeCode: "04000" },
        expect: { status: 400, fields: { communeCode: "orders.error.communeNotInProvince" } },
      },
      {
        name: "a street of 4 characters",
        change: { street: "Số 1" },
        expect: { status: 400, fields: { street: "orders.error.streetLength" } },
      },
      {
        name: "a street of 201 characters",
        change: { street: long(201) },
        expect: { status: 400, fields: { street: "orders.error.streetLength" } },
      },
      {
        name: "an unknown payment method",
        change: { payment: "bitcoin" },
        expect: { status: 400, fields: { payment: "orders.error.paymentMethod" } },
      },
      {
        name: "the privacy notice's box left unticked",
        change: { privacyConsent: null },
        expect: { status: 400, fields: { privacyConsent: "legal.error.privacyConsent" } },
      },
      {
        name: "a total other than the one the checkout shows",
        change: {},
        expect: { status: 409, fields: {}, formError: "shipping.error.totalChanged" },
      },
      {
        name: "no total shown before ordering",
        change: { quotedTotalVnd: null },
        expect: { status: 409, fields: {}, formError: "shipping.error.totalNotShown" },
      },
      {
        name: "nothing at all",
        form: () => ({ intent: "place" }),
        expect: {
          status: 400,
          fields: {
            name: "orders.error.nameRequired",
            phone: "orders.error.phoneInvalid",
            provinceCode: "orders.error.provinceRequired",
            communeCode: "orders.error.communeRequired",
            street: "orders.error.streetLength",
            payment: "orders.error.paymentMethod",
            privacyConsent: "legal.error.privacyConsent",
          },
        },
      },
    ],
  }),

  formCase({
    route: "orders.$number.tsx",
    setup: guestOrder,
    path: (s) => `/orders/${s.mine.number}`,
    params: (s) => ({ number: s.mine.number }),
    valid: (s) => ({ intent: "cancel", partId: String(s.mine.partId), key: s.mine.accessKey }),
    bad: [
      {
        name: "a shipment id that is no number",
        change: { partId: "mot" },
        expect: { status: 400, bare: hiddenField("partId") },
      },
      {
        name: "a negative shipment id",
        change: { partId: "-3" },
        expect: { status: 400, bare: hiddenField("partId") },
      },
      {
        name: "a key of 101 characters",
        change: { key: long(101) },
        expect: { status: 400, bare: hiddenField("key") },
      },
      {
        name: "a shipment of somebody else's order",
        form: (s) => ({
          intent: "cancel",
          partId: String(s.theirs.partId),
          key: s.mine.accessKey,
        }),
        expect: { status: 404, bare: "another buyer's shipment is answered as missing" },
      },
      {
        name: "the right shipment with a wrong key",
        change: { key: "khong-dung" },
        expect: {
          status: 404,
          bare: "without the order's key the shipment is answered as missing",
        },
      },
    ],
  }),

  formCase({
    route: "orders.$number.tsx",
    about: "under another order's address",
    setup: guestOrder,
    path: (s) => `/orders/${s.theirs.number}`,
    params: (s) => ({ number: s.theirs.number }),
    valid: (s) => ({ intent: "cancel", partId: String(s.mine.partId), key: s.mine.accessKey }),
    bad: [
      {
        name: "the buyer's own shipment posted to another order's page",
        change: {},
        expect: { status: 404, bare: "a shipment is cancelled from its own order's page only" },
      },
    ],
  }),

  formCase({
    route: "webhooks.stripe.ts",
    path: () => "/webhooks/stripe",
    crossSite: {
      exempt: "Stripe posts from its own servers: the signature is the only credential",
    },
    bad: [
      {
        name: "a forged signature",
        raw: () => ({
          body: webhookEvent(),
          headers: { "Content-Type": "application/json", "Stripe-Signature": "t=1,v1=forged" },
        }),
        expect: { status: 400, bare: "Stripe reads only the status" },
      },
      {
        name: "no signature",
        raw: () => ({ body: webhookEvent(), headers: { "Content-Type": "application/json" } }),
        expect: { status: 400, bare: "Stripe reads only the status" },
      },
      {
        name: "a body signed with another secret",
        raw: () => {
          const body = webhookEvent();
          return {
            body,
            headers: {
              "Content-Type": "application/json",
              "Stripe-Signature": Stripe.webhooks.generateTestHeaderString({
                payload: body,
                secret: "whsec_someone_else",
              }),
            },
          };
        },
        expect: { status: 400, bare: "Stripe reads only the status" },
      },
      {
        name: "a correctly signed body that is not JSON",
        raw: () => signedWebhook("{ not json"),
        expect: { status: 400, bare: "Stripe reads only the status" },
      },
    ],
  }),
];
