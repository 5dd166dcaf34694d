import { ShowroomsListPage, listMeta } from "~/components/promotion/public-lists";
import { publicShowroomsLoader } from "~/web/promotion-routes.server";

export const loader = publicShowroomsLoader;
export const meta = listMeta;
export default ShowroomsListPage;
