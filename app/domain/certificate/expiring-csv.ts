/**
 * The expiring-certificates list as CSV for a spreadsheet (UTF-8 with BOM, formula-safe
 * cells, see lib/csv): the list an issuer works through when it warns producers ahead of the
 * date. The columns follow the page's table.
 */
import { pick, type Lang, type T } from "~/i18n";
import { toCsv } from "~/lib/csv";
import { daysBetween } from "~/lib/dates";
import type { listExpiringCertificates } from "./expiring.server";

type ExpiringList = Awaited<ReturnType<typeof listExpiringCertificates>>;

export function expiringCertificatesCsv(t: T, lang: Lang, list: ExpiringList, today: string) {
  return toCsv([
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
      t("acert.notice.csvEmail30"),
      t("acert.notice.csvEmail7"),
      t("acert.notice.csvRecipients"),
      t("acert.notice.csvLetter"),
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
      // Vietnam time, "YYYY-MM-DD HH:MI"; empty when not sent.
      c.notice30At ?? "",
      c.notice7At ?? "",
      Math.max(c.notice30Recipients ?? 0, c.notice7Recipients ?? 0),
      c.letterPostedAt ?? "",
    ]),
  ]);
}
