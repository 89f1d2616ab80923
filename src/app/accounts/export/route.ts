import { exportRoute } from "@/server/lists/export-route";
import { partnerList } from "@/server/partners/partner-list";

/** The CAM's accounts as CSV, for the same search and filters as the page's URL. */
export const GET = exportRoute(partnerList);
