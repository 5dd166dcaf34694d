import { FairsListPage, listMeta } from "~/components/promotion/public-lists";
import { publicFairsLoader } from "~/web/promotion-routes.server";

export const loader = publicFairsLoader;
export const meta = listMeta;
export default FairsListPage;
