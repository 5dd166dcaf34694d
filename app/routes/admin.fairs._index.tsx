import { AdminPromotionListPage, workspaceMeta } from "~/components/promotion/admin-pages";
import { adminListLoader } from "~/web/promotion-routes.server";

export const loader = adminListLoader("fair");
export const meta = workspaceMeta;
export default AdminPromotionListPage;
