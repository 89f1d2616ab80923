import { exportRoute } from "@/server/lists/export-route";
import { invoiceReviewList } from "@/server/subcontracting/invoice-list";

/** The invoices as CSV, for the same search and filters as the page's URL. */
export const GET = exportRoute(invoiceReviewList);
