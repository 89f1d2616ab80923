import { exportRoute } from "@/server/lists/export-route";
import { certificationCatalogList } from "@/server/certifications/certification-catalog-list";

/** The certification catalog as CSV, for the same search and filters as the page's URL. */
export const GET = exportRoute(certificationCatalogList);
