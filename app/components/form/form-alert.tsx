import type { ReactNode } from "react";

/** The message above a form: what went wrong ("error", announced at once) or a notice. */
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
