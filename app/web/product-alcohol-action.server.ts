/**
 * The official product page's alcohol strength form: validates the one field, sets it (scoped
 * and audited by the domain) and answers a redirect with a `saved` flash, or the value and its
 * message with nothing written.
 */
import { redirect } from "@remix-run/node";
import type { SessionUser } from "~/web/auth.server";
import type { Db } from "../../db/client";
import { fieldErrors, formFields } from "~/domain/account/schemas";
import type { ProductActionData } from "~/domain/certificate/entry-saved";
import { alcoholSchema } from "~/domain/product/alcohol";
import { setProductAlcoholPercent } from "~/domain/product/alcohol-commands.server";
import { notFound, reply } from "./route.server";

export async function alcoholAction(c: {
  db: Db;
  user: SessionUser;
  form: FormData;
  productId: number;
}) {
  const values = { alcoholPercent: formFields(c.form, ["alcoholPercent"]).alcoholPercent ?? "" };
  const parsed = alcoholSchema.safeParse(values);
  if (!parsed.success)
    return reply<ProductActionData>(
      { form: "alcohol", values, errors: fieldErrors(parsed.error) },
      400,
    );
  const result = await setProductAlcoholPercent(
    c.db,
    c.user,
    c.productId,
    parsed.data.alcoholPercent,
  );
  if (!result.ok) throw notFound();
  return redirect(`/admin/products/${c.productId}?saved=alcohol`, 303);
}
