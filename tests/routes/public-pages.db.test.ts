/**
 * The public pages' loaders on a test database: status codes, headers and what reaches the
 * page. The app's database handle is pointed at the test database before any loader runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as certificatesLoader } from "../../app/routes/certificates";
import { loader as homeLoader } from "../../app/routes/_index";
import { loader as producerLoader } from "../../app/routes/producers.$slug";
import { loader as producersLoader } from "../../app/routes/producers._index";
import { loader as robotsLoader } from "../../app/routes/robots[.]txt";
import { loader as sitemapLoader } from "../../app/routes/sitemap[.]xml";
import {
  makeCertificate,
  makeProduct,
  makeProducer,
  makeVisibleProduct,
} from "../support/factories";
import { args as routeArgs, get } from "../support/route-call";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  const producer = await makeProducer(t.db, { slug: "htx-mat-ong-route", name: "HTX Mật ong" });
  await makeVisibleProduct(t.db, {
    producerId: producer.id,
    slug: "mat-ong-route",
    nameVi: "Mật ong bạc hà",
  });
  const twoStar = await makeProduct(t.db, { producerId: producer.id, slug: "hai-sao-route" });
  await makeCertificate(t.db, { productId: twoStar.id, stars: 2 });
  const suspended = await makeProducer(t.db, { slug: "htx-tam-dung-route", status: "suspended" });
  await makeVisibleProduct(t.db, { producerId: suspended.id, slug: "cua-tam-dung-route" });
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

const args = (path: string, params: Record<string, string> = {}, cookie?: string) =>
  routeArgs(get(path, cookie), params);

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("public pages", () => {
  it("home: Vietnamese by default, English by cookie", async () => {
    const vi = await homeLoader(args("/"));
    expect(vi.meta.title).toContain("Sản phẩm OCOP");
    expect(vi.totalProducts).toBe(1);
    const enCookie = `lang=${Buffer.from(JSON.stringify("en")).toString("base64")}`;
    const en = await homeLoader(args("/", {}, enCookie));
    expect(en.meta.title).toContain("OCOP products");
  });

  it("producer page: 200 for an active producer, 404 for suspended, unknown or malformed", async () => {
    const page = await producerLoader(
      args("/producers/htx-mat-ong-route", { slug: "htx-mat-ong-route" }),
    );
    expect(page.producer.products.map((p) => p.slug)).toEqual(["mat-ong-route"]);
    expect(
      await statusOf(producerLoader(args("/producers/x", { slug: "htx-tam-dung-route" }))),
    ).toBe(404);
    expect(await statusOf(producerLoader(args("/producers/x", { slug: "khong-co" })))).toBe(404);
    expect(await statusOf(producerLoader(args("/producers/x", { slug: "A B%" })))).toBe(404);
  });

  it("producer list: ignores bad parameters and 404s past the last page", async () => {
    const list = await producersLoader(args("/producers?province=xx&page=abc"));
    expect(list.items.map((p) => p.slug)).toEqual(["htx-mat-ong-route"]);
    expect(await statusOf(producersLoader(args("/producers?page=2")))).toBe(404);
  });

  it("certificate lookup: diacritic-insensitive through the URL", async () => {
    const data = await certificatesLoader(args("/certificates?q=mat+ong+bac+ha"));
    expect(
      data.lookup.kind === "results" && data.lookup.results.map((r) => r.product.slug),
    ).toEqual(["mat-ong-route"]);
    const long = await certificatesLoader(args(`/certificates?q=${"a".repeat(150)}`));
    expect(long.lookup).toMatchObject({ kind: "invalid", reason: "tooLong" });
  });

  it("sitemap.xml: XML with visible pages only; robots.txt points to it", async () => {
    const res = await sitemapLoader();
    expect(res.headers.get("Content-Type")).toMatch(/^application\/xml/);
    const xml = await res.text();
    expect(xml).toContain("/products/mat-ong-route</loc>");
    expect(xml).toContain("/producers/htx-mat-ong-route</loc>");
    expect(xml).not.toContain("hai-sao-route");
    expect(xml).not.toContain("tam-dung-route");

    const robots = robotsLoader();
    expect(robots.headers.get("Content-Type")).toMatch(/^text\/plain/);
    expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
});
