import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { CtpTrackingStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";

type TrackingQuery = ListQuery<Prisma.CtpTrackingWhereInput, Prisma.CtpTrackingOrderByWithRelationInput>;

/** Every CTP tracking the user may list: a CAM's accounts', all of them for Education Services, Channel Services and admins. */
export const ctpTrackingList = defineList({
  capability: "ctp.list",
  path: "/ctp",
  caption: "CTP trackings",
  emptyMessage: "No CTP trackings yet: a CAM starts one by inviting a partner.",
  scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
  findMany: (query: TrackingQuery) =>
    prisma.ctpTracking.findMany({
      ...query,
      select: { id: true, status: true, startedAt: true, locksAt: true, completedAt: true, partner: { select: { legalName: true } } },
    }),
  count: (query) => prisma.ctpTracking.count(query),
  sorts: ["locksAt", "startedAt", "partnerName"],
  defaultSort: "locksAt",
  orderBy: (sort, dir): Prisma.CtpTrackingOrderByWithRelationInput[] => [
    sort === "partnerName" ? { partner: { legalName: dir } } : sort === "startedAt" ? { startedAt: dir } : { locksAt: dir },
    { id: "asc" },
  ],
  search: { label: "Search partners", where: (q) => ({ partner: { legalName: containing(q) } }) },
  filters: {
    status: selectFilter({ label: "Status", values: Object.values(CtpTrackingStatus), where: (status) => ({ status }) }),
  },
  row: (tracking) => ({
    id: tracking.id,
    partnerName: tracking.partner.legalName,
    status: tracking.status,
    startedAt: tracking.startedAt,
    locksAt: tracking.locksAt,
    completedAt: tracking.completedAt,
  }),
  columns: [
    { id: "partnerName", header: "Partner", href: "/ctp/:id" },
    { id: "status", header: "Status", format: "status" },
    { id: "startedAt", header: "Started", format: "date" },
    { id: "locksAt", header: "Locks on", format: "date" },
    { id: "completedAt", header: "Completed", format: "date" },
  ],
});
