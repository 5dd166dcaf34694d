import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificates, products } from "../../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import {
  makeCertificate,
  makeProduct,
  makeProducer,
  makeVisibleProduct,
} from "../../../tests/support/factories";
import { escapeXml, renderRobots, renderSitemap, sitemapEntries } from "./sitemap.server";

const TODAY = "2026-01-15";
const SITE = "https://cho-ocop.example";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

describe("sitemap", () => {
  it("lists visible products and their producers, and nothing the public may not see", async () => {
    const shown = await makeProducer(t.db, { slug: "htx-hien-thi" });
    const visible = await makeVisibleProduct(t.db, {
      producerId: shown.id,
      slug: "mat-ong-hien-thi",
    });
    await t.db
      .update(products)
      .set({ updatedAt: new Date("2025-12-31T20:00:00Z") })
      .where(eq(products.id, visible.product.id));
    await t.db
      .update(certificates)
      .set({ createdAt: new Date("2025-06-01T00:00:00Z") })
      .where(eq(certificates.id, visible.certificate.id));

    const twoStar = await makeProduct(t.db, { producerId: shown.id, slug: "hai-sao" });
    await makeCertificate(t.db, { productId: twoStar.id, stars: 2, score: 40 });
    const expired = await makeProduct(t.db, { producerId: shown.id, slug: "het-han" });
    await makeCertificate(t.db, { productId: expired.id, decisionDate: "2022-06-01" });
    const revoked = await makeProduct(t.db, { producerId: shown.id, slug: "bi-thu-hoi" });
    await makeCertificate(t.db, { productId: revoked.id, status: "revoked" });
    await makeVisibleProduct(t.db, {
      producerId: shown.id,
      slug: "ngung-ban",
      listingStatus: "unlisted",
    });
    await makeProduct(t.db, { producerId: shown.id, slug: "chua-chung-nhan" });

    const suspended = await makeProducer(t.db, { slug: "htx-tam-dung", status: "suspended" });
    await makeVisibleProduct(t.db, { producerId: suspended.id, slug: "cua-htx-tam-dung" });
    const lapsed = await makeProducer(t.db, { slug: "htx-het-han" });
    const lapsedProduct = await makeProduct(t.db, {
      producerId: lapsed.id,
      slug: "cua-htx-het-han",
    });
    await makeCertificate(t.db, { productId: lapsedProduct.id, decisionDate: "2021-01-01" });

    const entries = await sitemapEntries(t.db, TODAY, SITE);
    const locs = entries.map((e) => e.loc);
    expect(locs.slice(0, 4)).toEqual([
      `${SITE}/`,
      `${SITE}/products`,
      `${SITE}/producers`,
      `${SITE}/certificates`,
    ]);
    expect(locs.slice(4).sort()).toEqual([
      `${SITE}/producers/htx-hien-thi`,
      `${SITE}/products/mat-ong-hien-thi`,
    ]);

    // The later of product edit and certificate, as a date in Vietnam: 20:00 UTC is 03:00 next day.
    const lastmod = (suffix: string) => entries.find((e) => e.loc.endsWith(suffix))?.lastmod;
    expect(lastmod("/products/mat-ong-hien-thi")).toBe("2026-01-01");
    expect(lastmod("/producers/htx-hien-thi")).toBe("2026-01-01");
    expect(lastmod("/certificates")).toBeNull();
  });

  it("renders valid XML with escaped URLs", () => {
    const xml = renderSitemap([
      { loc: "https://a.example/?x=1&y=<2>", lastmod: "2026-01-01" },
      { loc: "https://a.example/certificates", lastmod: null },
    ]);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ),
    ).toBe(true);
    expect(xml).toContain("<loc>https://a.example/?x=1&amp;y=&lt;2&gt;</loc>");
    expect(xml).toContain("<lastmod>2026-01-01</lastmod>");
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.match(/<lastmod>/g)).toHaveLength(1);
    expect(escapeXml(`'"`)).toBe("&apos;&quot;");
  });

  it("robots.txt allows everything and points to the sitemap", () => {
    expect(renderRobots(SITE)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});
