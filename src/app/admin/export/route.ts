import { exportRoute } from "@/server/lists/export-route";
import { userList } from "@/server/users/user-list";

/** The portal's users as CSV, for the same search and filters as the users page's URL. */
export const GET = exportRoute(userList);
