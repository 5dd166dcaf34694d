import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";

export const submitButtonClass =
  "min-h-12 w-full rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700";

/**
 * A form's main button. While its own submission is on the way (with JavaScript) it is
 * disabled and may say so (`pendingLabel`), so a second press sends nothing twice. Without
 * JavaScript it is a plain submit button.
 */
export function SubmitButton({
  children,
  pendingLabel,
  intent,
  className = submitButtonClass,
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  /** Sent as the form's `intent`; the pending state then follows this button only. */
  intent?: string;
  className?: string;
}) {
  const navigation = useNavigation();
  const pending =
    navigation.state === "submitting" &&
    (intent === undefined || navigation.formData?.get("intent") === intent);
  return (
    <button
      type="submit"
      name={intent === undefined ? undefined : "intent"}
      value={intent}
      disabled={pending}
      aria-busy={pending || undefined}
      className={className}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/**
 * Enter in a text field submits the form's first submit button: this invisible one comes first
 * so Enter does the main thing (save), not a side step such as "show communes".
 */
export function DefaultSubmit({ intent, label }: { intent: string; label: string }) {
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      tabIndex={-1}
      aria-hidden="true"
      className="sr-only"
    >
      {label}
    </button>
  );
}
