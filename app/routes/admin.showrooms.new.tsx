import { NewPromotionPage } from "~/components/promotion/admin-pages";
import { newPromotionAction, newPromotionLoader } from "~/web/promotion-routes.server";
import { privatePageMeta } from "~/lib/page-meta";

export const loader = newPromotionLoader("showroom");
export const action = newPromotionAction("showroom");
export const meta = privatePageMeta;
export default NewPromotionPage;
