import "server-only";
import { cache } from "react";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * The subcontracting partners the coordinator runs, by name: the candidate form's choices and the list's partner
 * filter. Read once per request (both ask for it on the same page).
 */
export const listConsultantPartners = cache(async (user: SessionUser) =>
  prisma.partner.findMany({
    where: { AND: [partnerScope(user, "consultants.manage"), { subcontractRelationship: { not: null } }] },
    orderBy: [{ legalName: "asc" }, { id: "asc" }],
    select: { id: true, legalName: true },
  }),
);
