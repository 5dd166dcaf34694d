import { AdminPromotionPage, workspaceMeta } from "~/components/promotion/admin-pages";
import { adminPromotionAction, adminPromotionLoader } from "~/web/promotion-routes.server";

export const loader = adminPromotionLoader("fair");
export const action = adminPromotionAction("fair");
export const meta = workspaceMeta;
export default AdminPromotionPage;
