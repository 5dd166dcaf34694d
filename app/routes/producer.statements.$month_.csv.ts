/** /producer/statements/:month/csv — one month's statement as CSV (see settlement/csv.server.ts). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { statementCsv } from "~/domain/settlement/csv.server";
import { producerStatement, statementProducerName } from "~/domain/settlement/statements.server";
import { makeT } from "~/i18n";
import { parsePeriod } from "~/lib/months";
import { enter, notFound, NO_STORE } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const period = parsePeriod(args.params.month);
  if (!period) throw notFound(NO_STORE);
  const [found, name] = await Promise.all([
    producerStatement(db, user.producerId, period),
    statementProducerName(db, user.producerId),
  ]);
  if (!found || name === null) throw notFound(NO_STORE);
  const file = `${makeT(lang)("settle.csv.filename")}-${period}.csv`;
  return new Response(statementCsv(name, found.statement, found.entries, lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      ...NO_STORE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
