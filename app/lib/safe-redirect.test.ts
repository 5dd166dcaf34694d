import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const FALLBACK = "/fallback";

// Each of these leads a browser off the site (or to a script) when put in a Location header
// or a link, or cannot be put in a header at all.
const BYPASSES: [string, unknown][] = [
  ["protocol-relative", "//evil.example"],
  ["protocol-relative with a path", "//evil.example/login"],
  ["tab after the slash", "/\t/evil.example"],
  ["newline after the slash", "/\n/evil.example"],
  ["carriage return after the slash", "/\r/evil.example"],
  ["CRLF (header splitting)", "/x\r\nSet-Cookie: a=b"],
  ["newline at the end", "/products\n"],
  ["slash backslash", "/\\evil.example"],
  ["backslash slash", "\\/evil.example"],
  ["backslash in the middle", "/a\\..\\\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["NUL", "/\u0000/evil.example"],
  ["DEL", "/\u007f/evil.example"],
  ["C1 control (NEL)", "/\u0085/evil.example"],
  ["C1 control (CSI)", "/\u009b/evil.example"],
  ["dot segments leaving //", "/..//evil.example"],
  ["dot segment then //", "/.//evil.example"],
  ["dot segments deeper", "/a/../..//evil.example"],
  ["encoded dot segments leaving //", "/%2e%2e//evil.example"],
  ["percent-encoded slashes only", "%2f%2fevil.example"],
  ["single-slash scheme", "https:/evil.example"],
  ["absolute https", "https://evil.example"],
  ["absolute http upper case", "HTTP://evil.example"],
  ["javascript:", "javascript:alert(1)"],
  ["javascript: behind spaces", " javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["leading space", " /products"],
  ["leading tab", "\t//evil.example"],
  ["relative without a slash", "evil.example"],
  ["fullwidth slashes", "／／evil.example"],
  ["ideographic full stop as the host", "\u3002evil.example"],
  ["empty", ""],
  ["not a string", ["/products"]],
  ["null", null],
  ["far too long", `/${"a".repeat(5000)}`],
];

// Same-site paths: allowed, encoded as a browser would send them.
const ALLOWED: [string, string, string][] = [
  ["root", "/", "/"],
  ["a page", "/products", "/products"],
  ["query and fragment", "/products?q=x&page=2#top", "/products?q=x&page=2#top"],
  [
    "Vietnamese in the query and a space",
    "/products?q=mật ong#x",
    "/products?q=m%E1%BA%ADt%20ong#x",
  ],
  ["already percent-encoded", "/products?q=m%E1%BA%ADt+ong", "/products?q=m%E1%BA%ADt+ong"],
  ["encoded slashes stay a path", "/%2f%2fevil.example", "/%2f%2fevil.example"],
  ["encoded tab stays a path", "/%09/evil.example", "/%09/evil.example"],
  ["encoded backslash stays a path", "/%5cevil.example", "/%5cevil.example"],
  ["non-ASCII after the slash", "/\u3002evil.example", "/%E3%80%82evil.example"],
  ["fullwidth slash after a slash", "/／evil.example", "/%EF%BC%8Fevil.example"],
  ["a character above U+00FF", "/products?q=\u4e2d", "/products?q=%E4%B8%AD"],
  ["dot segments inside the site", "/a/../products", "/products"],
];

// What a Location header may hold without Node refusing it: printable ASCII.
const HEADER_SAFE = /^[\x21-\x7e]*$/;

describe("safeRedirectPath", () => {
  it.each(BYPASSES)("refuses %s", (_, value) => {
    expect(safeRedirectPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each(ALLOWED)("allows %s", (_, value, expected) => {
    expect(safeRedirectPath(value, FALLBACK)).toBe(expected);
  });

  it("returns only values that stay on the site and fit in a header", () => {
    const base = "https://cho-ocop.example";
    for (const [, value] of [...BYPASSES, ...ALLOWED]) {
      const path = safeRedirectPath(value, FALLBACK);
      expect(path).toMatch(HEADER_SAFE);
      expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
      expect(new URL(path, base).origin).toBe(base);
      expect(() => new Headers({ Location: path })).not.toThrow();
    }
  });

  it("falls back to / when no fallback is given", () => {
    expect(safeRedirectPath("//evil.example")).toBe("/");
  });
});
