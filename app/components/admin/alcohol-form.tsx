/**
 * The official's form for a product's alcohol strength (% ABV; empty for no alcohol). 15% and
 * more: age confirmation at checkout, never featured or promoted (decision 0027).
 */
import { Form, useSearchParams } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/field";
import { primaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import { alcoholPercentInput } from "~/domain/product/alcohol";
import type { T } from "~/i18n";

export function AlcoholForm({
  t,
  stored,
  sent,
}: {
  t: T;
  stored: number | null;
  /** What was sent, with its errors; undefined shows what is stored. */
  sent?: { values: Record<string, string>; errors: FieldErrors };
}) {
  const value = sent ? (sent.values.alcoholPercent ?? "") : alcoholPercentInput(stored);
  const errorKey = sent?.errors.alcoholPercent;
  const error = errorKey ? t(errorKey) : undefined;
  const [searchParams] = useSearchParams();
  return (
    <section
      aria-labelledby="alcohol"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="alcohol" className="mb-4 text-lg font-bold">
        {t("alcohol.admin.title")}
      </h2>
      {searchParams.get("saved") === "alcohol" && (
        <FormAlert tone="info">{t("alcohol.admin.saved")}</FormAlert>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="alcohol" />
        <TextField
          id="admin-alcoholPercent"
          name="alcoholPercent"
          label={t("alcohol.field.label")}
          hint={t("alcohol.field.hint")}
          inputMode="decimal"
          defaultValue={value}
          error={error}
          maxLength={10}
        />
        <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
          {t("alcohol.admin.save")}
        </button>
      </Form>
    </section>
  );
}
