/**
 * /showrooms/:slug/print — the catalogue on A4 paper, a QR code per product. The file name's "$slug_"
 * keeps this page out of the public page's layout: it renders on its own, not inside it.
 */
import { printCatalogueLinks } from "~/components/promotion/print-catalogue";
import { PromotionPrintPage } from "~/components/promotion/public-pages";
import { printLoader } from "~/web/promotion-routes.server";
import { privatePageMeta } from "~/lib/page-meta";

export const loader = printLoader("showroom");
export const links = printCatalogueLinks;
export const meta = privatePageMeta;
export default PromotionPrintPage;
