/** The producer's order parts as CSV, with the list's filters (see order/csv.server.ts). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/infra/db.server";
import { parseOrderFilter } from "~/domain/order/shipment-schema";
import { orderCsv } from "~/domain/order/csv.server";
import { listProducerOrderItemsForCsv } from "~/domain/order/shipments.server";
import { makeT } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { todayInVietnam } from "~/lib/dates";
import { requireProducerWorkspace } from "~/web/producer-access.server";
import { readQuery } from "~/web/request-input.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireProducerWorkspace(request);
  const lang = await getLang(request);
  const filter = parseOrderFilter(readQuery(request));
  const { items, truncated } = await listProducerOrderItemsForCsv(await getDb(), actor.producerId, {
    status: filter.status,
    from: filter.from,
    to: filter.to,
  });
  const name = `${makeT(lang)("pws.csv.filename")}-${todayInVietnam()}.csv`;
  return new Response(orderCsv(items, truncated, lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
