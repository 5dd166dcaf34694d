/**
 * The import template: the header row of a recognition decision's annex, in the reader's
 * language (`?lang=vi|en`; both are recognised on import), as CSV UTF-8 with a BOM so Excel
 * shows the Vietnamese headers correctly. No example rows: a forgotten example would be
 * imported as a product.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { templateHeader } from "~/domain/certificate/decision-import.server";
import { isLang, makeT } from "~/i18n";
import { toCsv } from "~/lib/csv";
import { enter, NO_STORE } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const call = await enter(args, { role: ["official"] });
  const asked = call.query.get("lang");
  const lang = isLang(asked) ? asked : call.lang;
  const t = makeT(lang);
  return new Response(toCsv([templateHeader(lang)]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("acert.template.filename")}.csv"`,
      ...NO_STORE,
    },
  });
}
