/**
 * A guest without email through the pages (decision 0025): checkout with the phone only, the
 * order page shows the number and the link to keep, Find my order opens the order in a fresh
 * browser by phone + number, answers every wrong pair alike and stops past its limit.
 */
import { quotedTotal } from "../support/checkout";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as cartAction } from "../../app/routes/cart";
import { action as checkoutAction } from "../../app/routes/checkout";
import { action as lookupAction, loader as lookupLoader } from "../../app/routes/orders.lookup";
import { action as orderAction, loader as orderLoader } from "../../app/routes/orders.$number";
import type { OrderView } from "../../app/domain/order/orders.server";
import { ORDER_LOOKUP_LIMITS } from "../../app/domain/order/lookup.server";
import { mailOutbox, orderAccessGrants } from "../../db/schema";
import { ensurePlace, makeVisibleProduct } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { args, dataOf, get, locationOf, post, settle, statusOf } from "../support/route-call";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

const cookieOf = (r: unknown) =>
  ((r instanceof Response ? r.headers.get("Set-Cookie") : null) ?? "").split(";")[0] ?? "";

async function tableCount(table: typeof mailOutbox | typeof orderAccessGrants) {
  const [row] = await t.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** A guest orders one product by COD from the pages, with `email` (empty: none). */
async function guestOrders(phone: string, email: string) {
  const { product } = await makeVisibleProduct(t.db, { stock: 5 });
  const added = await settle(() =>
    cartAction(
      args(post("/cart", { intent: "add", productId: String(product.id), quantity: "1" })),
    ),
  );
  const cart = cookieOf(added);
  const fields = {
    name: "Lý Thị Khách",
    phone,
    email,
    provinceCode: "01",
    communeCode: "00004",
    street: "Số 9 ngõ Không Email",
    payment: "cod",
    privacyConsent: "yes",
  };
  const quotedTotalVnd = await quotedTotal(fields, cart);
  const placed = await settle(() =>
    checkoutAction(
      args(post("/checkout", { ...fields, intent: "place", quotedTotalVnd }, { cookie: cart })),
    ),
  );
  return { placed, cart };
}

const lookupPost = (fields: Record<string, string>, cookie?: string, ip = "10.20.0.1") =>
  settle(() =>
    lookupAction(args(post("/orders/lookup", fields, { cookie }), {}, { clientAddress: ip })),
  );

describe("ordering without email", () => {
  it("places the order with the phone only, queues no mail, and shows the number and link to keep", async () => {
    const mails = await tableCount(mailOutbox);
    const { placed } = await guestOrders("0977 111 222", "");
    expect(statusOf(placed)).toBe(303);
    const location = locationOf(placed) ?? "";
    expect(location).toMatch(/^\/orders\/OC-[^?]+\?key=.+&placed=1$/);
    expect(await tableCount(mailOutbox)).toBe(mails);

    const url = new URL(location, "http://localhost");
    const page = dataOf<{ order: OrderView; savedLink: string | null }>(
      await orderLoader(
        args(get(`${url.pathname}${url.search}`), { number: url.pathname.split("/")[2] ?? "" }),
      ),
    );
    expect(page.order.buyerEmail).toBeNull();
    expect(page.savedLink).toMatch(new RegExp(`/orders/${page.order.number}\\?key=`));
  });

  it("still refuses a malformed email, naming the field, and places nothing", async () => {
    const { placed } = await guestOrders("0977111222", "khach@");
    expect(statusOf(placed)).toBe(400);
    expect(dataOf<{ errors: Record<string, string> }>(placed).errors).toEqual({
      email: "orders.error.emailInvalid",
    });
  });
});

describe("Find my order", () => {
  it("is a page anyone may open", async () => {
    expect(statusOf(await settle(() => lookupLoader(args(get("/orders/lookup")))))).toBe(200);
  });

  it("opens the order in a fresh browser by phone + number, and only there", async () => {
    const { placed } = await guestOrders("0977333444", "");
    const number = (locationOf(placed) ?? "").split("/")[2]?.split("?")[0] ?? "";

    const found = await lookupPost({ phone: "+84 977 333 444", number: number.toLowerCase() });
    expect(statusOf(found)).toBe(303);
    expect(locationOf(found)).toBe(`/orders/${number}`);
    const setCookie = found instanceof Response ? (found.headers.get("Set-Cookie") ?? "") : "";
    expect(setCookie).toMatch(/^ocop_orders=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const browser = cookieOf(found);

    const page = dataOf<{ order: OrderView; savedLink: string | null }>(
      await orderLoader(args(get(`/orders/${number}`, browser), { number })),
    );
    expect(page.order.number).toBe(number);
    // No key in this browser: no link to show, it cannot be rebuilt from the stored hash.
    expect(page.savedLink).toBeNull();
    // Without the cookie, or with another browser's, the order is not there.
    expect(
      statusOf(await settle(() => orderLoader(args(get(`/orders/${number}`), { number })))),
    ).toBe(404);

    // The granted browser may cancel the parcel, as the link's holder may.
    const partId = page.order.parts[0]?.id ?? 0;
    const cancelled = await settle(() =>
      orderAction(
        args(
          post(
            `/orders/${number}`,
            { intent: "cancel", partId: String(partId) },
            { cookie: browser },
          ),
          {
            number,
          },
        ),
      ),
    );
    expect(statusOf(cancelled)).toBe(303);
    expect(locationOf(cancelled)).toMatch(/cancelled=1/);
  });

  it("answers a wrong phone and an unknown number with the same words and status, granting nothing", async () => {
    const { placed } = await guestOrders("0977555666", "");
    const number = (locationOf(placed) ?? "").split("/")[2]?.split("?")[0] ?? "";
    const grants = await tableCount(orderAccessGrants);
    const wrongPhone = await lookupPost({ phone: "0977555667", number }, undefined, "10.30.0.1");
    const unknown = await lookupPost(
      { phone: "0977555666", number: "OC-ZZZ-ZZZ2" },
      undefined,
      "10.30.0.1",
    );
    for (const answer of [wrongPhone, unknown]) {
      expect(statusOf(answer)).toBe(404);
      expect(answer instanceof Response && answer.headers.get("Set-Cookie")).toBeFalsy();
      const body = dataOf<{ errors: object; formError: string }>(answer);
      expect({ errors: body.errors, formError: body.formError }).toEqual({
        errors: {},
        formError: "orders.lookup.error.notFound",
      });
    }
    expect(await tableCount(orderAccessGrants)).toBe(grants);
  });

  it("stops answering one address that failed too often on a number, even for the right pair", async () => {
    const { placed } = await guestOrders("0977777888", "");
    const number = (locationOf(placed) ?? "").split("/")[2]?.split("?")[0] ?? "";
    for (let i = 0; i < ORDER_LOOKUP_LIMITS.perNumberFromAddress; i++)
      expect(
        statusOf(await lookupPost({ phone: `097777780${i}`, number }, undefined, "10.40.0.1")),
      ).toBe(404);
    const limited = await lookupPost({ phone: "0977777888", number }, undefined, "10.40.0.1");
    expect(statusOf(limited)).toBe(429);
    expect(dataOf<{ formError: string }>(limited).formError).toBe(
      "orders.lookup.error.rateLimited",
    );
    expect(
      statusOf(await lookupPost({ phone: "0977777888", number }, undefined, "10.40.0.2")),
    ).toBe(303);
  });

  it("refuses a post from another site before anything", async () => {
    const r = await settle(() =>
      lookupAction(
        args(
          post(
            "/orders/lookup",
            { phone: "0977777888", number: "OC-ZZZ-ZZZ3" },
            { origin: "https://evil.example" },
          ),
        ),
      ),
    );
    expect(statusOf(r)).toBe(403);
  });
});
