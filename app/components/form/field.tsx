/**
 * The one set of form fields (account pages, the official and producer workspaces): a label,
 * the control, an optional hint and the field's error, tied together with aria-describedby /
 * aria-invalid so screen readers announce them. Errors arrive translated (see `errorText`), so
 * these pieces know nothing of messages. The house marks the optional fields ("(không bắt
 * buộc)"), not the required ones; `required` puts the attribute on the control.
 *
 *   <TextField name="phone" label={t("…")} type="tel" defaultValue={v.phone} error={err("phone")} />
 *   <SelectField name="legalForm" label={…} options={[{ value, label }]} placeholder={…} />
 *   <TextAreaField name="storyVi" label={…} rows={6} required />
 */
import type { ReactNode } from "react";
import type { MessageKey, T } from "~/i18n";

/** Field errors as the domain returns them (message keys), read as translated text. */
export function errorText(t: T, errors: Partial<Record<string, MessageKey>>) {
  return (name: string): string | undefined => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };
}

export const controlClass =
  "mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900";

function borderFor(error?: string) {
  return error ? "border-red-500" : "border-stone-300";
}

type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/** The label, hint and error around any control; `children` receives the ids to put on it. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown after the label, e.g. "(không bắt buộc)". */
  optional?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {optional && <span className="font-normal text-stone-500"> {optional}</span>}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type Common = {
  name: string;
  label: string;
  /** Defaults to `field-<name>`; set it when one page has two forms with the same names. */
  id?: string;
  hint?: string;
  error?: string;
  optional?: string;
  required?: boolean;
};

/** What the shell needs of a field: its id (by default `field-<name>`), label, hint, error. */
function shellOf(c: Common) {
  return {
    id: c.id ?? `field-${c.name}`,
    label: c.label,
    hint: c.hint,
    error: c.error,
    optional: c.optional,
  };
}

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  inputMode,
  maxLength,
  ...c
}: Common & {
  type?: "text" | "email" | "tel" | "url" | "password" | "search" | "date";
  defaultValue?: string | null;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "url" | "numeric" | "decimal";
  maxLength?: number;
}) {
  return (
    <FieldShell {...shellOf(c)}>
      {(aria) => (
        <input
          {...aria}
          name={c.name}
          type={type}
          defaultValue={defaultValue ?? undefined}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          required={c.required}
          className={`${controlClass} ${borderFor(c.error)}`}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  defaultValue,
  rows = 5,
  ...c
}: Common & { defaultValue?: string | null; rows?: number }) {
  return (
    <FieldShell {...shellOf(c)}>
      {(aria) => (
        <textarea
          {...aria}
          name={c.name}
          rows={rows}
          defaultValue={defaultValue ?? undefined}
          required={c.required}
          className={`${controlClass} py-2 ${borderFor(c.error)}`}
        />
      )}
    </FieldShell>
  );
}

export type SelectOption = { value: string; label: string };

export function SelectField({
  options,
  placeholder,
  defaultValue,
  ...c
}: Common & {
  options: readonly SelectOption[];
  /** A first, empty option ("Chọn…"); also the "all" choice of a filter. */
  placeholder?: string;
  defaultValue?: string | null;
}) {
  return (
    <FieldShell {...shellOf(c)}>
      {(aria) => (
        <select
          {...aria}
          // Remounts when the value changes after a submission without JavaScript's help.
          key={defaultValue ?? ""}
          name={c.name}
          defaultValue={defaultValue ?? ""}
          required={c.required}
          className={`${controlClass} ${borderFor(c.error)}`}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
