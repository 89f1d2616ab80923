import { exportRoute } from "@/server/lists/export-route";
import { consultantList } from "@/server/subcontracting/consultant-list";

/** The consultants as CSV, for the same search and filters as the list view's URL. */
export const GET = exportRoute(consultantList);
