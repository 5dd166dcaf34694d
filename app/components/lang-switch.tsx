import { Form } from "@remix-run/react";
import { makeT, type Lang } from "~/i18n";

/** A plain form, so switching language works without JavaScript too. */
export function LangSwitch({ lang, path }: { lang: Lang; path: string }) {
  const t = makeT(lang);
  const other: Lang = lang === "vi" ? "en" : "vi";
  return (
    <Form method="post" action="/lang" reloadDocument>
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="redirectTo" value={path} />
      {/* The accessible name starts with the visible word (WCAG 2.5.3, label in name): a
          speech-input user says "English" and the button answers; the hint is for screen readers. */}
      <button
        type="submit"
        className="rounded-md border border-white/40 px-2.5 py-1 text-sm font-medium text-white hover:bg-white/10"
      >
        <span lang={other}>{t("lang.switch")}</span>{" "}
        <span className="sr-only">({t("lang.switchLabel")})</span>
      </button>
    </Form>
  );
}
