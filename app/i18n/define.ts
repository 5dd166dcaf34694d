/** Declares one area's messages: Vietnamese is the source, English must have every key. */
export function defineMessages<const V extends Record<string, string>>(
  vi: V,
  en: { [K in keyof V]: string },
): { vi: V; en: { [K in keyof V]: string } } {
  return { vi, en };
}
