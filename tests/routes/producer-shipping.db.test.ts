/**
 * The producer's shipping page: a member sets and clears its own free-shipping threshold
 * (audited, another producer untouched), a bad amount names the field and writes nothing, and
 * the buyer's product page says the threshold at once.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/producer.shipping";
import { loader as productLoader } from "../../app/routes/products.$slug";
import { auditLog, producers } from "../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  dataOf,
  get,
  locationOf,
  post,
  sessionCookie,
  statusOf,
} from "../support/route-call";

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

const thresholdOf = async (id: number) =>
  (await t.db.select().from(producers).where(eq(producers.id, id)))[0]?.freeShippingFromVnd;

describe("the producer's free-shipping threshold", () => {
  it("is saved on the member's own producer, audited, cleared, and shown on the product page", async () => {
    const mine = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const other = await makeProducer(t.db, { provinceCode: "01", communeCode: "00004" });
    const { product } = await makeVisibleProduct(t.db, { producerId: mine.id });
    const { token } = await makeSignedInUser(t.db, {
      role: "producer_member",
      producerId: mine.id,
    });
    const cookie = await sessionCookie(token);

    const page = dataOf<{ settings: { freeShippingFromVnd: number | null } }>(
      await loader(args(get("/producer/shipping", cookie))),
    );
    expect(page.settings.freeShippingFromVnd).toBeNull();

    const bad = await action(
      args(post("/producer/shipping", { intent: "save", freeShippingFromVnd: "500" }, { cookie })),
    );
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ errors: Record<string, string> }>(bad).errors).toEqual({
      freeShippingFromVnd: "pws.error.freeShippingRange",
    });
    expect(await thresholdOf(mine.id)).toBeNull();

    const saved = await action(
      args(
        post("/producer/shipping", { intent: "save", freeShippingFromVnd: "500.000" }, { cookie }),
      ),
    );
    expect(locationOf(saved)).toBe("/producer/shipping?saved=1");
    expect([await thresholdOf(mine.id), await thresholdOf(other.id)]).toEqual([500_000, null]);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "producer.shipping"), eq(auditLog.entityId, String(mine.id))));
    expect(entry).toMatchObject({
      before: { freeShippingFromVnd: null },
      after: { freeShippingFromVnd: 500_000 },
    });

    const shown = dataOf<{
      shipping: { freeShippingFromVnd: number | null; provinceCode: string };
    }>(await productLoader(args(get(`/products/${product.slug}`), { slug: product.slug })));
    expect(shown.shipping).toMatchObject({ freeShippingFromVnd: 500_000, provinceCode: "01" });

    const cleared = await action(
      args(post("/producer/shipping", { intent: "save", freeShippingFromVnd: "" }, { cookie })),
    );
    expect(locationOf(cleared)).toBe("/producer/shipping?saved=1");
    expect(await thresholdOf(mine.id)).toBeNull();
  });
});
