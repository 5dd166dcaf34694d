import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { pageCache } from "./page-cache";

/** A real express app with the cache in front of a page that counts its renders. */
async function serve(opts: { ttlMs: number; version: () => string; now?: () => number }) {
  let renders = 0;
  const app = express();
  app.use(pageCache({ ttlMs: opts.ttlMs, keyParts: async () => opts.version(), now: opts.now }));
  app.get("/products/:slug", (req, res) => {
    renders += 1;
    if (req.params.slug === "gone") return res.status(410).send("gone");
    if (req.params.slug === "cookie") res.setHeader("Set-Cookie", "x=1");
    res.type("html");
    res.write("<p>");
    res.end(`render ${renders}</p>`);
  });
  app.get("/producers/slow", (_req, res) => {
    renders += 1;
    setTimeout(() => res.type("html").end(`slow ${renders}`), 50);
  });
  app.get("/api/suggest", (_req, res) => {
    renders += 1;
    res.json({ renders });
  });
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers }),
    renders: () => renders,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("page cache", () => {
  it("renders a page once for anonymous readers, per language", async () => {
    const s = await serve({ ttlMs: 5_000, version: () => "v1" });
    close = s.close;
    const first = await s.get("/products/mat-ong");
    expect(await first.text()).toBe("<p>render 1</p>");
    expect(first.headers.get("x-page-cache")).toBeNull();
    const second = await s.get("/products/mat-ong");
    expect(await second.text()).toBe("<p>render 1</p>");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("content-type")).toMatch(/text\/html/);
    expect(await (await s.get("/products/mat-ong", { Cookie: "lang=en" })).text()).toBe(
      "<p>render 2</p>",
    );
    expect(s.renders()).toBe(2);
  });

  it("renders again when the data version or day changes, or the TTL passes", async () => {
    let version = "v1";
    let clock = 1_000;
    const s = await serve({ ttlMs: 3_000, version: () => version, now: () => clock });
    close = s.close;
    await s.get("/products/mat-ong");
    await s.get("/products/mat-ong");
    expect(s.renders()).toBe(1);
    version = "v2";
    expect(await (await s.get("/products/mat-ong")).text()).toBe("<p>render 2</p>");
    clock += 3_001;
    expect(await (await s.get("/products/mat-ong")).text()).toBe("<p>render 3</p>");
  });

  it("never caches for a session, other statuses, Set-Cookie or non-page routes", async () => {
    const s = await serve({ ttlMs: 5_000, version: () => "v1" });
    close = s.close;
    await s.get("/products/mat-ong", { Cookie: "lang=vi; __session=abc" });
    await s.get("/products/mat-ong", { Cookie: "lang=vi; __session=abc" });
    expect(s.renders()).toBe(2);
    await s.get("/products/gone");
    await s.get("/products/gone");
    expect(s.renders()).toBe(4);
    await s.get("/products/cookie");
    await s.get("/products/cookie");
    expect(s.renders()).toBe(6);
    await s.get("/api/suggest");
    await s.get("/api/suggest");
    expect(s.renders()).toBe(8);
  });

  it("renders a page once when many readers ask for it at the same moment", async () => {
    const s = await serve({ ttlMs: 5_000, version: () => "v1" });
    close = s.close;
    const bodies = await Promise.all(
      Array.from({ length: 6 }, async () => (await s.get("/producers/slow")).text()),
    );
    expect(new Set(bodies)).toEqual(new Set(["slow 1"]));
    expect(s.renders()).toBe(1);
  });

  it("is off with a TTL of 0", async () => {
    const s = await serve({ ttlMs: 0, version: () => "v1" });
    close = s.close;
    await s.get("/products/mat-ong");
    await s.get("/products/mat-ong");
    expect(s.renders()).toBe(2);
  });
});

describe("page cache and the CSP nonce", () => {
  it("serves a cached page with this response's nonce, never the one it was rendered with", async () => {
    let n = 0;
    const app = express();
    app.use((_req, res, next) => {
      res.locals.cspNonce = `nonce${++n}AAAAAAAAAAAAAAAA==`;
      next();
    });
    app.use(pageCache({ ttlMs: 5_000, keyParts: async () => "v1" }));
    app.get("/", (_req, res) => {
      const nonce = String(res.locals.cspNonce);
      res
        .type("html")
        .end(`<script nonce="${nonce}">a()</script><p>x</p><script nonce="${nonce}">b()</script>`);
    });
    const server = await new Promise<import("node:http").Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    close = () => new Promise<void>((r) => server.close(() => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = await fetch(`${base}/`);
    expect(await first.text()).toBe(
      '<script nonce="nonce1AAAAAAAAAAAAAAAA==">a()</script><p>x</p><script nonce="nonce1AAAAAAAAAAAAAAAA==">b()</script>',
    );
    const second = await fetch(`${base}/`);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe(
      '<script nonce="nonce2AAAAAAAAAAAAAAAA==">a()</script><p>x</p><script nonce="nonce2AAAAAAAAAAAAAAAA==">b()</script>',
    );
  });
});
