/**
 * The carriers a producer ships with, in one place: code (stored in order_parts.carrier), name,
 * and the public page where anyone can follow a parcel by its tracking number.
 *
 * Sources (checked December 2026 against the carriers' public tracking pages and the links
 * shops and carriers' own SDKs build):
 * - GHN: https://donhang.ghn.vn/?order_code=<code> (the tracking site GHN's SDK config names).
 * - GHTK: https://i.ghtk.vn/<code> (GHTK's short tracking link, printed on its labels).
 * - J&T Express: https://jtexpress.vn/vi/tracking?type=track&billcode=<code> (the page may
 *   also ask for the last 4 digits of a phone number before it shows the journey).
 * - VNPost: https://www.vnpost.vn/vi-vn/dinh-vi/buu-pham?key=<code>.
 * - Viettel Post: no stable deep link (its tracking page has changed its query parameter more
 *   than once), so we link to the tracking page and the buyer pastes the number there.
 * Anything else is "other": the producer types the carrier's name, and no link is made.
 */

export type Carrier = {
  code: string;
  name: string;
  /** The public tracking page; `{code}` is replaced by the tracking number (URL-encoded). */
  trackingUrl: string;
  /** False when the page cannot be opened on one parcel: the link goes to its search page. */
  deepLink: boolean;
};

export const CARRIERS = [
  {
    code: "ghn",
    name: "Giao Hàng Nhanh (GHN)",
    trackingUrl: "https://donhang.ghn.vn/?order_code={code}",
    deepLink: true,
  },
  {
    code: "ghtk",
    name: "Giao Hàng Tiết Kiệm (GHTK)",
    trackingUrl: "https://i.ghtk.vn/{code}",
    deepLink: true,
  },
  {
    code: "viettelpost",
    name: "Viettel Post",
    trackingUrl: "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/",
    deepLink: false,
  },
  {
    code: "vnpost",
    name: "VNPost (Bưu điện Việt Nam)",
    trackingUrl: "https://www.vnpost.vn/vi-vn/dinh-vi/buu-pham?key={code}",
    deepLink: true,
  },
  {
    code: "jt",
    name: "J&T Express",
    trackingUrl: "https://jtexpress.vn/vi/tracking?type=track&billcode={code}",
    deepLink: true,
  },
] as const satisfies readonly Carrier[];

export type CarrierCode = (typeof CARRIERS)[number]["code"];
/** The ship form's choices: every listed carrier, then "other" (a name typed by the producer). */
export const CARRIER_CHOICES = ["ghn", "ghtk", "viettelpost", "vnpost", "jt", "other"] as const;
export const OTHER_CARRIER = "other";

/** Names shops wrote before the list existed, so old shipments still get their link. */
const ALIASES: Record<string, CarrierCode> = {
  ghn: "ghn",
  "giao hàng nhanh": "ghn",
  "giao hàng nhanh (ghn)": "ghn",
  ghtk: "ghtk",
  "giao hàng tiết kiệm": "ghtk",
  "giao hàng tiết kiệm (ghtk)": "ghtk",
  "viettel post": "viettelpost",
  viettelpost: "viettelpost",
  vnpost: "vnpost",
  "vn post": "vnpost",
  "bưu điện việt nam": "vnpost",
  "vnpost (bưu điện việt nam)": "vnpost",
  jt: "jt",
  "j&t": "jt",
  "j&t express": "jt",
};

export function carrierByCode(code: string | null | undefined): Carrier | null {
  if (!code) return null;
  const known = ALIASES[code.trim().toLowerCase()];
  return CARRIERS.find((c) => c.code === known) ?? null;
}

/** What a shipment says about its carrier: its name, and the tracking link when we know one. */
export function trackingFor(
  carrier: string | null | undefined,
  trackingNumber: string | null | undefined,
): { name: string | null; url: string | null; deepLink: boolean } {
  const known = carrierByCode(carrier);
  const name = known?.name ?? (carrier?.trim() || null);
  if (!known || !trackingNumber) return { name, url: null, deepLink: false };
  return {
    name,
    url: known.trackingUrl.replace("{code}", encodeURIComponent(trackingNumber.trim())),
    deepLink: known.deepLink,
  };
}
