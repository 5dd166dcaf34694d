import { createCookie } from "@remix-run/node";
import { DEFAULT_LANG, isLang, type Lang } from "./index";

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
