/** /producer/statements/:month — one month's statement, printable, with its CSV. */
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StatementView, statementLinks } from "~/components/settlement/statement-view";
import { PageHeader, secondaryButtonClass } from "~/components/workspace/page-header";
import { vietnamDateTime } from "~/domain/audit/labels";
import { periodLabel } from "~/domain/settlement/labels";
import { producerStatement, statementProducerName } from "~/domain/settlement/statements.server";
import { makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { parsePeriod } from "~/lib/months";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, notFound, reply } from "~/web/route.server";

export const links = statementLinks;

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const period = parsePeriod(args.params.month);
  if (!period) throw notFound();
  const [found, name] = await Promise.all([
    producerStatement(db, user.producerId, period),
    statementProducerName(db, user.producerId),
  ]);
  if (!found || name === null) throw notFound();
  const t = makeT(lang);
  return reply({
    producerName: name,
    statement: found.statement,
    entries: found.entries.map((e) => ({ ...e, when: vietnamDateTime(lang, e.occurredAt) })),
    meta: {
      title: t("pws.meta.title", {
        page: t("settle.statement.title", { month: periodLabel(lang, period) }),
      }),
    },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function ProducerStatement() {
  const { t } = useT();
  const { producerName, statement, entries } = useLoaderData<typeof loader>();
  return (
    <>
      <div data-print-hidden>
        <PageHeader
          title={t("settle.statements.title")}
          back={{ to: "/producer/statements", label: t("settle.statement.back") }}
        />
      </div>
      <StatementView
        producerName={producerName}
        statement={statement}
        entries={entries}
        forProducer
        actions={
          <>
            <button type="button" onClick={() => window.print()} className={secondaryButtonClass}>
              {t("settle.statement.print")}
            </button>
            <a
              href={`/producer/statements/${statement.period}/csv`}
              className={secondaryButtonClass}
              download
            >
              {t("settle.statement.csv")}
            </a>
          </>
        }
      />
    </>
  );
}
