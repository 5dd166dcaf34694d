/**
 * The official product page's certificate actions: a new decision (in effect at once, or
 * prepared by a commune official for the province), a revocation by decision (or its
 * preparation), and the province's confirmation or return of a prepared entry. Each validates
 * the form, calls one domain function and answers a redirect with a `saved` flash, or the form's
 * values and messages with nothing written: 400 for bad input, 403 when the level may not do it.
 */
import { redirect } from "@remix-run/node";
import type { SessionUser } from "~/web/auth.server";
import type { Db } from "../../db/client";
import { fieldErrors, formFields } from "~/domain/account/schemas";
import { loadDecisionContext } from "~/domain/certificate/commands.server";
import {
  confirmEntry,
  loadRevocationContext,
  prepareRevocation,
  recordDecisionEntry,
  returnEntry,
  revokeWithDecision,
  type EntryFailure,
} from "~/domain/certificate/entries.server";
import {
  DECISION_FIELDS,
  newDecisionSchema,
  returnEntrySchema,
  REVOCATION_FIELDS,
  revocationSchema,
} from "~/domain/certificate/schemas";
import { parseId } from "~/lib/params";
import { type ProductActionData, type ProductSaved } from "~/domain/certificate/entry-saved";
import { todayInVietnam } from "../lib/dates";
import { notFound, reply } from "./route.server";

type Call = { db: Db; user: SessionUser; form: FormData; productId: number };

const back = (productId: number, saved: ProductSaved) =>
  redirect(`/admin/products/${productId}?saved=${saved}`, 303);

/** A failure as the page shows it: 404, 403 with the refusal on the form, or 400 with field errors. */
function failed(
  f: EntryFailure,
  form: ProductActionData["form"],
  values: Record<string, string>,
  entryId?: number,
) {
  if (f.kind === "notFound") throw notFound();
  if (f.kind === "refused")
    return reply<ProductActionData>({ form, values, errors: { form: f.message }, entryId }, 403);
  return reply<ProductActionData>({ form, values, errors: f.errors, entryId }, 400);
}

export async function decisionAction({ db, user, form, productId }: Call) {
  const raw = formFields(form, DECISION_FIELDS);
  const values = Object.fromEntries(DECISION_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const parsed = newDecisionSchema(await loadDecisionContext(db, todayInVietnam())).safeParse(raw);
  if (!parsed.success)
    return reply<ProductActionData>(
      { form: "decision", values, errors: fieldErrors(parsed.error) },
      400,
    );
  const result = await recordDecisionEntry(db, user, productId, parsed.data);
  if (!result.ok) return failed(result, "decision", values);
  return back(productId, result.prepared ? "prepared" : result.kind);
}

/** `prepare`: a commune official's revocation for the province; otherwise revoked at once. */
export async function revokeAction({ db, user, form, productId }: Call, prepare: boolean) {
  const raw = formFields(form, REVOCATION_FIELDS);
  const values = Object.fromEntries(REVOCATION_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const parsed = revocationSchema(await loadRevocationContext(db, todayInVietnam())).safeParse(raw);
  if (!parsed.success)
    return reply<ProductActionData>(
      { form: "revoke", values, errors: fieldErrors(parsed.error) },
      400,
    );
  const result = prepare
    ? await prepareRevocation(db, user, productId, parsed.data)
    : await revokeWithDecision(db, user, productId, parsed.data);
  if (!result.ok) return failed(result, "revoke", values);
  return back(productId, prepare ? "prepared" : "revoked");
}

export async function entryAction({ db, user, form, productId }: Call, confirm: boolean) {
  const entryId = parseId(String(form.get("entryId") ?? ""));
  if (entryId === null) throw notFound();
  if (confirm) {
    const result = await confirmEntry(db, user, productId, entryId);
    if (!result.ok) return failed(result, "entry", {}, entryId);
    return back(productId, "confirmed");
  }
  const raw = formFields(form, ["returnReason"]);
  const values = { returnReason: raw.returnReason ?? "" };
  const parsed = returnEntrySchema.safeParse(raw);
  if (!parsed.success)
    return reply<ProductActionData>(
      { form: "entry", values, errors: fieldErrors(parsed.error), entryId },
      400,
    );
  const result = await returnEntry(db, user, productId, entryId, parsed.data.returnReason);
  if (!result.ok) return failed(result, "entry", values, entryId);
  return back(productId, "returned");
}
