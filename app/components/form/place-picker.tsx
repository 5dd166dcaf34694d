/**
 * Province → commune, the one picker of the app (checkout address, producer's seat, showroom).
 * Without JavaScript it is two steps: the "show communes" button posts the form with
 * intent=province and the page comes back with that province's communes. With JavaScript,
 * choosing a province posts the same thing in the background, so the page is not reloaded.
 * The route's action answers intent=province with the form's values and the communes.
 */
import { useSubmit } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { controlClass, FieldShell, SelectField } from "./field";

export type PlaceOption = { code: string; name: string };

export function PlacePicker({
  provinces,
  communes,
  provinceValue,
  communeValue,
  errors = {},
  ids = {},
}: {
  provinces: readonly PlaceOption[];
  /** The communes of the chosen province; empty until one is chosen. */
  communes: readonly PlaceOption[];
  provinceValue?: string | null;
  communeValue?: string | null;
  /** Translated errors of the two fields. */
  errors?: { province?: string; commune?: string };
  ids?: { province?: string; commune?: string };
}) {
  const { t } = useT();
  const submit = useSubmit();
  // One province to choose from (an official of one province): it comes chosen.
  const onlyProvince = provinces.length === 1 ? provinces[0] : undefined;
  const province = provinceValue || onlyProvince?.code || "";
  // One commune (an official of one commune): nothing to choose either.
  const onlyCommune = communes.length === 1 ? communes[0] : undefined;
  const commune = onlyCommune
    ? onlyCommune.code
    : communes.some((c) => c.code === communeValue)
      ? communeValue
      : "";
  return (
    <>
      <FieldShell
        id={ids.province ?? "field-provinceCode"}
        label={t("place.province")}
        error={errors.province}
      >
        {(aria) => (
          <div className="flex flex-wrap gap-2">
            <select
              {...aria}
              // Remounts when the value comes back changed from a submission without JavaScript.
              key={province}
              name="provinceCode"
              defaultValue={province}
              required
              className={`${controlClass} basis-full sm:basis-0 sm:flex-1 ${errors.province ? "border-red-500" : "border-stone-300"}`}
              onChange={(e) => {
                const form = e.currentTarget.form;
                if (!form) return;
                const fd = new FormData(form);
                fd.set("intent", "province");
                submit(fd, { method: "post", replace: true, preventScrollReset: true });
              }}
            >
              {/* Always there, even when the only province comes chosen: a required <select>
                  starts with an empty placeholder option (HTML). */}
              <option value="">{t("place.chooseProvince")}</option>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
            {!onlyProvince && (
              <button
                type="submit"
                name="intent"
                value="province"
                formNoValidate
                className="mt-1 min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold"
              >
                {t("place.showCommunes")}
              </button>
            )}
          </div>
        )}
      </FieldShell>
      <SelectField
        id={ids.commune}
        name="communeCode"
        label={t("place.commune")}
        placeholder={onlyCommune ? undefined : t("place.chooseCommune")}
        options={communes.map((c) => ({ value: c.code, label: c.name }))}
        defaultValue={commune}
        hint={communes.length === 0 ? t("place.communeHint") : undefined}
        error={errors.commune}
        required
      />
    </>
  );
}
