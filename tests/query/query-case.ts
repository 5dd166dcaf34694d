/**
 * The query walker's case format (see README.md). A case names one route file with a loader,
 * who asks (a persona of tests/authz/world.ts that may see the page), the page's address, the
 * path params Remix would pass, and every query parameter the loader reads.
 */
import type { Persona, World } from "../authz/world";

export interface QueryCase {
  /** The route file under app/routes, e.g. "admin.audit.tsx". */
  route: string;
  /** Who asks: a persona that may see the page, so the walk reaches past the access checks. */
  as: Persona;
  /** Path of the page without a query, e.g. `/admin/products/${w.productA.id}`. */
  path(w: World): string;
  /** The params Remix would pass; each is also walked, in the path and in `params`. */
  params?(w: World): Record<string, string>;
  /** Every query parameter the loader reads (the walker compares with the route's source). */
  query: string[];
  /**
   * The status of the untouched page when it is not 2xx/3xx, with the reason: e.g. the
   * splat route answers 404 for everything.
   */
  baseline?: { status: number; why: string };
}
