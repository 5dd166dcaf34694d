import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LANG, isLang, makeT, type Lang, type T } from "./index";

export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang?: unknown }>("root");
  return isLang(data?.lang) ? data.lang : DEFAULT_LANG;
}

export function useT(): { t: T; lang: Lang } {
  const lang = useLang();
  return { t: makeT(lang), lang };
}
