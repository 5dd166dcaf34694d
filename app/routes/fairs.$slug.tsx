import { PublicPromotionPage, publicPageMeta } from "~/components/promotion/public-pages";
import { publicPromotionLoader } from "~/web/promotion-routes.server";

export const loader = publicPromotionLoader("fair");
export const meta = publicPageMeta;
export default PublicPromotionPage;
