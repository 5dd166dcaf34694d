import { describe, expect, it } from "vitest";
import { loader } from "~/routes/i18n.$file";
import { dictionaryFor, dictionaryPath, parseDictionaryFile, type Lang } from "./index";
import { dictionaryHref, dictionaryVersion } from "./i18n.server";

async function get(href: string): Promise<Response> {
  const url = new URL(href, "http://shop.test");
  const file = url.pathname.replace(/^\/i18n\//, "");
  try {
    return await loader({ request: new Request(url), params: { file }, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

function evaluate(script: string): { lang: string; messages: Record<string, string> } | undefined {
  const window: { __OCOP_I18N__?: { lang: string; messages: Record<string, string> } } = {};
  new Function("window", script)(window);
  return window.__OCOP_I18N__;
}

describe("the dictionary as a file of its own", () => {
  it("has an address per language and audience, read back the same", () => {
    for (const lang of ["vi", "en"] satisfies Lang[]) {
      for (const workspace of [false, true]) {
        const file = dictionaryPath(lang, workspace).replace("/i18n/", "");
        expect(parseDictionaryFile(file)).toEqual({ lang, workspace });
      }
    }
    for (const bad of ["fr.js", "vi", "vi.json", "vi-admin.js", "../vi.js", "vi.js.map", ""]) {
      expect(parseDictionaryFile(bad), bad).toBeNull();
    }
  });

  it("carries a version that differs between dictionaries and is stable", () => {
    const versions = new Set(
      (["vi", "en"] as const).flatMap((lang) => [
        dictionaryVersion(lang, false),
        dictionaryVersion(lang, true),
      ]),
    );
    expect(versions.size).toBe(4);
    expect(dictionaryHref("vi", false)).toBe(`/i18n/vi.js?v=${dictionaryVersion("vi", false)}`);
  });

  it("is served as a script that a browser may keep for good at its versioned address", async () => {
    const response = await get(dictionaryHref("en", false));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(evaluate(await response.text())).toEqual({
      lang: "en",
      messages: dictionaryFor("en", false),
    });
  });

  it("is asked for again when the address has no version or an old one", async () => {
    for (const href of [dictionaryPath("vi", false), dictionaryPath("vi", false, "old")]) {
      const response = await get(href);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control"), href).toBe("public, no-cache");
      expect(evaluate(await response.text())?.messages).toEqual(dictionaryFor("vi", false));
    }
  });

  it("keeps the workspaces' messages from readers who are not signed in, and knows no other file", async () => {
    expect((await get(dictionaryHref("vi", true))).status).toBe(404);
    expect((await get("/i18n/fr.js")).status).toBe(404);
  });
});
