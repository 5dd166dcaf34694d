/**
 * Security headers on every response, through helmet. The Content-Security-Policy lets scripts
 * run only from our own origin or carrying this response's nonce (the inline scripts Remix
 * and React write, and the dictionary in root.tsx); nothing may frame our pages (the
 * workspaces and checkout are worth clickjacking); forms post only to ourselves and to the
 * payment pages we send buyers to.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";
import type { RequestHandler } from "express";

export type SecurityHeaderOptions = {
  production: boolean;
  /** The site's public origin: upgrade-insecure-requests only when it is https. */
  siteUrl: string;
  /** Other origins a form may lead to (a payment provider's hosted page). */
  formTargets: string[];
};

/** Browser features no page of ours uses. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "browsing-topics=()",
].join(", ");

function nonceOf(res: ServerResponse): string {
  const value: unknown = (res as ServerResponse & { locals?: { cspNonce?: unknown } }).locals
    ?.cspNonce;
  return typeof value === "string" ? value : "";
}

export function securityHeaders(opts: SecurityHeaderOptions): RequestHandler {
  const https = opts.siteUrl.startsWith("https://");
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: [
          "'self'",
          (_req: IncomingMessage, res: ServerResponse) => `'nonce-${nonceOf(res)}'`,
        ],
        // React renders the bar charts' widths as style attributes; the print catalogue has a <style>.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...opts.formTargets],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: opts.production
      ? { maxAge: 365 * 24 * 3600, includeSubDomains: true }
      : false,
    xFrameOptions: { action: "deny" },
    // Log-in and checkout fall back on Referer when a browser sends no Origin (same-origin.server.ts).
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    headers(req, res, next);
  };
}
