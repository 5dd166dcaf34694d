import { describe, expect, it } from "vitest";
import { dictionaryFor, dictionaryScript } from "./index";
import { messages } from "./messages";

describe("the dictionary a page hands to the browser", () => {
  it("holds one language, with the Vietnamese original where English lacks a message", () => {
    const en = dictionaryFor("en", true);
    expect(en["nav.home"]).toBe(messages.en["nav.home"]);
    expect(en["nav.home"]).not.toBe(messages.vi["nav.home"]);
    const browserKeys = Object.keys(messages.vi).filter((k) => !k.startsWith("http."));
    expect(Object.keys(en).length).toBe(browserKeys.length);
    expect(dictionaryFor("vi", true)["nav.home"]).toBe(messages.vi["nav.home"]);
  });

  it("never hands the browser what only the HTTP server writes", () => {
    for (const dictionary of [dictionaryFor("vi", true), dictionaryFor("en", false)]) {
      expect(dictionary["http.tooLarge"]).toBeUndefined();
      expect(dictionary["http.crossSite"]).toBeUndefined();
    }
    expect(messages.vi["http.tooLarge"]).toContain("quá lớn");
  });

  it("leaves the workspaces' messages out of a shopper's page", () => {
    const workspaceKeys = Object.keys(messages.vi).filter((k) =>
      ["pws.", "admin.", "acert.", "promo.admin."].some((p) => k.startsWith(p)),
    );
    expect(workspaceKeys.length).toBeGreaterThan(0);
    const shop = dictionaryFor("vi", false);
    const workspace = dictionaryFor("vi", true);
    for (const key of workspaceKeys) {
      expect(shop[key]).toBeUndefined();
      expect(workspace[key]).toBe(messages.vi[key as keyof typeof messages.vi]);
    }
    expect(shop["nav.home"]).toBe(messages.vi["nav.home"]);
  });

  it("is a script that cannot close its own tag and evaluates to the dictionary", () => {
    const script = dictionaryScript("vi", false);
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain("<");
    const window: { __OCOP_I18N__?: { lang: string; messages: Record<string, string> } } = {};
    new Function("window", script)(window);
    expect(window.__OCOP_I18N__?.lang).toBe("vi");
    expect(window.__OCOP_I18N__?.messages).toEqual(dictionaryFor("vi", false));
  });
});
