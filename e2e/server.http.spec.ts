/**
 * What the HTTP server answers, byte for byte and header by header, on the production build:
 * pages are whole, valid UTF-8 with no NUL, cached or not; every response carries the security
 * headers and a nonce its inline scripts share; what the guards refuse is refused before Remix.
 * None of it depends on the viewport: `*.http.spec.ts` run in the desktop project only.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { logInRequest } from "./support/fixtures";
import { PUBLIC_HTML_PAGES, PUBLIC_OTHER_PAGES } from "./support/public-pages";

// Any cookie besides the language makes the page cache step aside (server/page-cache.ts).
const NO_CACHE = { Cookie: "e2e-no-cache=1" };

function checkBytes(path: string, body: Buffer, html: boolean) {
  expect(body.indexOf(0), `${path}: NUL byte at ${body.indexOf(0)}`).toBe(-1);
  let text = "";
  expect(() => {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  }, `${path}: not valid UTF-8`).not.toThrow();
  if (!html) return;
  expect(text.startsWith("<!DOCTYPE html>"), `${path}: starts with the doctype`).toBe(true);
  expect(text.endsWith("</body></html>"), `${path}: nothing after </html>`).toBe(true);
  expect(text.indexOf("</html>"), `${path}: one </html>`).toBe(text.length - "</html>".length);
}

function nonceOf(res: APIResponse): string {
  const csp = res.headers()["content-security-policy"] ?? "";
  const m = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp);
  expect(m, `no script nonce in "${csp}"`).not.toBeNull();
  return m?.[1] ?? "";
}

async function checkSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).not.toContain("unsafe-eval");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["strict-transport-security"], what).toMatch(/max-age=\d{7,}/);
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["x-request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
  // Every inline script carries this response's nonce, and no script goes without it.
  const html = await res.text();
  const nonce = nonceOf(res);
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
  expect(scripts.length, what).toBeGreaterThan(0);
  for (const attrs of scripts) {
    if (/type="application\/ld\+json"/.test(attrs)) continue; // data, never run
    if (/\ssrc="\//.test(attrs)) continue; // our own file: 'self' allows it
    expect(attrs, `${what}: a script without this response's nonce`).toContain(`nonce="${nonce}"`);
  }
}

test.describe("bytes of every public page", () => {
  test("valid UTF-8, no NUL, the document whole: rendered, cached, and compressed", async ({
    request,
  }) => {
    for (const page of [...PUBLIC_HTML_PAGES, ...PUBLIC_OTHER_PAGES]) {
      const html = PUBLIC_HTML_PAGES.includes(page);
      for (const [how, headers] of [
        ["rendered", NO_CACHE],
        ["first anonymous", {}],
        ["cached", {}],
        ["identity", { "Accept-Encoding": "identity" }],
      ] as const) {
        const res = await request.get(page.path, { headers, maxRedirects: 0 });
        expect(res.status(), `${page.path} (${how})`).toBe(page.status);
        checkBytes(`${page.path} (${how})`, await res.body(), html);
      }
    }
  });
});

test.describe("security headers", () => {
  test("on a storefront page, a cached one, a workspace page and an error page", async ({
    playwright,
    baseURL,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const first = await anonymous.get("/products");
    await checkSecurityHeaders(first, "/products");
    const cached = await anonymous.get("/products");
    await checkSecurityHeaders(cached, "/products (cached)");
    expect(nonceOf(cached)).not.toBe(nonceOf(first));
    await checkSecurityHeaders(await anonymous.get("/khong-co-trang-nay"), "404 page");
    const official = await playwright.request.newContext({ baseURL });
    await logInRequest(official, baseURL ?? "", "official");
    const workspace = await official.get("/admin");
    expect(workspace.status()).toBe(200);
    await checkSecurityHeaders(workspace, "/admin");
  });

  test("a page runs with its policy: no violation, hydrated, and it cannot be framed", async ({
    page,
    baseURL,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/", "/products", "/products?q=mat+ong", "/certificates", "/cart"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
      await page.waitForFunction(() => "__remixRouter" in window);
    }
    // Client-side navigation still works under the policy.
    await page.goto("/products");
    await page.waitForFunction(() => "__remixRouter" in window);
    await page.getByRole("main").locator("a[href^='/products/']").first().click();
    await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
    expect(violations).toEqual([]);

    // Another site framing the checkout: the browser refuses to show it.
    await page.route("http://evil.example/", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<iframe src="${baseURL}/checkout"></iframe>`,
      }),
    );
    await page.goto("http://evil.example/");
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame?.url()).not.toContain("/checkout");
  });
});

test("a page with a secret token in its URL keeps it from other sites, not from its own forms", async ({
  request,
}) => {
  for (const path of ["/reset-password/khong-co-ma-nay", "/invite/khong-co-ma-nay"]) {
    const res = await request.get(path);
    // The server's default comes first and the page's own last; browsers apply the last
    // policy they know. "no-referrer" would make them send `Origin: null` with the page's form.
    const policies = (res.headers()["referrer-policy"] ?? "").split(",").map((p) => p.trim());
    expect(policies.at(-1), path).toBe("same-origin");
  }
});

test.describe("guards before Remix", () => {
  test("a cross-site post gets 403 on every kind of route, never 500", async ({ request }) => {
    for (const path of [
      "/login",
      "/login.data",
      "/signup",
      "/cart",
      "/checkout",
      "/lang",
      "/logout",
    ]) {
      const res = await request.post(path, {
        form: { email: "a@example.com", password: "x" },
        headers: { Origin: "https://evil.example" },
        maxRedirects: 0,
      });
      expect(res.status(), path).toBe(403);
      expect(await res.text(), path).toContain("trang khác");
    }
  });

  test("a form body over 64 kB is refused unread: 413", async ({ request, baseURL }) => {
    const res = await request.post("/login", {
      form: { email: "a@example.com", password: "x".repeat(1024 * 1024) },
      headers: { Origin: baseURL ?? "" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(413);
    expect(await res.text()).toContain("64 kB");
  });
});
