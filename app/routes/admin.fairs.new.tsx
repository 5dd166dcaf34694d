import { NewPromotionPage, workspaceMeta } from "~/components/promotion/admin-pages";
import { newPromotionAction, newPromotionLoader } from "~/web/promotion-routes.server";

export const loader = newPromotionLoader("fair");
export const action = newPromotionAction("fair");
export const meta = workspaceMeta;
export default NewPromotionPage;
