import { exportRoute } from "@/server/lists/export-route";
import { regionNfrLicenseList } from "@/server/nfr/region-nfr-license-list";

/** The region's NFR licenses as CSV, for the same search and filters as the page's URL; never the license keys. */
export const GET = exportRoute(regionNfrLicenseList);
