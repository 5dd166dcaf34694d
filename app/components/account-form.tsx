import type { ReactNode } from "react";
import type { MessageKey, T } from "~/i18n";

/** The narrow card every account page sits in. */
export function AccountCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {intro && <p className="mt-2 text-stone-700">{intro}</p>}
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        {children}
      </div>
    </div>
  );
}

/** A labelled input with its hint and its error, both tied to it for screen readers. */
export function Field({
  t,
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  error,
  hint,
}: {
  t: T;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  defaultValue?: string;
  error?: MessageKey;
  hint?: string;
}) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-500" : "border-stone-300"}`}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  );
}

export function FormAlert({
  children,
  tone = "error",
}: {
  children: ReactNode;
  tone?: "error" | "info";
}) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`mb-4 rounded-lg border p-3 text-sm ${tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-brand-200 bg-brand-50 text-brand-800"}`}
    >
      {children}
    </p>
  );
}

export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button
      type="submit"
      className="min-h-12 w-full rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
    >
      {children}
    </button>
  );
}
