/**
 * One row of the authorisation matrix: a route file, a method, the request to make in the
 * world of ./world.ts, and the personas allowed. Everyone not listed is denied.
 *
 * - denied, anonymous: a redirect to /login;
 * - denied, signed in: 403 (wrong role) or 404 (out of scope), thrown or returned;
 * - allowed: anything else (GET: 200 or a redirect that is not to /login; POST with the
 *   default empty form: usually 400/422 because the form is empty, which proves the request
 *   got past the checks without writing);
 * - and the positive side: a row naming `shows` requires every allowed persona (except those
 *   in `hiddenFrom`) to get 200 with that text in the answer, i.e. really see the record; a row
 *   naming `answers` requires that status and redirect (an action's success).
 */
import type { Persona, World } from "./world";

export type AuthzCase = {
  /** The file under app/routes, e.g. "admin.producers.$id.tsx". */
  route: string;
  method: "GET" | "POST";
  /** Path and query of the request. */
  url: (w: World) => string;
  /** The route params Remix would pass, e.g. { id: "12" }. */
  params?: (w: World) => Record<string, string>;
  /** Form fields of a POST (urlencoded). Default: none. */
  form?: (w: World) => Record<string, string>;
  allow: readonly Persona[];
  /**
   * Text an allowed persona must not find in the loader's data, e.g. producer A's name on a
   * list seen by the out-of-scope official.
   */
  hiddenFrom?: { personas: readonly Persona[]; text: (w: World) => string };
  /** Text (the record's name or number) every allowed persona must find in a 200 answer. */
  shows?: (w: World) => string;
  /** What every allowed persona must get from an action that succeeds, e.g. its redirect. */
  answers?: { status: number; location?: RegExp };
  /** Why this row is designed this way, when it is not obvious. */
  note?: string;
};

export const OFFICIALS_IN_SCOPE = ["officialIn", "admin"] as const satisfies readonly Persona[];
export const ALL_OFFICIALS = [
  "officialIn",
  "officialOut",
  "admin",
] as const satisfies readonly Persona[];
