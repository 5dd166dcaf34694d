import { AdminPromotionListPage } from "~/components/promotion/admin-pages";
import { adminListLoader } from "~/web/promotion-routes.server";
import { privatePageMeta } from "~/lib/page-meta";

export const loader = adminListLoader("showroom");
export const meta = privatePageMeta;
export default AdminPromotionListPage;
