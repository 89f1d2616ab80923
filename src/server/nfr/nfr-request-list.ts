import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { NfrRequestStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { NFR_PLAN_LABELS } from "@/lib/nfr";

type RequestQuery = ListQuery<Prisma.NfrRequestWhereInput, Prisma.NfrRequestOrderByWithRelationInput>;

const findRequests = (query: RequestQuery) =>
  prisma.nfrRequest.findMany({
    ...query,
    select: {
      id: true,
      createdAt: true,
      decidedAt: true,
      status: true,
      usersCount: true,
      plan: true,
      isRenewal: true,
      contactName: true,
      partner: { select: { legalName: true } },
      requestedBy: { select: { name: true } },
    },
  });

/**
 * The NFR requests of the partners the user may file for, on one of the filing pages: the newest first, each
 * linking to its page, where a question from the Partner Help Desk is answered. No search box: its label would
 * compete with the form's "Partner" field, and a CAM's accounts file a handful of requests each.
 */
function filingRequestList(page: { path: string; caption: string; emptyMessage: string; showPartner: boolean }) {
  return defineList({
    capability: "nfr.read",
    path: page.path,
    caption: page.caption,
    emptyMessage: page.emptyMessage,
    scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
    findMany: findRequests,
    count: (query) => prisma.nfrRequest.count(query),
    sorts: ["createdAt", "status", "usersCount"],
    defaultSort: "createdAt",
    defaultDir: "desc",
    filters: {
      status: selectFilter({ label: "Status", values: Object.values(NfrRequestStatus), where: (status) => ({ status }) }),
    },
    row: (request) => ({
      id: request.id,
      createdAt: request.createdAt,
      partner: request.partner.legalName,
      license: `${request.usersCount} ${NFR_PLAN_LABELS[request.plan]}${request.isRenewal ? " (renewal)" : ""}`,
      contactName: request.contactName,
      requestedBy: request.requestedBy.name,
      status: request.status,
      decidedAt: request.decidedAt,
    }),
    columns: [
      { id: "createdAt", header: "Filed", format: "date", href: "/nfr/requests/:id" },
      ...(page.showPartner ? [{ id: "partner" as const, header: "Partner" }] : []),
      { id: "license", header: "Users and plan" },
      { id: "contactName", header: "Contact" },
      { id: "requestedBy", header: "Filed by" },
      { id: "status", header: "Status", format: "status" },
      { id: "decidedAt", header: "Decided", format: "date" },
    ],
  });
}

/** A partner user's NFR requests: their company's, whoever filed them (a colleague, or the CAM). */
export const partnerNfrRequestList = filingRequestList({
  path: "/partner/nfr",
  caption: "NFR requests",
  emptyMessage: "Your company has filed no NFR request yet.",
  showPartner: false,
});

/** A CAM's NFR requests: those of the accounts they own, whoever filed them. */
export const camNfrRequestList = filingRequestList({
  path: "/cam/nfr",
  caption: "NFR requests of your accounts",
  emptyMessage: "No NFR request has been filed for your accounts yet.",
  showPartner: true,
});
