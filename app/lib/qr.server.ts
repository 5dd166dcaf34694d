/**
 * QR codes as SVG, drawn on the server with the `qrcode` package: the printed catalogues carry
 * one per product, pointing at its page on the site, so a visitor at a booth can check the
 * certificate and buy online. SVG stays sharp at any print size and needs no image request.
 */
import QRCode from "qrcode";

export type QrOptions = {
  /** The SVG's own width and height attributes, in px; without it the SVG fills its box. */
  size?: number;
  /** An accessible name; without it the code is decorative (aria-hidden). */
  label?: string;
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};
const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/**
 * The QR code of `text` as an SVG element string. Error correction M (15 %) survives a
 * smudged or slightly creased print; the 4-module quiet zone is what scanners expect.
 */
export async function qrSvg(text: string, opts: QrOptions = {}): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 4,
    color: { dark: "#000000", light: "#ffffff" },
  });
  const attrs = [
    opts.size ? `width="${opts.size}" height="${opts.size}"` : `width="100%" height="100%"`,
    opts.label ? `role="img" aria-label="${escapeAttr(opts.label)}"` : `aria-hidden="true"`,
  ].join(" ");
  return svg.replace(/^<svg /, `<svg ${attrs} `).trim();
}

/** The absolute address of a product's page, as QR codes and printed catalogues carry it. */
export function productUrl(siteUrl: string, slug: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/products/${encodeURIComponent(slug)}`;
}

/** The QR code of `text` as a PNG (for an email's inline image): 8 px modules, quiet zone 4. */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 4,
    scale: 8,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
