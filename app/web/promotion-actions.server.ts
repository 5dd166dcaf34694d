/**
 * The curation actions the fair and showroom pages of the workspace share: publish, unpublish,
 * and the catalogue's add / entry (code and featured flag) / up / down / remove. Each validates
 * the form, calls one domain function and answers a redirect (POST → redirect → GET, with a
 * `done` flash) or the message to show, with nothing written.
 */
import { redirect } from "@remix-run/node";
import type { SessionUser } from "~/web/auth.server";
import { entrySchema, productIdSchema, PROMOTION_PATHS } from "~/domain/promotion/schemas";
import {
  addEntry,
  moveEntry,
  removeEntry,
  setPublication,
  updateEntry,
  type PromoResult,
  type PromotionKind,
} from "~/domain/promotion/promotion.server";
import type { Db } from "../../db/client";
import type { MessageKey } from "~/i18n/index";
import { todayInVietnam } from "../lib/dates";
import { notFound, reply } from "./route.server";

export const CURATION_INTENTS = [
  "publish",
  "unpublish",
  "add",
  "entry",
  "up",
  "down",
  "remove",
] as const;
export type CurationIntent = (typeof CURATION_INTENTS)[number];

export function isCurationIntent(value: unknown): value is CurationIntent {
  return typeof value === "string" && (CURATION_INTENTS as readonly string[]).includes(value);
}

/**
 * What the page shows after a curation action that wrote nothing: a message on the booth or
 * shelf code the person typed (`errors.code`), or about the action as a whole (`message`),
 * beside the entry it was about (`productId`) or above the catalogue (null).
 */
export type EntryFailure = {
  form: "entry";
  productId: number | null;
  errors: { code?: MessageKey };
  message: MessageKey | null;
  values?: { code: string };
};

export function entryFailure(
  productId: number | null,
  message: { code: MessageKey } | { message: MessageKey },
  code?: string,
): EntryFailure {
  return {
    form: "entry",
    productId,
    errors: "code" in message ? { code: message.code } : {},
    message: "message" in message ? message.message : null,
    ...(code === undefined ? {} : { values: { code } }),
  };
}

/** The search the picker had, kept across an add so the results stay on screen. */
function pickerQuery(form: FormData): string {
  const q = form.get("q");
  return typeof q === "string" ? q.replace(/\s+/g, " ").trim().slice(0, 100) : "";
}

export async function curationAction(
  db: Db,
  user: SessionUser,
  kind: PromotionKind,
  id: number,
  intent: CurationIntent,
  form: FormData,
) {
  const here = `${PROMOTION_PATHS[kind].admin}/${id}`;
  const fail = (productId: number | null, message: MessageKey, status = 400) =>
    reply(entryFailure(productId, { message }), status);
  const done = (flash: string, anchor = "", q = "") =>
    redirect(`${here}?${new URLSearchParams({ done: flash, ...(q ? { q } : {}) })}${anchor}`, 303);
  /** The domain's answer: not found is a 404; a refused entry is shown beside it. */
  const settle = (result: PromoResult, productId: number | null, then: () => Response) => {
    if (result.ok) return then();
    if (result.notFound) throw notFound();
    const key = Object.values(result.fieldErrors)[0] ?? "promo.admin.error.intent";
    return fail(productId, key, 422);
  };

  if (intent === "publish" || intent === "unpublish") {
    const status = intent === "publish" ? "published" : "draft";
    const result = await setPublication(db, user, kind, id, status);
    return settle(result, null, () => done(intent === "publish" ? "published" : "unpublished"));
  }

  const productId = productIdSchema.safeParse(form.get("productId"));
  if (!productId.success) return fail(null, "promo.admin.error.product");

  if (intent === "add") {
    const q = pickerQuery(form);
    const result = await addEntry(db, user, kind, id, productId.data, todayInVietnam());
    return settle(result, null, () => done("added", "#picker", q));
  }
  if (intent === "entry") {
    const rawCode = form.get("code");
    const code = typeof rawCode === "string" ? rawCode : "";
    const parsed = entrySchema.safeParse({
      productId: productId.data,
      code,
      featured: form.get("featured") ?? undefined,
    });
    if (!parsed.success) {
      // The product id was checked above: what is wrong is the code the person typed.
      return reply(
        entryFailure(productId.data, { code: "promo.admin.error.code" }, code.slice(0, 100)),
        400,
      );
    }
    const result = await updateEntry(db, user, kind, id, parsed.data);
    return settle(result, productId.data, () => done("entrySaved", `#entry-${productId.data}`));
  }
  if (intent === "up" || intent === "down") {
    const result = await moveEntry(db, user, kind, id, productId.data, intent);
    return settle(result, productId.data, () => done("moved", `#entry-${productId.data}`));
  }
  const result = await removeEntry(db, user, kind, id, productId.data);
  return settle(result, productId.data, () => done("removed", "#catalogue"));
}

/** The success message for a `done` flash in the URL. */
export const DONE_FLASHES: Record<string, MessageKey> = {
  created: "promo.admin.created",
  saved: "promo.admin.saved",
  published: "promo.admin.published",
  unpublished: "promo.admin.unpublished",
  added: "promo.admin.added",
  entrySaved: "promo.admin.entrySaved",
  moved: "promo.admin.moved",
  removed: "promo.admin.removed",
};
