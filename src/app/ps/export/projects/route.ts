import { exportRoute } from "@/server/lists/export-route";
import { projectBurnList } from "@/server/subcontracting/project-burn-list";

/** The burn per project (work authorization) as CSV, with each active project's pace and change-order risk. */
export const GET = exportRoute(projectBurnList);
