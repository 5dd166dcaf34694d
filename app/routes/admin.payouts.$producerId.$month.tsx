/**
 * /admin/payouts/:producerId/:month — one producer's statement for one month, and the form
 * that records its payout (date, bank reference, the exact amount owed), which closes it.
 * Administrators only; audited (settlement/payouts.server.ts).
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { errorText, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { SubmitButton } from "~/components/form/submit-button";
import { StatementView, statementLinks } from "~/components/settlement/statement-view";
import { PageHeader } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { vietnamDateTime } from "~/domain/audit/labels";
import { periodLabel } from "~/domain/settlement/labels";
import { recordPayout } from "~/domain/settlement/payouts.server";
import { PAYOUT_FIELDS, payoutFormSchema } from "~/domain/settlement/schemas";
import { producerStatement, statementProducerName } from "~/domain/settlement/statements.server";
import { formatVnd, makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { todayInVietnam } from "~/lib/dates";
import { parsePeriod } from "~/lib/months";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, enterAction, notFound, reply } from "~/web/route.server";

export const links = statementLinks;

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang, id, query } = await enter(args, { role: ["administrator"] });
  const producerId = id("producerId");
  const period = parsePeriod(args.params.month);
  if (!period) throw notFound();
  const [found, name] = await Promise.all([
    producerStatement(db, producerId, period),
    statementProducerName(db, producerId),
  ]);
  if (!found || name === null) throw notFound();
  const t = makeT(lang);
  return reply({
    producerName: name,
    statement: found.statement,
    entries: found.entries.map((e) => ({ ...e, when: vietnamDateTime(lang, e.occurredAt) })),
    recorded: query.get("paid") === "1",
    today: todayInVietnam(),
    meta: {
      title: `${t("settle.payout.title", { month: periodLabel(lang, period), name })} · ${t("admin.workspace")}`,
    },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  values: Record<string, string>;
  errors: FieldErrors;
  formError: MessageKey | null;
  params?: Record<string, string>;
};

export async function action(args: ActionFunctionArgs) {
  const { user, db, form, id } = await enterAction(args, { role: ["administrator"] });
  const producerId = id("producerId");
  const period = parsePeriod(args.params.month);
  if (!period) throw notFound();
  const raw = formFields(form, PAYOUT_FIELDS);
  const values = Object.fromEntries(PAYOUT_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const answer = (data: Omit<ActionData, "values">, status: number) =>
    reply<ActionData>({ values, ...data }, status);
  const parsed = payoutFormSchema.safeParse(raw);
  if (!parsed.success) return answer({ errors: fieldErrors(parsed.error), formError: null }, 400);
  const result = await recordPayout(db, user, { producerId, period }, parsed.data);
  if (result.ok) return redirect(`/admin/payouts/${producerId}/${period}?paid=1`, 303);
  if ("notFound" in result) throw notFound();
  if ("fieldErrors" in result) return answer({ errors: result.fieldErrors, formError: null }, 400);
  return answer({ errors: {}, formError: result.formError, params: result.params }, 409);
}

export default function AdminPayout() {
  const { t, lang } = useT();
  const { producerName, statement, entries, recorded, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = errorText(t, actionData?.errors ?? {});
  const values = actionData?.values ?? {};
  const formError = actionData?.formError;
  return (
    <>
      <div data-print-hidden>
        <PageHeader
          title={t("settle.payout.title", {
            month: periodLabel(lang, statement.period),
            name: producerName,
          })}
          back={{ to: "/admin/payouts", label: t("settle.payout.back") }}
        />
        {recorded && <FormAlert tone="info">{t("settle.payout.recorded")}</FormAlert>}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
        <StatementView producerName={producerName} statement={statement} entries={entries} />
        <section
          data-print-hidden
          aria-labelledby="payout-heading"
          className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5"
        >
          <h2 id="payout-heading" className="mb-3 text-lg font-semibold text-stone-900">
            {t("settle.payout.formTitle")}
          </h2>
          {formError && <FormAlert>{t(formError, actionData?.params ?? {})}</FormAlert>}
          {statement.state !== "due" ? (
            <p className="text-stone-700">{t("settle.payout.notDue")}</p>
          ) : (
            <Form method="post" className="grid gap-4">
              <TextField
                name="paidOn"
                type="date"
                label={t("settle.payout.paidOn")}
                defaultValue={values.paidOn ?? today}
                error={errors("paidOn")}
                required
              />
              <TextField
                name="bankReference"
                label={t("settle.payout.bankReference")}
                hint={t("settle.payout.bankReferenceHint")}
                defaultValue={values.bankReference}
                error={errors("bankReference")}
                maxLength={64}
                required
              />
              <TextField
                name="amountVnd"
                label={t("settle.payout.amount")}
                hint={t("settle.payout.amountHint", { amount: formatVnd(lang, statement.owedVnd) })}
                defaultValue={values.amountVnd}
                error={errors("amountVnd")}
                inputMode="numeric"
                required
              />
              <SubmitButton intent="payout" pendingLabel={t("settle.payout.pending")}>
                {t("settle.payout.submit")}
              </SubmitButton>
            </Form>
          )}
        </section>
      </div>
    </>
  );
}
