import { NewPromotionPage, workspaceMeta } from "~/components/promotion/admin-pages";
import { newPromotionAction, newPromotionLoader } from "~/web/promotion-routes.server";

export const loader = newPromotionLoader("showroom");
export const action = newPromotionAction("showroom");
export const meta = workspaceMeta;
export default NewPromotionPage;
