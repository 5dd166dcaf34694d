/**
 * The official sets a product's alcohol strength (the producer does it in its listing form,
 * listing.server.ts). Scope is checked here: a product outside the official's unit is not found.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { producers, products, searchOutbox } from "../../../db/schema";
import type { SessionUser } from "../account/accounts.server";
import { recordAudit } from "../audit/record.server";
import { producerJoin } from "../catalog/visibility.server";
import { productInScope } from "./register.server";

export async function setProductAlcoholPercent(
  db: Db,
  user: SessionUser,
  productId: number,
  alcoholPercent: number | null,
): Promise<{ ok: true; changed: boolean } | { ok: false; kind: "notFound" }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: products.id,
        alcoholPercent: products.alcoholPercent,
        provinceCode: producers.provinceCode,
        communeCode: producers.communeCode,
      })
      .from(products)
      .innerJoin(producers, producerJoin)
      .where(and(eq(products.id, productId), productInScope(user)))
      .for("update", { of: products });
    if (!row) return { ok: false, kind: "notFound" } as const;
    if (row.alcoholPercent === alcoholPercent) return { ok: true, changed: false } as const;
    await tx
      .update(products)
      .set({ alcoholPercent, updatedAt: sql`now()` })
      .where(eq(products.id, row.id));
    // Not in the search document, but the storefront's page cache follows the outbox.
    await tx.insert(searchOutbox).values({ productId: row.id });
    await recordAudit(tx, user, {
      action: "product.update",
      entityType: "product",
      entityId: row.id,
      provinceCode: row.provinceCode,
      communeCode: row.communeCode,
      before: { alcoholPercent: row.alcoholPercent },
      after: { alcoholPercent },
    });
    return { ok: true, changed: true } as const;
  });
}
