/**
 * Headers of a page whose URL holds a secret token (a password reset, an invitation, a
 * sign-up link): keep the token out of other sites' Referer headers and out of any cache.
 * "same-origin", not "no-referrer": under "no-referrer" a browser sends `Origin: null` with
 * the page's own form, and the same-origin check (decision 0020) rightly refuses it.
 */
export const TOKEN_PAGE_HEADERS = {
  "Referrer-Policy": "same-origin",
  "Cache-Control": "no-store",
} as const;
