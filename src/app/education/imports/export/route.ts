import { exportRoute } from "@/server/lists/export-route";
import { certificationImportList } from "@/server/certifications/certification-import-list";

/** The completion imports as CSV, for the same search and filters as the page's URL. */
export const GET = exportRoute(certificationImportList);
