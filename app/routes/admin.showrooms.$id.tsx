import { AdminPromotionPage, workspaceMeta } from "~/components/promotion/admin-pages";
import { adminPromotionAction, adminPromotionLoader } from "~/web/promotion-routes.server";

export const loader = adminPromotionLoader("showroom");
export const action = adminPromotionAction("showroom");
export const meta = workspaceMeta;
export default AdminPromotionPage;
