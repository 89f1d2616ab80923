import { exportRoute } from "@/server/lists/export-route";
import { sowBurnList } from "@/server/subcontracting/sow-burn-list";

/** The burn per active SOW as CSV, for the same search as the burn page's URL. */
export const GET = exportRoute(sowBurnList);
