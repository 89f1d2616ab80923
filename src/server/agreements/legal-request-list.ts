import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { LegalRequestStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";

// A reason is a letter's worth of text; the list shows its start and the request's page the rest.
const REASON_PREVIEW_LENGTH = 140;

/** Every company's legal requests, for channel operations admins, the oldest first so nothing waits unseen. */
export const legalRequestList = defineList({
  capability: "legalRequests.manage",
  path: "/admin/legal-requests",
  caption: "Legal requests",
  emptyMessage: "No legal requests yet. They open when a partner asks to negotiate an agreement.",
  findMany: (query: ListQuery<Prisma.LegalRequestWhereInput, Prisma.LegalRequestOrderByWithRelationInput>) =>
    prisma.legalRequest.findMany({
      ...query,
      select: {
        id: true,
        createdAt: true,
        updatedAt: true,
        status: true,
        reason: true,
        partner: { select: { legalName: true } },
        version: { select: { version: true, template: { select: { name: true } } } },
      },
    }),
  count: (query) => prisma.legalRequest.count(query),
  sorts: ["createdAt", "updatedAt", "status"],
  defaultSort: "createdAt",
  defaultDir: "asc",
  search: { label: "Company", where: (q) => ({ partner: { legalName: containing(q) } }) },
  filters: { status: selectFilter({ label: "Status", values: Object.values(LegalRequestStatus), where: (status) => ({ status }) }) },
  row: (request) => ({
    id: request.id,
    createdAt: request.createdAt,
    partnerName: request.partner.legalName,
    agreement: `${request.version.template.name} v${request.version.version}`,
    reason: request.reason.length > REASON_PREVIEW_LENGTH ? `${request.reason.slice(0, REASON_PREVIEW_LENGTH)}…` : request.reason,
    status: request.status,
    updatedAt: request.updatedAt,
  }),
  columns: [
    { id: "createdAt", header: "Opened", format: "datetime" },
    { id: "partnerName", header: "Company", href: "/admin/legal-requests/:id" },
    { id: "agreement", header: "Agreement" },
    { id: "reason", header: "Reason" },
    { id: "status", header: "Status", format: "status" },
    { id: "updatedAt", header: "Last change", format: "datetime" },
  ],
});
