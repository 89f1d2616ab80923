import { exportRoute } from "@/server/lists/export-route";
import { nfrRequestQueue } from "@/server/nfr/nfr-queue-list";

/** The NFR queue as CSV, for the same search and filters as the page's URL, with the eligibility checks. */
export const GET = exportRoute(nfrRequestQueue);
