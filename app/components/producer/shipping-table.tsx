/** The shipping fee table in force, as the producer's shipping page shows it (read-only). */
import type { ShippingRateTable } from "~/domain/order/shipping-rates";
import { SHIPPING_ZONES } from "~/domain/order/shipping-rates";
import { formatDate, formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { formatWeight } from "~/components/storefront/shipping-text";

export function ShippingRateTableView({ table }: { table: ShippingRateTable }) {
  const { t, lang } = useT();
  const cell = "border-t border-stone-200 px-3 py-2";
  return (
    <section
      aria-labelledby="shipping-table-heading"
      className="min-w-0 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="shipping-table-heading" className="text-lg font-bold">
        {t("pws.shipping.tableHeading")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {t("pws.shipping.tableSince", { date: formatDate(lang, table.effectiveFrom) })}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[28rem] text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("pws.shipping.weight")}
              </th>
              {SHIPPING_ZONES.map((z) => (
                <th key={z} scope="col" className="px-3 py-2 text-right font-semibold">
                  {t(`shipping.zone.${z}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.bands.map((b) => (
              <tr key={b.upToGrams}>
                <th scope="row" className={`${cell} font-medium`}>
                  {t("pws.shipping.upTo", { weight: formatWeight(lang, b.upToGrams) })}
                </th>
                {SHIPPING_ZONES.map((z) => (
                  <td key={z} className={`${cell} text-right`}>
                    {formatVnd(lang, b.feeVnd[z])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${cell} font-medium`}>
                {t("pws.shipping.perExtraKg")}
              </th>
              {SHIPPING_ZONES.map((z) => (
                <td key={z} className={`${cell} text-right`}>
                  +{formatVnd(lang, table.perExtraKgVnd[z])}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" className={`${cell} font-medium`}>
                {t("pws.shipping.estimate")}
              </th>
              {SHIPPING_ZONES.map((z) => (
                <td key={z} className={`${cell} text-right`}>
                  {t("pws.shipping.days", {
                    min: table.estimateDays[z].min,
                    max: table.estimateDays[z].max,
                  })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-sm text-stone-600">{t("pws.shipping.tableNote")}</p>
    </section>
  );
}
