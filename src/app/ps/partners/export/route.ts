import { exportRoute } from "@/server/lists/export-route";
import { subcontractingPartnerList } from "@/server/subcontracting/subcontracting-partner-list";

/** The subcontracting partners as CSV, for the same search and filters as the page's URL. */
export const GET = exportRoute(subcontractingPartnerList);
