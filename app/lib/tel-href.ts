/**
 * A phone number as a `tel:` link. People write numbers grouped ("0912 384 215",
 * "(+84) 912.384.215"); a URL may hold no spaces, and a dialler needs only the digits and a
 * leading "+".
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  return `tel:${/^\(?\+/.test(trimmed) ? "+" : ""}${digits}`;
}
