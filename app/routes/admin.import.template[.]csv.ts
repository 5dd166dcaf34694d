/**
 * The import template: the header row of a recognition decision's annex, in the reader's
 * language (`?lang=vi|en`; both are recognised on import), as CSV UTF-8 with a BOM so Excel
 * shows the Vietnamese headers correctly. No example rows: a forgotten example would be
 * imported as a product.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/web/auth.server";
import { templateHeader } from "~/domain/certificate/decision-import.server";
import { isLang, makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { toCsv } from "~/lib/csv";
import { readQuery } from "~/web/request-input.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "official");
  const asked = readQuery(request).get("lang");
  const lang = isLang(asked) ? asked : await getLang(request);
  const t = makeT(lang);
  return new Response(toCsv([templateHeader(lang)]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("acert.template.filename")}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
