/**
 * The plumbing every route shares, in one place: who may ask (role, or a producer's members),
 * the same-origin rule for writes, the id in the URL, the form and its intent, and replies that
 * are never cached. A route's loader or action is then "enter, call one domain function, reply".
 *
 *   const { user, db, id } = await enter(args, { role: ["official"] });
 *   const { user, db, form, intent } = await enterAction(args, "producer");
 *   return byIntent(intent, { save: () => …, cancel: () => … });
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { Db } from "../../db/client";
import type { Role } from "../../db/schema";
import type { ProducerActor } from "~/domain/producer/overview.server";
import type { Lang, MessageKey } from "~/i18n/index";
import { getLang } from "~/i18n/i18n.server";
import { getDb } from "~/infra/db.server";
import { parseSlug, requireIdParam } from "../lib/params";
import { getOptionalUser, requireRole, requireUser, type SessionUser } from "./auth.server";
import { requireProducerWorkspace } from "./producer-access.server";
import { readForm, readQuery } from "./request-input.server";
import { assertSameOrigin } from "./same-origin.server";

/** Headers of every reply that holds one reader's data: never stored by a cache. */
export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/**
 * 404 for a record that is not there or belongs to someone else: the same answer for both.
 * A resource route (a file, a feed) may add its own headers.
 */
export function notFound(headers?: HeadersInit): Response {
  return new Response("Not Found", { status: 404, headers });
}

/**
 * Who may ask: anyone ("public", the user is then optional), any signed-in user ("user"), one
 * of the roles (an administrator always passes), or the members of a producer ("producer").
 */
export type Access = "public" | "user" | "producer" | { role: readonly Role[] };

type ActorOf<A extends Access> = A extends "producer"
  ? ProducerActor
  : A extends "public"
    ? SessionUser | null
    : SessionUser;

type RouteArgs = LoaderFunctionArgs | ActionFunctionArgs;

export type RouteCall<A extends Access> = {
  request: Request;
  user: ActorOf<A>;
  db: Db;
  lang: Lang;
  /** The query string, cleaned (see readQuery). */
  query: URLSearchParams;
  /** A positive integer id from the URL (`$id` by default); anything else is a 404. */
  id: (name?: string) => number;
  /** A slug from the URL (`$slug` by default, see parseSlug); anything else is a 404. */
  slug: (name?: string) => string;
  /**
   * A secret token from the URL (`$token` by default) when it could be one (1–199 characters),
   * else null: the page then says the link is not valid, without asking the database.
   */
  token: (name?: string) => string | null;
};

export type ActionCall<A extends Access> = RouteCall<A> & {
  form: FormData;
  /** The form's `intent` field ("" when there is none). */
  intent: string;
};

async function actorFor<A extends Access>(request: Request, access: A): Promise<ActorOf<A>> {
  if (access === "public") return (await getOptionalUser(request)) as ActorOf<A>;
  if (access === "user") return (await requireUser(request)) as ActorOf<A>;
  if (access === "producer") return (await requireProducerWorkspace(request)) as ActorOf<A>;
  return (await requireRole(request, ...(access as { role: readonly Role[] }).role)) as ActorOf<A>;
}

/** A loader's start: who asks (refused as `access` says), the database and the reader's language. */
export async function enter<A extends Access>(args: RouteArgs, access: A): Promise<RouteCall<A>> {
  const { request, params } = args;
  const user = await actorFor(request, access);
  const [db, lang] = await Promise.all([getDb(), getLang(request)]);
  return {
    request,
    user,
    db,
    lang,
    query: readQuery(request),
    id: (name = "id") => requireIdParam(params[name]),
    slug: (name = "slug") => {
      const slug = parseSlug(params[name]);
      if (slug === null) throw notFound();
      return slug;
    },
    token: (name = "token") => {
      const token = params[name] ?? "";
      return token.length > 0 && token.length < 200 ? token : null;
    },
  };
}

/**
 * An action's start: a cross-site request is refused (403) before anything else, then who asks,
 * then the form is read and cleaned (a 400 names a bad field).
 */
export async function enterAction<A extends Access>(
  args: ActionFunctionArgs,
  access: A,
): Promise<ActionCall<A>> {
  const call = await enterWrite(args, access);
  const form = await readForm(args.request);
  const intent = form.get("intent");
  return { ...call, form, intent: typeof intent === "string" ? intent : "" };
}

/**
 * An action's start for a request whose body the route reads its own way (an upload with its
 * own size limit) or that carries no form at all (a bare button): a cross-site request is
 * refused (403), then who asks; the body is left unread.
 */
export async function enterWrite<A extends Access>(
  args: ActionFunctionArgs,
  access: A,
): Promise<RouteCall<A>> {
  assertSameOrigin(args.request);
  return enter(args, access);
}

/** A reply that is never cached, with its status (and headers of its own, e.g. a token page's). */
export function reply<T>(body: T, status = 200, headers?: Record<string, string>) {
  return data(body, { status, headers: headers ? { ...NO_STORE, ...headers } : NO_STORE });
}

/** Runs the handler of the form's intent; an intent the route does not know is a 400. */
export function byIntent<I extends string, R>(intent: string, handlers: Record<I, () => R>): R {
  if (Object.hasOwn(handlers, intent)) return handlers[intent as I]();
  throw data({ formError: "input.error.unknownIntent" satisfies MessageKey }, { status: 400 });
}
