/**
 * The certificates of the official's unit that expire within 30 days, as CSV for a
 * spreadsheet (UTF-8 with BOM, formula-safe cells): the list an issuer works through when it
 * warns producers ahead of the date. Same scope and `unit` filter as the page.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/web/auth.server";
import { getDb } from "~/infra/db.server";
import { listExpiringCertificates } from "~/domain/certificate/expiring.server";
import { makeT, pick } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { toCsv } from "~/lib/csv";
import { daysBetween, todayInVietnam } from "~/lib/dates";
import { readQuery } from "~/web/request-input.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "official");
  const query = readQuery(request);
  const today = todayInVietnam();
  const list = await listExpiringCertificates(await getDb(), user, today, {
    unit: query.get("unit"),
  });
  const lang = await getLang(request);
  const t = makeT(lang);
  const csv = toCsv([
    [
      t("acert.col.unit"),
      t("acert.col.product"),
      t("acert.col.producer"),
      t("acert.col.contact"),
      "Email",
      t("acert.col.stars"),
      t("acert.col.decision"),
      t("acert.field.decisionDate"),
      t("acert.col.validUntil"),
      t("acert.col.daysLeft"),
    ],
    ...list.items.map((c) => [
      list.unitLevel === "province" ? c.provinceName : c.communeName,
      pick(lang, c.productNameVi, c.productNameEn),
      c.producerName,
      c.producerPhone,
      c.producerEmail,
      c.stars,
      c.decisionNumber,
      c.decisionDate,
      c.validUntil,
      daysBetween(today, c.validUntil),
    ]),
  ]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("acert.csv.filename")}-${today}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
