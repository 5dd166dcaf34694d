/**
 * The browser's copy of the messages. The server renders every page with the reader's
 * language already in it (`window.__OCOP_I18N__`, written by root.tsx before any module
 * runs), so the browser's JavaScript carries no translations at all and a page never pays
 * for the other language or for the workspaces' strings.
 *
 * vite.config.ts swaps this module in for ./index.ts in the client build only; the server
 * and the tests use the full messages.
 */
import type { MessageKey } from "./index";

type Dictionary = Record<MessageKey, string>;

declare global {
  interface Window {
    __OCOP_I18N__?: { lang: string; messages: Partial<Dictionary> };
  }
}

const boot = typeof window === "undefined" ? undefined : window.__OCOP_I18N__;
const dictionary = (boot?.messages ?? {}) as Dictionary;

export type { MessageKey };

/** Only the language the page was rendered in is present; the other is empty. */
export const messages: { vi: Dictionary; en: Dictionary } = {
  vi: boot?.lang === "vi" ? dictionary : ({} as Dictionary),
  en: boot?.lang === "en" ? dictionary : ({} as Dictionary),
};
