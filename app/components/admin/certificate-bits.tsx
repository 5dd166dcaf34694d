/**
 * Small pieces the certified-product pages of the official workspace share: the badge of a
 * certificate's state, the labels of statuses and issuing levels, and the form fields of a
 * decision (used by onboarding and by renewal).
 */
import { SelectField, TextField } from "~/components/form/field";
import { StatusBadge, type BadgeTone } from "~/components/workspace/status-badge";
import type { FieldErrors } from "~/domain/account/schemas";
import { EARLIEST_DECISION_DATE, ISSUING_LEVEL_VALUES } from "~/domain/certificate/schemas";
import type { MessageKey, T } from "~/i18n";

export type CertStateName = "valid" | "expiring" | "expired" | "revoked" | "none";

const STATE_TONE: Record<CertStateName, BadgeTone> = {
  valid: "green",
  expiring: "amber",
  expired: "red",
  revoked: "red",
  none: "stone",
};

export function certStateLabel(t: T, state: CertStateName): string {
  return t(`acert.state.${state}`);
}

export function CertStateBadge({ t, state }: { t: T; state: CertStateName }) {
  return <StatusBadge tone={STATE_TONE[state]}>{certStateLabel(t, state)}</StatusBadge>;
}

export function certStatusLabel(t: T, status: "active" | "superseded" | "revoked"): string {
  return t(`acert.status.${status}`);
}

export function levelLabel(t: T, level: "ministry" | "province" | "district"): string {
  return t(`acert.level.${level}`);
}

export type LegalBasisChoice = {
  code: string;
  nameVi: string;
  nameEn: string;
  effectiveFrom: string;
};

/**
 * Score, stars, decision number and date, issuing body and level, legal basis. `idPrefix`
 * keeps ids unique when a page holds two such forms.
 */
export function DecisionFields({
  t,
  lang,
  values,
  errors,
  bases,
  today,
  idPrefix = "",
}: {
  t: T;
  lang: "vi" | "en";
  values: Record<string, string>;
  errors: FieldErrors;
  bases: readonly LegalBasisChoice[];
  today: string;
  idPrefix?: string;
}) {
  const err = (name: string) => {
    const key: MessageKey | undefined = errors[name];
    return key ? t(key) : undefined;
  };
  const id = (name: string) => (idPrefix ? `${idPrefix}-${name}` : undefined);
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id={id("score")}
          name="score"
          label={t("acert.field.score")}
          hint={t("acert.field.scoreHint")}
          inputMode="numeric"
          maxLength={3}
          defaultValue={values.score}
          error={err("score")}
        />
        <SelectField
          id={id("stars")}
          name="stars"
          label={t("acert.field.stars")}
          hint={t("acert.field.starsHint")}
          placeholder={t("acert.field.starsFromScore")}
          options={[5, 4, 3, 2, 1].map((s) => ({
            value: String(s),
            label: t("acert.stars.value", { stars: s }),
          }))}
          defaultValue={values.stars}
          error={err("stars")}
        />
        <TextField
          id={id("decisionNumber")}
          name="decisionNumber"
          label={t("acert.field.decisionNumber")}
          hint={`${t("acert.field.decisionNumberHint")} ${t("acert.field.evaluationNumberHint")}`}
          defaultValue={values.decisionNumber}
          error={err("decisionNumber")}
          maxLength={60}
          autoComplete="off"
        />
        <DateField
          id={id("decisionDate") ?? "field-decisionDate"}
          label={t("acert.field.decisionDate")}
          value={values.decisionDate}
          max={today}
          error={err("decisionDate")}
        />
        <TextField
          id={id("issuingBody")}
          name="issuingBody"
          label={t("acert.field.issuingBody")}
          hint={t("acert.field.issuingBodyHint")}
          defaultValue={values.issuingBody}
          error={err("issuingBody")}
          maxLength={200}
          required
        />
        <SelectField
          id={id("issuingLevel")}
          name="issuingLevel"
          label={t("acert.field.issuingLevel")}
          placeholder={t("acert.field.issuingLevelPlaceholder")}
          options={ISSUING_LEVEL_VALUES.map((l) => ({ value: l, label: levelLabel(t, l) }))}
          defaultValue={values.issuingLevel}
          error={err("issuingLevel")}
          required
        />
      </div>
      <NotAchievedField
        id={id("notAchieved") ?? "field-notAchieved"}
        t={t}
        checked={values.notAchieved === "on"}
        error={err("notAchieved")}
      />
      <SelectField
        id={id("legalBasisCode")}
        name="legalBasisCode"
        label={t("acert.field.legalBasis")}
        hint={t("acert.field.legalBasisHint")}
        placeholder={t("acert.field.legalBasisAuto")}
        options={[...bases].reverse().map((b) => ({
          value: b.code,
          label: lang === "en" ? b.nameEn : b.nameVi,
        }))}
        defaultValue={values.legalBasisCode}
        error={err("legalBasisCode")}
      />
      <p className="mb-4 rounded-lg bg-stone-50 p-3 text-sm text-stone-700">
        {t("acert.field.validityNote")}
      </p>
    </>
  );
}

/** "Not achieved": a mandatory criterion failed, whatever the score (an evaluation result). */
function NotAchievedField({
  id,
  t,
  checked,
  error,
}: {
  id: string;
  t: T;
  checked: boolean;
  error: string | undefined;
}) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="flex min-h-12 items-start gap-3 text-sm text-stone-800">
        <input
          id={id}
          name="notAchieved"
          type="checkbox"
          defaultChecked={checked}
          aria-describedby={`${id}-hint`}
          className="mt-1 size-5 shrink-0 rounded border-stone-400"
        />
        <span>
          <span className="font-medium">{t("acert.field.notAchieved")}</span>
          <span id={`${id}-hint`} className="block text-stone-600">
            {t("acert.field.notAchievedHint")}
          </span>
        </span>
      </label>
      {error && <p className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}

/** A date input (the workspace TextField has no min/max); sends YYYY-MM-DD. */
function DateField({
  id,
  label,
  value,
  max,
  error,
}: {
  id: string;
  label: string;
  value: string | undefined;
  max: string;
  error: string | undefined;
}) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name="decisionDate"
        type="date"
        min={EARLIEST_DECISION_DATE}
        max={max}
        defaultValue={value}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900 ${error ? "border-red-500" : "border-stone-300"}`}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The rules an official must know when recording a decision, in a short box. */
export function IssuerRules({ t }: { t: T }) {
  return (
    <aside className="mb-5 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{t("acert.rules.title")}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>{t("acert.rules.five")}</li>
        <li>{t("acert.rules.province")}</li>
        <li>{t("ocop.potentialFiveNote")}</li>
        <li>{t("acert.rules.district")}</li>
        <li>{t("acert.new.lowStarsNote")}</li>
      </ul>
    </aside>
  );
}
