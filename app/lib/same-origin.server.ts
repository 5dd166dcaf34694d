import { getConfig } from "~/config.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF guard for every action: a state-changing request must come from one of our own pages.
 * Browsers send Origin on such requests (Referer when Origin is missing); anything else, or
 * neither, is refused with 403. The site's origin is the request's own and SITE_URL's (which
 * differ behind a proxy that terminates TLS).
 */
export function assertSameOrigin(request: Request, siteUrl: string = getConfig().siteUrl): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const claimed =
    originOf(request.headers.get("Origin")) ?? originOf(request.headers.get("Referer"));
  const allowed = [new URL(request.url).origin, originOf(siteUrl)];
  if (claimed && allowed.includes(claimed)) return;
  throw new Response("Forbidden: cross-site request", { status: 403 });
}
