/**
 * Reading and saving the producer's shipping settings (its free-shipping threshold). Only the
 * producer's own row, by the member's producer id; a change is one transaction with its audit
 * entry, and refreshes the storefront's page cache (product pages show the threshold).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { producers, products, searchOutbox } from "../../../db/schema";
import { changedFields, recordAudit } from "../audit/record.server";
import type { ProducerActor } from "./overview.server";
import type { ShippingSettings } from "./shipping-settings";

export async function getShippingSettings(db: Db, producerId: number) {
  const [row] = await db
    .select({
      freeShippingFromVnd: producers.freeShippingFromVnd,
      provinceCode: producers.provinceCode,
    })
    .from(producers)
    .where(eq(producers.id, producerId));
  return row ?? null;
}

/** Saves the threshold; false when the producer is gone. Nothing changed: nothing written. */
export async function saveShippingSettings(
  db: Db,
  actor: ProducerActor,
  input: ShippingSettings,
): Promise<{ ok: true; changed: boolean } | { ok: false }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        freeShippingFromVnd: producers.freeShippingFromVnd,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(producers)
      .where(eq(producers.id, actor.producerId))
      .for("update");
    if (!row) return { ok: false } as const;
    const diff = changedFields(
      { freeShippingFromVnd: row.freeShippingFromVnd },
      { freeShippingFromVnd: input.freeShippingFromVnd },
    );
    if (Object.keys(diff.after).length === 0) return { ok: true, changed: false } as const;
    await tx
      .update(producers)
      .set({ freeShippingFromVnd: input.freeShippingFromVnd })
      .where(eq(producers.id, actor.producerId));
    // Product pages say "free shipping from …": their cached copies must not outlive this.
    const [any] = await tx
      .select({ productId: products.id })
      .from(products)
      .where(eq(products.producerId, actor.producerId))
      .limit(1);
    if (any) await tx.insert(searchOutbox).values({ productId: any.productId });
    await recordAudit(tx, actor, {
      action: "producer.shipping",
      entityType: "producer",
      entityId: actor.producerId,
      provinceCode: row.provinceCode,
      communeCode: row.communeCode,
      before: diff.before,
      after: diff.after,
    });
    return { ok: true, changed: true } as const;
  });
}
