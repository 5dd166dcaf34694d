import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
// The router Remix itself runs on (a dependency of @remix-run/react): useSubmit needs one.
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { makeT } from "~/i18n";
import { errorText, SelectField, TextField } from "./field";
import { PlacePicker } from "./place-picker";

/** The markup of a component inside a router, as a page renders it on the server. */
function inRouter(element: ReturnType<typeof createElement>): string {
  const router = createMemoryRouter([{ path: "/", element }]);
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

function attributesOf(html: string, tag: string, name: string): string {
  const match = html.match(new RegExp(`<${tag}[^>]*name="${name}"[^>]*>`));
  if (!match) throw new Error(`no <${tag} name="${name}"> in ${html}`);
  return match[0];
}

describe("form fields", () => {
  it("ties the hint and the error to the control and marks it invalid only with an error", () => {
    const plain = renderToStaticMarkup(
      createElement(TextField, {
        name: "email",
        label: "Email",
        hint: "We write once",
        required: true,
      }),
    );
    const input = attributesOf(plain, "input", "email");
    expect(input).toContain('id="field-email"');
    expect(input).toContain('aria-describedby="field-email-hint"');
    expect(input).toContain("required");
    expect(input).not.toContain("aria-invalid");
    expect(plain).toContain('<label for="field-email"');

    const wrong = renderToStaticMarkup(
      createElement(TextField, { name: "email", label: "Email", hint: "h", error: "Not an email" }),
    );
    const bad = attributesOf(wrong, "input", "email");
    expect(bad).toContain('aria-invalid="true"');
    expect(bad).toContain('aria-describedby="field-email-hint field-email-error"');
    expect(wrong).toMatch(/<p id="field-email-error"[^>]*>Not an email<\/p>/);
  });

  it("shows the optional marker and a select's placeholder as its first, empty option", () => {
    const html = renderToStaticMarkup(
      createElement(SelectField, {
        name: "status",
        label: "Status",
        optional: "(optional)",
        placeholder: "All",
        options: [{ value: "active", label: "Active" }],
        defaultValue: "active",
      }),
    );
    expect(html).toContain("(optional)");
    expect(html).toMatch(
      /<select[^>]*><option value="">All<\/option><option value="active" selected="">/,
    );
  });

  it("reads the domain's message keys as text in the reader's language", () => {
    const en = makeT("en");
    const err = errorText(en, { email: "input.error.control" });
    expect(err("email")).toBe(en("input.error.control"));
    expect(err("name")).toBeUndefined();
  });
});

describe("PlacePicker", () => {
  // Without a root loader the reader's language is the default, Vietnamese.
  const vi = makeT("vi");
  const provinces = [
    { code: "01", name: "Hà Nội" },
    { code: "79", name: "TP. Hồ Chí Minh" },
  ];

  it("works without JavaScript: a province step (intent=province) and the chosen province's communes", () => {
    const before = inRouter(createElement(PlacePicker, { provinces, communes: [] }));
    expect(before).toMatch(
      /<button type="submit" name="intent" value="province" formnovalidate=""/,
    );
    expect(before).toContain(vi("place.communeHint"));
    expect(attributesOf(before, "select", "communeCode")).toContain("required");

    const after = inRouter(
      createElement(PlacePicker, {
        provinces,
        communes: [
          { code: "00004", name: "Ba Đình" },
          { code: "00008", name: "Hoàn Kiếm" },
        ],
        provinceValue: "01",
        communeValue: "00008",
        errors: { commune: "Not in this province" },
      }),
    );
    expect(after).toMatch(/<option value="01" selected="">Hà Nội<\/option>/);
    expect(after).toMatch(/<option value="00008" selected="">Hoàn Kiếm<\/option>/);
    expect(after).not.toContain(vi("place.communeHint"));
    expect(attributesOf(after, "select", "communeCode")).toContain('aria-invalid="true"');
  });

  it("chooses the only province and the only commune of an official's unit itself", () => {
    const html = inRouter(
      createElement(PlacePicker, {
        provinces: [provinces[0]!],
        communes: [{ code: "00004", name: "Ba Đình" }],
      }),
    );
    expect(html).not.toContain(vi("place.showCommunes"));
    expect(html).toMatch(/<option value="01" selected="">Hà Nội<\/option>/);
    expect(html).not.toContain(vi("place.chooseCommune"));
    expect(html).toMatch(/<option value="00004" selected="">Ba Đình<\/option>/);
  });
});
