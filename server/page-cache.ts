import type { NextFunction, Request, RequestHandler, Response } from "express";
import { logger } from "../app/infra/logger";

/**
 * A micro-cache for the public storefront's HTML: the same page is rendered once and served
 * to every anonymous reader for a few seconds. The key holds the data version (the search
 * outbox's newest id, which moves with every change to what a product card or page shows
 * about certification, names or prices), the day in Vietnam and the language, so a revoked
 * or expired certificate is never served from the cache; other fields (stock, a producer's
 * story) may lag by at most the TTL. Readers with any cookie besides the language (a
 * session) always get a fresh render.
 */
export type PageCacheOptions = {
  ttlMs: number;
  maxEntries?: number;
  /** Cheap per-request key parts: the data version and today's date. */
  keyParts: () => Promise<string>;
  now?: () => number;
};

type Entry = {
  at: number;
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** The CSP nonce the body's inline scripts carry (server/guards.ts); "" when none. */
  nonce: string;
};

function nonceOf(res: Response): string {
  const value: unknown = res.locals.cspNonce;
  return typeof value === "string" ? value : "";
}

/**
 * The cached body with its inline scripts' nonce swapped for this response's: a nonce is
 * never served twice, or a reader could learn one and use it in an injected script.
 */
function withNonce(body: Buffer, from: string, to: string): Buffer {
  if (!from || !to || from === to) return body;
  const needle = Buffer.from(`nonce="${from}"`);
  const replacement = Buffer.from(`nonce="${to}"`);
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, start)) {
    parts.push(body.subarray(start, at), replacement);
    start = at + needle.length;
  }
  if (start === 0) return body;
  parts.push(body.subarray(start));
  return Buffer.concat(parts);
}

const CACHEABLE = [/^\/$/, /^\/products(\/[a-z0-9-]+)?$/, /^\/producers(\/[a-z0-9-]+)?$/];

function cookieNames(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(";")
    .map((c) => c.split("=")[0]?.trim() ?? "")
    .filter(Boolean);
}

function langOf(header: string | undefined): string {
  const m = /(?:^|;\s*)lang=([^;]*)/.exec(header ?? "");
  return m?.[1] ?? "";
}

export function pageCache(opts: PageCacheOptions): RequestHandler & { size: () => number } {
  const store = new Map<string, Entry>();
  const inflight = new Map<string, Promise<Entry | null>>();
  const max = opts.maxEntries ?? 2000;
  const now = opts.now ?? Date.now;

  const handler = (req: Request, res: Response, next: NextFunction) => {
    if (opts.ttlMs <= 0 || req.method !== "GET") return next();
    if (!CACHEABLE.some((re) => re.test(req.path))) return next();
    if (cookieNames(req.headers.cookie).some((name) => name !== "lang")) return next();

    const serve = (entry: Entry) => {
      res.status(entry.status);
      for (const [name, value] of entry.headers) res.setHeader(name, value);
      res.setHeader("X-Page-Cache", "hit");
      res.end(withNonce(entry.body, entry.nonce, nonceOf(res)));
    };
    opts.keyParts().then(
      async (parts) => {
        const key = `${parts}|${langOf(req.headers.cookie)}|${req.originalUrl}`;
        const hit = store.get(key);
        if (hit && now() - hit.at < opts.ttlMs) return serve(hit);
        // One render per key at a time: readers arriving meanwhile wait for it.
        const pending = inflight.get(key);
        if (pending) {
          const entry = await pending;
          if (entry) return serve(entry);
          return next();
        }
        let settle: (e: Entry | null) => void = () => {};
        inflight.set(key, new Promise<Entry | null>((resolve) => (settle = resolve)));
        const done = (entry: Entry | null) => {
          inflight.delete(key);
          settle(entry);
        };
        res.on("close", () => done(null));
        capture(res, (status, headers, body) => {
          const entry = { at: now(), status, headers, body, nonce: nonceOf(res) };
          store.delete(key);
          store.set(key, entry);
          if (store.size > max) {
            const oldest = store.keys().next().value;
            if (oldest !== undefined) store.delete(oldest);
          }
          done(entry);
        });
        next();
      },
      // The cache is an optimisation: if its key cannot be built, render normally.
      (error: unknown) => {
        logger.error("page cache key failed", error);
        next();
      },
    );
  };
  return Object.assign(handler, { size: () => store.size });
}

/** Records what the app writes (before compression) and hands a cacheable 200 to `save`. */
function capture(
  res: Response,
  save: (status: number, headers: [string, string][], body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const keep = (chunk: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as Response["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== "function") keep(chunk);
    const cacheControl = String(res.getHeader("Cache-Control") ?? "");
    if (
      res.statusCode === 200 &&
      !res.getHeader("Set-Cookie") &&
      !/no-store|private/.test(cacheControl)
    ) {
      const headers: [string, string][] = [];
      for (const name of ["content-type", "cache-control", "vary", "link"]) {
        const v = res.getHeader(name);
        if (v !== undefined) headers.push([name, String(v)]);
      }
      save(200, headers, Buffer.concat(chunks));
    }
    return (end as (...a: unknown[]) => Response)(chunk, ...rest);
  }) as Response["end"];
}
