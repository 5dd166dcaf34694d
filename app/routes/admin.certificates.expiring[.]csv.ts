/**
 * The certificates of the official's unit that expire within 30 days, as CSV for a
 * spreadsheet: the list an issuer works through when it warns producers ahead of the date.
 * Same scope and `unit` filter as the page.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { expiringCertificatesCsv } from "~/domain/certificate/expiring-csv";
import { listExpiringCertificates } from "~/domain/certificate/expiring.server";
import { makeT } from "~/i18n";
import { todayInVietnam } from "~/lib/dates";
import { enter, NO_STORE } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, { role: ["official"] });
  const today = todayInVietnam();
  const list = await listExpiringCertificates(db, user, today, { unit: query.get("unit") });
  const t = makeT(lang);
  return new Response(expiringCertificatesCsv(t, lang, list, today), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("acert.csv.filename")}-${today}.csv"`,
      ...NO_STORE,
    },
  });
}
