import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin.server";

const SITE = "https://cho-ocop.example";

function post(headers: Record<string, string>, url = "http://127.0.0.1:3000/login") {
  return new Request(url, { method: "POST", headers });
}

function statusOf(request: Request): number {
  try {
    assertSameOrigin(request, SITE);
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("assertSameOrigin", () => {
  it("lets reads through whatever their origin", () => {
    expect(
      statusOf(
        new Request("http://127.0.0.1:3000/login", { headers: { Origin: "https://evil.example" } }),
      ),
    ).toBe(200);
  });

  it("accepts a post from the request's own origin or from SITE_URL", () => {
    expect(statusOf(post({ Origin: "http://127.0.0.1:3000" }))).toBe(200);
    expect(statusOf(post({ Origin: SITE }))).toBe(200);
  });

  it("falls back to Referer when Origin is absent", () => {
    expect(statusOf(post({ Referer: "https://cho-ocop.example/login?redirectTo=%2F" }))).toBe(200);
    expect(statusOf(post({ Referer: "https://evil.example/cho-ocop.example" }))).toBe(403);
  });

  it("refuses another origin, a look-alike, an opaque origin, or no origin at all", () => {
    expect(statusOf(post({ Origin: "https://evil.example" }))).toBe(403);
    expect(statusOf(post({ Origin: "https://cho-ocop.example.evil.example" }))).toBe(403);
    expect(statusOf(post({ Origin: "http://cho-ocop.example" }))).toBe(403);
    expect(statusOf(post({ Origin: "null" }))).toBe(403);
    expect(statusOf(post({}))).toBe(403);
    // Origin wins over a matching Referer.
    expect(statusOf(post({ Origin: "https://evil.example", Referer: `${SITE}/login` }))).toBe(403);
  });

  it("guards every state-changing method", () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const r = new Request("http://127.0.0.1:3000/x", {
        method,
        headers: { Origin: "https://evil.example" },
      });
      expect(statusOf(r)).toBe(403);
    }
  });
});
