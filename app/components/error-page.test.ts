import { describe, expect, it } from "vitest";
import { makeT } from "~/i18n";
import { errorText, problemsOf } from "./error-page";

describe("error page texts", () => {
  it("names the field a refused request was about, translated, and nothing untranslated", () => {
    const vi = makeT("vi");
    const en = makeT("en");
    const payload = { errors: { email: "input.error.control", other: "raw text <b>x</b>" } };
    expect(problemsOf(payload, vi)).toEqual([`email: ${vi("input.error.control")}`]);
    expect(problemsOf(payload, en)).toEqual([`email: ${en("input.error.control")}`]);
    expect(problemsOf({ formError: "input.error.notAForm" }, en)).toEqual([
      en("input.error.notAForm"),
    ]);
    expect(problemsOf("Forbidden: cross-site request", vi)).toEqual([]);
    expect(problemsOf(null, vi)).toEqual([]);
  });

  it("gives refused bodies the bad-request text and unknown statuses the generic one", () => {
    const t = makeT("en");
    expect(errorText(413, t).title).toBe(t("error.badRequest.title"));
    expect(errorText(410, t).title).toBe(t("error.notFound.title"));
    expect(errorText(503, t).title).toBe(t("error.generic.title"));
  });
});
