/**
 * What every request passes before a page or an action sees it: an id for the log, a body
 * no larger than its route allows, and, for a state-changing request, proof that it comes
 * from one of our own pages. Answers here are short translated texts; nothing is read from
 * a refused body.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { isSameOrigin } from "../app/web/same-origin.server";
import { withRequestId } from "../app/infra/logger";
import { langCookie } from "../app/i18n/i18n.server";
import { isLang, makeT, DEFAULT_LANG, type MessageKey, type Params } from "../app/i18n";

/** What the app's loaders and actions get from the HTTP server (getLoadContext). */
export type RequestLocals = { requestId: string; cspNonce: string };

export function locals(res: Response): RequestLocals {
  const { requestId, cspNonce } = res.locals as Partial<RequestLocals>;
  return { requestId: requestId ?? "", cspNonce: cspNonce ?? "" };
}

/** A fresh id and CSP nonce per request; log lines written while serving it carry the id. */
export function requestContext(): RequestHandler {
  return (_req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.locals.cspNonce = randomBytes(16).toString("base64");
    res.setHeader("X-Request-Id", requestId);
    withRequestId(requestId, next);
  };
}

async function refuse(
  req: Request,
  res: Response,
  status: number,
  key: MessageKey,
  params?: Params,
): Promise<void> {
  let lang = DEFAULT_LANG;
  try {
    const value: unknown = await langCookie.parse(req.headers.cookie ?? null);
    if (isLang(value)) lang = value;
  } catch {
    // An unreadable cookie leaves the site's first language.
  }
  // The body is not read: close the connection rather than drain what the client still sends.
  res.status(status).set({ Connection: "close", "Cache-Control": "no-store" });
  res.type("text/plain; charset=utf-8").send(makeT(lang)(key, params));
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type BodyLimitRule = { path: RegExp; maxBytes: number };

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} kB`;
}

/**
 * Refuses a body larger than its route allows before anything reads it (413), and a body
 * of unknown length (411: browsers always send Content-Length with a form). Ordinary forms
 * get `defaultMax`; the routes that take files name their own limit.
 */
export function bodyLimit(defaultMax: number, rules: BodyLimitRule[] = []): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!BODY_METHODS.has(req.method)) return next();
    // Remix's single-fetch requests add ".data" to the page's path.
    const path = req.path.replace(/\.data$/, "");
    const max = rules.find((r) => r.path.test(path))?.maxBytes ?? defaultMax;
    const header = req.headers["content-length"];
    if (header === undefined) {
      if (req.headers["transfer-encoding"] === undefined) return next(); // no body at all
      void refuse(req, res, 411, "http.lengthRequired");
      return;
    }
    const length = Number(header);
    if (!Number.isSafeInteger(length) || length > max) {
      void refuse(req, res, 413, "http.tooLarge", { max: formatBytes(max) });
      return;
    }
    next();
  };
}

/**
 * The CSRF rule (app/web/same-origin.server.ts) for every state-changing request, before
 * Remix reads it: a cross-site post gets 403 whatever route it names. Routes that other
 * services call (a payment provider's webhook) are listed in `exempt`, and check their own
 * signatures.
 */
export function sameOriginOnly(siteUrl: string, exempt: RegExp[] = []): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (exempt.some((re) => re.test(req.path))) return next();
    const host = req.get("X-Forwarded-Host") ?? req.get("host") ?? "";
    const ok = isSameOrigin({
      method: req.method,
      origin: req.get("Origin"),
      referer: req.get("Referer"),
      requestOrigin: `${req.protocol}://${host}`,
      siteUrl,
    });
    if (ok) return next();
    void refuse(req, res, 403, "http.crossSite");
  };
}
