/**
 * Where to send someone back to after logging in, signing up or switching language: a path on
 * this site, taken from a query string or a form, so from anyone.
 */

// A fixed base that no real request has: a value is ours only if it resolves to this origin.
const BASE = new URL("http://redirect.invalid");

// Browsers drop tabs and newlines from URLs and read "\" as "/", so "/\t/evil.example" and
// "/\evil.example" both lead off the site; control characters and backslashes are never
// part of a path we link to, so they are refused rather than cleaned up.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

// Far above any path of ours, below what proxies accept in a Location header.
const MAX_LENGTH = 2000;

/**
 * A same-site path, normalised and percent-encoded (ASCII only, so always fit for a Location
 * header), or `fallback`. "/products?q=mật ong" passes as "/products?q=m%E1%BA%ADt%20ong";
 * "//evil.example", "/\\evil.example", "/..//evil.example" and "https://…" fall back.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || UNSAFE.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can leave "//host" after normalising ("/..//evil.example"): a browser
  // reads that as another site.
  if (path.startsWith("//")) return fallback;
  return path;
}
