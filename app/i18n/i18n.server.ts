import { createHash } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { DEFAULT_LANG, dictionaryPath, dictionaryScript, isLang, type Lang } from "./index";

export const langCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** The reader's language: the cookie they chose, else Vietnamese (the site's first language). */
export async function getLang(request: Request): Promise<Lang> {
  const value: unknown = await langCookie.parse(request.headers.get("Cookie"));
  return isLang(value) ? value : DEFAULT_LANG;
}

const versions = new Map<string, string>();

/** A short digest of the dictionary's script: it changes exactly when a message changes. */
export function dictionaryVersion(lang: Lang, workspace: boolean): string {
  const key = `${lang}:${workspace ? "workspace" : "shop"}`;
  let version = versions.get(key);
  if (!version) {
    version = createHash("sha256")
      .update(dictionaryScript(lang, workspace))
      .digest("base64url")
      .slice(0, 12);
    versions.set(key, version);
  }
  return version;
}

/**
 * Where a page loads its reader's dictionary from: the version in the address lets browsers
 * keep the file for good, and a new message gives it a new address.
 */
export function dictionaryHref(lang: Lang, workspace: boolean): string {
  return dictionaryPath(lang, workspace, dictionaryVersion(lang, workspace));
}
