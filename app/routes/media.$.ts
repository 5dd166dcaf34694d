/**
 * Stored photos (app/infra/storage.server.ts), e.g. /media/products/12/3f9c…-1200.webp. Keys are
 * named after their content and never rewritten, so browsers and proxies may keep them for a
 * year. Only image keys of the storage's own shape are served: anything else, ".." included,
 * is a 404 before the disk is touched.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { contentTypeOf, getStorage, isValidKey } from "~/infra/storage.server";
import { notFound } from "~/web/route.server";

const IMAGE_KEY = /\.(webp|jpe?g|png)$/;

/** A missing file may appear later (an upload): its 404 is not kept by any cache. */
const MISSING = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const key = params["*"] ?? "";
  if (!isValidKey(key) || !IMAGE_KEY.test(key)) return notFound(MISSING);
  const etag = `"${key.replace(/[^a-z0-9]/g, "")}"`;
  const cache = "public, max-age=31536000, immutable";
  if (request.headers.get("If-None-Match") === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cache } });
  }
  const file = await getStorage().get(key);
  if (!file) return notFound(MISSING);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": contentTypeOf(key),
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": cache,
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
      // A photo is never a document: nothing in it may run or load anything.
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    },
  });
}
