import { AdminPromotionListPage, workspaceMeta } from "~/components/promotion/admin-pages";
import { adminListLoader } from "~/web/promotion-routes.server";

export const loader = adminListLoader("showroom");
export const meta = workspaceMeta;
export default AdminPromotionListPage;
