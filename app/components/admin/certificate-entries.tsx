/**
 * Revocation by decision and who records what, on the official's product page: the revocation
 * form (revoke at once, or prepare for the province), and the product's entries with who
 * prepared, recorded, confirmed or returned each, and when; prepared ones carry the province's
 * confirm and return forms. The list page of entries awaiting the province reuses EntryLine.
 */
import { Form, Link } from "@remix-run/react";
import { levelLabel } from "~/components/admin/certificate-bits";
import { FieldShell, SelectField, TextAreaField, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import {
  dangerButtonClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { ISSUING_LEVEL_VALUES } from "~/domain/certificate/schemas";
import type { MessageKey } from "~/i18n/index";
import { formatDate, pick, type Lang, type T } from "~/i18n";

export type GroundChoice = {
  legalBasisCode: string;
  code: string;
  nameVi: string;
  nameEn: string;
};

export type RevokeMode = "revoke" | "prepare" | "ministryOnly";

export function RevokeByDecisionForm({
  t,
  lang,
  mode,
  grounds,
  bases,
  values,
  errors,
  today,
}: {
  t: T;
  lang: Lang;
  mode: RevokeMode;
  grounds: readonly GroundChoice[];
  bases: readonly { code: string; nameVi: string; nameEn: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  today: string;
}) {
  const err = (name: string) => {
    const key: MessageKey | undefined = errors[name];
    return key ? t(key) : undefined;
  };
  const byBasis = bases
    .map((b) => ({ basis: b, grounds: grounds.filter((g) => g.legalBasisCode === b.code) }))
    .filter((b) => b.grounds.length > 0)
    .reverse();
  return (
    <section
      aria-labelledby="revoke"
      className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="revoke" className="text-lg font-bold text-red-900">
        {t("revoke.title")}
      </h2>
      {mode === "ministryOnly" ? (
        <p className="mt-1 text-sm text-stone-700">{t("revoke.ministryOnly")}</p>
      ) : (
        <>
          <p className="mb-4 mt-1 text-sm text-stone-700">
            {t(mode === "prepare" ? "revoke.leadPrepare" : "revoke.lead")}
          </p>
          {errors.form && <FormAlert tone="error">{t(errors.form)}</FormAlert>}
          <Form method="post" noValidate>
            <input
              type="hidden"
              name="intent"
              value={mode === "prepare" ? "prepareRevocation" : "revoke"}
            />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <TextField
                id="revoke-decisionNumber"
                name="decisionNumber"
                label={t("revoke.decisionNumber")}
                hint={t("revoke.decisionNumberHint")}
                defaultValue={values.decisionNumber}
                error={err("decisionNumber")}
                maxLength={60}
                autoComplete="off"
                required
              />
              <FieldShell
                id="revoke-decisionDate"
                label={t("revoke.decisionDate")}
                error={err("decisionDate")}
              >
                {(aria) => (
                  <input
                    {...aria}
                    name="decisionDate"
                    type="date"
                    max={today}
                    defaultValue={values.decisionDate}
                    required
                    className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900 ${err("decisionDate") ? "border-red-500" : "border-stone-300"}`}
                  />
                )}
              </FieldShell>
              <TextField
                id="revoke-issuingBody"
                name="issuingBody"
                label={t("revoke.issuingBody")}
                hint={t("revoke.issuingBodyHint")}
                defaultValue={values.issuingBody}
                error={err("issuingBody")}
                maxLength={200}
                required
              />
              <SelectField
                id="revoke-issuingLevel"
                name="issuingLevel"
                label={t("revoke.issuingLevel")}
                placeholder={t("acert.field.issuingLevelPlaceholder")}
                options={ISSUING_LEVEL_VALUES.map((l) => ({ value: l, label: levelLabel(t, l) }))}
                defaultValue={values.issuingLevel}
                error={err("issuingLevel")}
                required
              />
            </div>
            <FieldShell
              id="revoke-groundCode"
              label={t("revoke.ground")}
              hint={t("revoke.groundHint")}
              error={err("groundCode")}
            >
              {(aria) => (
                <select
                  {...aria}
                  key={values.groundCode ?? ""}
                  name="groundCode"
                  defaultValue={values.groundCode ?? ""}
                  required
                  className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900 ${err("groundCode") ? "border-red-500" : "border-stone-300"}`}
                >
                  <option value="">{t("revoke.error.ground")}</option>
                  {byBasis.map(({ basis, grounds: list }) => (
                    <optgroup
                      key={basis.code}
                      label={t("revoke.groundBasis", { basis: basis.code })}
                    >
                      {list.map((g) => (
                        <option key={`${g.legalBasisCode}/${g.code}`} value={g.code}>
                          {pick(lang, g.nameVi, g.nameEn)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </FieldShell>
            <TextAreaField
              id="revoke-note"
              name="note"
              label={t("revoke.note")}
              defaultValue={values.note}
              error={err("note")}
              rows={2}
            />
            <button
              type="submit"
              className={`${mode === "prepare" ? primaryButtonClass : dangerButtonClass} w-full sm:w-auto`}
            >
              {t(mode === "prepare" ? "revoke.prepareSubmit" : "revoke.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

export type EntryView = {
  id: number;
  productId: number;
  kind: "decision" | "revocation";
  status: "prepared" | "confirmed" | "returned";
  direct: boolean;
  decision: unknown;
  revokeDecisionNumber: string | null;
  revokeDecisionDate: string | null;
  revokeIssuingBody: string | null;
  revokeNote: string | null;
  groundNameVi: string | null;
  groundNameEn: string | null;
  preparedByName: string;
  preparedAt: string | Date;
  decidedByName: string | null;
  decidedAt: string | Date | null;
  returnReason: string | null;
};

/** Date and time in Vietnam, the same on the server and in the browser. */
function when(lang: Lang, at: string | Date): string {
  const d = new Date(at);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(d);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
  return `${formatDate(lang, day)} ${time}`;
}

const STATUS_STYLE: Record<EntryView["status"], string> = {
  prepared: "bg-amber-100 text-amber-900 ring-amber-300",
  confirmed: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  returned: "bg-stone-200 text-stone-900 ring-stone-400",
};

/** One entry: what it is, where it stands, who did which and when. */
export function EntryLine({ t, lang, e }: { t: T; lang: Lang; e: EntryView }) {
  const d = (e.decision ?? {}) as {
    stars?: number;
    decisionNumber?: string;
    decisionDate?: string;
  };
  const summary =
    e.kind === "decision"
      ? t("entries.decisionSummary", {
          stars: d.stars ?? "?",
          number: d.decisionNumber ?? "",
          date: d.decisionDate ? formatDate(lang, d.decisionDate) : "",
        })
      : t("entries.revocationSummary", {
          number: e.revokeDecisionNumber ?? "",
          date: e.revokeDecisionDate ? formatDate(lang, e.revokeDecisionDate) : "",
          ground: pick(lang, e.groundNameVi ?? "", e.groundNameEn),
        });
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t(`entries.kind.${e.kind}`)}</span>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-bold ring-1 ${STATUS_STYLE[e.status]}`}
        >
          {t(`entries.status.${e.status}`)}
        </span>
      </p>
      <p className="mt-1 break-words text-sm text-stone-800">{summary}</p>
      {e.kind === "revocation" && e.revokeIssuingBody && (
        <p className="text-sm text-stone-700">
          {t("revoke.record.body")}: {e.revokeIssuingBody}
          {e.revokeNote ? ` · ${e.revokeNote}` : ""}
        </p>
      )}
      <ul className="mt-1 text-sm text-stone-600">
        {e.direct ? (
          <>
            <li>
              {t("entries.recordedBy", { name: e.preparedByName, time: when(lang, e.preparedAt) })}
            </li>
            <li>{t("entries.direct")}</li>
          </>
        ) : (
          <li>
            {t("entries.preparedBy", { name: e.preparedByName, time: when(lang, e.preparedAt) })}
          </li>
        )}
        {!e.direct && e.status === "confirmed" && e.decidedByName && e.decidedAt && (
          <li>
            {t("entries.confirmedBy", { name: e.decidedByName, time: when(lang, e.decidedAt) })}
          </li>
        )}
        {e.status === "returned" && e.decidedByName && e.decidedAt && (
          <>
            <li>
              {t("entries.returnedBy", { name: e.decidedByName, time: when(lang, e.decidedAt) })}
            </li>
            <li className="font-medium text-stone-900">
              {t("entries.returnReasonShown", { reason: e.returnReason ?? "" })}
            </li>
          </>
        )}
      </ul>
    </div>
  );
}

/** The province's answer to a prepared entry: confirm, or return with a reason. */
export function DecideEntryForms({
  t,
  entryId,
  reason,
  errors,
}: {
  t: T;
  entryId: number;
  reason: string;
  errors: FieldErrors;
}) {
  return (
    <div className="mt-3 space-y-3">
      {errors.form && <FormAlert tone="error">{t(errors.form)}</FormAlert>}
      {errors.entry && <FormAlert tone="error">{t(errors.entry)}</FormAlert>}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="confirmEntry" />
        <input type="hidden" name="entryId" value={entryId} />
        <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
          {t("entries.confirm")}
        </button>
      </Form>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="returnEntry" />
        <input type="hidden" name="entryId" value={entryId} />
        <TextAreaField
          id={`return-${entryId}`}
          name="returnReason"
          label={t("entries.returnReason")}
          defaultValue={reason}
          error={errors.returnReason ? t(errors.returnReason) : undefined}
          rows={2}
          required
        />
        <button type="submit" className={`${secondaryButtonClass} w-full sm:w-auto`}>
          {t("entries.return")}
        </button>
      </Form>
    </div>
  );
}

export function EntriesPanel({
  t,
  lang,
  entries,
  canDecide,
  decideFor,
}: {
  t: T;
  lang: Lang;
  entries: readonly EntryView[];
  canDecide: boolean;
  /** The failed answer to an entry (its id, the reason typed, the messages). */
  decideFor: { entryId?: number; values: Record<string, string>; errors: FieldErrors } | null;
}) {
  return (
    <section
      aria-labelledby="entries"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="entries" className="mb-3 text-lg font-bold">
        {t("entries.section")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-stone-700">{t("entries.sectionEmpty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {entries.map((e) => (
            <li key={e.id} className="py-3" id={`entry-${e.id}`}>
              <EntryLine t={t} lang={lang} e={e} />
              {canDecide && e.status === "prepared" && (
                <DecideEntryForms
                  t={t}
                  entryId={e.id}
                  reason={decideFor?.entryId === e.id ? (decideFor.values.returnReason ?? "") : ""}
                  errors={decideFor?.entryId === e.id ? decideFor.errors : {}}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function EntryProductLink({ t, productId }: { t: T; productId: number }) {
  return (
    <Link
      to={`/admin/products/${productId}`}
      className="text-sm font-semibold text-brand-700 underline"
    >
      {t("entries.open")}
    </Link>
  );
}
