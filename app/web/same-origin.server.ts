import { getConfig } from "~/infra/config.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(value: string | null | undefined): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

export type OriginClaim = {
  method: string;
  /** The Origin and Referer headers the browser sent. */
  origin: string | null | undefined;
  referer: string | null | undefined;
  /** The origin the request was addressed to (scheme and Host). */
  requestOrigin: string;
  siteUrl: string;
};

/**
 * The CSRF rule: a state-changing request must come from one of our own pages. Browsers send
 * Origin on such requests (Referer when Origin is missing); anything else, or neither, is
 * refused. The site's origin is the request's own and SITE_URL's (which differ behind a proxy
 * that terminates TLS). Used by the HTTP server for every request and by actions themselves.
 */
export function isSameOrigin(claim: OriginClaim): boolean {
  if (SAFE_METHODS.has(claim.method.toUpperCase())) return true;
  const claimed = originOf(claim.origin) ?? originOf(claim.referer);
  return (
    claimed !== null && [originOf(claim.requestOrigin), originOf(claim.siteUrl)].includes(claimed)
  );
}

/** The rule inside an action: throws 403 for a cross-site request. */
export function assertSameOrigin(request: Request, siteUrl: string = getConfig().siteUrl): void {
  const ok = isSameOrigin({
    method: request.method,
    origin: request.headers.get("Origin"),
    referer: request.headers.get("Referer"),
    requestOrigin: new URL(request.url).origin,
    siteUrl,
  });
  if (!ok) throw new Response("Forbidden: cross-site request", { status: 403 });
}
