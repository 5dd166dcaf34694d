/** The producer's order parts as CSV, with the list's filters (see order/csv.server.ts). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseOrderFilter } from "~/domain/order/shipment-schema";
import { orderCsv } from "~/domain/order/csv.server";
import { listProducerOrderItemsForCsv } from "~/domain/order/shipments.server";
import { makeT } from "~/i18n";
import { todayInVietnam } from "~/lib/dates";
import { enter, NO_STORE } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, query } = await enter(args, "producer");
  const filter = parseOrderFilter(query);
  const { items, truncated } = await listProducerOrderItemsForCsv(db, user.producerId, {
    status: filter.status,
    from: filter.from,
    to: filter.to,
  });
  const name = `${makeT(lang)("pws.csv.filename")}-${todayInVietnam()}.csv`;
  return new Response(orderCsv(items, truncated, lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      ...NO_STORE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
