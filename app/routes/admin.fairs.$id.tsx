import { AdminPromotionPage } from "~/components/promotion/admin-pages";
import { adminPromotionAction, adminPromotionLoader } from "~/web/promotion-routes.server";
import { privatePageMeta } from "~/lib/page-meta";

export const loader = adminPromotionLoader("fair");
export const action = adminPromotionAction("fair");
export const meta = privatePageMeta;
export default AdminPromotionPage;
