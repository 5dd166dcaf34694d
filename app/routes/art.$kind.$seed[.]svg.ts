import type { LoaderFunctionArgs } from "@remix-run/node";
import { isArtKind, isArtSeed, renderProductArt } from "~/lib/product-art";
import { notFound } from "~/web/route.server";

/** Product illustrations, drawn on request; a given URL always answers the same picture. */
export function loader({ params }: LoaderFunctionArgs) {
  const kind = params.kind ?? "";
  const seed = params.seed ?? "";
  if (!isArtKind(kind) || !isArtSeed(seed)) {
    return notFound({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  }
  return new Response(renderProductArt(kind, seed), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // Deterministic output: safe to cache for a year, the URL never changes meaning.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
