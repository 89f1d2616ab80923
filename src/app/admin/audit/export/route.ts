import { exportRoute } from "@/server/lists/export-route";
import { auditEventList } from "@/server/audit/audit-event-list";

/** The audit trail as CSV, for the same search, filters and dates as the page's URL. */
export const GET = exportRoute(auditEventList);
