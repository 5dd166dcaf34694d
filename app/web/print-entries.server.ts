/**
 * A public catalogue's entries as the printed catalogue shows them, each with the QR code of
 * its product page (an absolute URL on SITE_URL, so a phone can open it from paper).
 */
import type { PrintEntry } from "~/components/promotion/print-catalogue";
import type { PublicCatalogueEntry } from "~/domain/promotion/promotion.server";
import { productUrl, qrSvg } from "../lib/qr.server";

export function printEntries(
  entries: readonly PublicCatalogueEntry[],
  siteUrl: string,
): Promise<PrintEntry[]> {
  return Promise.all(
    entries.map(async (e) => {
      const url = productUrl(siteUrl, e.slug);
      return {
        id: e.id,
        slug: e.slug,
        nameVi: e.nameVi,
        nameEn: e.nameEn,
        producerName: e.producerName,
        provinceName: e.provinceName,
        stars: e.stars,
        priceVnd: e.priceVnd,
        unitVi: e.unitVi,
        unitEn: e.unitEn,
        validUntil: e.validUntil,
        code: e.code,
        featured: e.featured,
        url,
        qrSvg: await qrSvg(url),
      };
    }),
  );
}
