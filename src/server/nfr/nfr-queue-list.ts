import "server-only";
import { subDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";
import { readProgramSetting } from "@/server/settings/program-settings";
import { heldLicenseWhere, nfrCertificationWhere } from "@/server/nfr/load-nfr-evidence";
import { calendarToday, nfrEligibility, type Eligibility } from "@/server/nfr/rules";
import { ageInDays } from "@/server/applications/rules";
import { humanize } from "@/lib/humanize";
import { NFR_PLAN_LABELS } from "@/lib/nfr";

type RequestQuery = ListQuery<Prisma.NfrRequestWhereInput, Prisma.NfrRequestOrderByWithRelationInput>;

/** The queue holds requests waiting for a decision, and says so; "All" adds the decided ones. */
const STATUS_CHOICES = ["ALL", "SUBMITTED", "INFO_REQUESTED", "APPROVED", "REJECTED"] as const;
const OPEN_STATUSES = ["SUBMITTED", "INFO_REQUESTED"] as const;
const AGE_CHOICES = ["2", "7", "14", "30"] as const;

/**
 * The requests with what the three checks read, in the one statement that reads the page (the partner's active
 * licenses and whether any employee holds a qualifying certification are joined), so the eligibility columns cost
 * nothing per row. The cap setting is read once per page.
 */
async function findRequestsWithEligibility(query: RequestQuery) {
  const now = new Date();
  const today = calendarToday(now);
  const [capMode, requests] = await Promise.all([
    readProgramSetting(prisma, "nfrCapMode"),
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
        renewsLicenseId: true,
        contactName: true,
        contactEmail: true,
        requestedBy: { select: { name: true } },
        partner: {
          select: {
            legalName: true,
            tier: true,
            status: true,
            nfrLicenses: { where: heldLicenseWhere(today), select: { id: true, usersCount: true, expiresOn: true } },
            earnedCertifications: { where: nfrCertificationWhere(now), select: { id: true }, take: 1 },
          },
        },
      },
    }),
  ]);
  return requests.map((request) => ({
    ...request,
    eligibility: nfrEligibility({
      partnerStatus: request.partner.status,
      tier: request.partner.tier,
      capMode,
      held: request.partner.nfrLicenses,
      certifiedEmployees: request.partner.earnedCertifications.length,
      request,
    }),
  }));
}

function capText({ cap }: Eligibility): string {
  const unit = cap.mode === "LICENSES" ? "licenses" : "users";
  return `${cap.held} of ${cap.limit} ${unit}${cap.withinCap ? "" : ": over the cap"}`;
}

const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** The NFR requests of the PHD's region (an admin's: all), oldest first, with the three eligibility checks live. */
export const nfrRequestQueue = defineList({
  capability: "nfr.process",
  path: "/phd/nfr",
  caption: "NFR requests",
  emptyMessage: "No NFR requests are waiting. New ones appear here as partners and CAMs file them.",
  scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
  findMany: findRequestsWithEligibility,
  count: (query) => prisma.nfrRequest.count(query),
  sorts: ["createdAt", "usersCount", "status"],
  defaultSort: "createdAt",
  defaultDir: "asc",
  search: { label: "Search partners", where: (q) => ({ partner: { legalName: containing(q) } }) },
  filters: {
    status: selectFilter({
      label: "Status",
      values: STATUS_CHOICES,
      optionLabel: (choice) => (choice === "ALL" ? "All" : humanize(choice)),
      where: (choice): Prisma.NfrRequestWhereInput => (choice === "ALL" ? {} : { status: choice }),
      otherwise: { status: { in: [...OPEN_STATUSES] } },
      defaultLabel: "Awaiting decision",
    }),
    tier: selectFilter({
      label: "Tier",
      values: ["OPEN", "SELECT"] as const,
      where: (tier): Prisma.NfrRequestWhereInput => ({ partner: { tier } }),
    }),
    age: selectFilter({
      label: "Age",
      values: AGE_CHOICES,
      optionLabel: (days) => `Older than ${days} days`,
      defaultLabel: "Any age",
      where: (days): Prisma.NfrRequestWhereInput => ({ createdAt: { lt: subDays(new Date(), Number(days)) } }),
    }),
  },
  row: (request) => ({
    id: request.id,
    partner: request.partner.legalName,
    tier: request.partner.tier,
    createdAt: request.createdAt,
    ageDays: ageInDays(request.createdAt, new Date(), request.decidedAt),
    license: `${request.usersCount} ${NFR_PLAN_LABELS[request.plan]}${request.isRenewal ? " (renewal)" : ""}`,
    authorized: yesNo(request.eligibility.authorized),
    cap: capText(request.eligibility),
    certified: yesNo(request.eligibility.certified),
    status: request.status,
  }),
  columns: [
    { id: "partner", header: "Partner", href: "/nfr/requests/:id" },
    { id: "tier", header: "Tier", format: "enum" },
    { id: "createdAt", header: "Filed", format: "date" },
    { id: "ageDays", header: "Age (days)", format: "number" },
    { id: "license", header: "Users and plan" },
    { id: "authorized", header: "Authorized" },
    { id: "cap", header: "Held against cap" },
    { id: "certified", header: "SA Core or PSE" },
    { id: "status", header: "Status", format: "status" },
  ],
  csv: {
    path: "/phd/nfr/export",
    filename: "nfr-requests",
    findMany: findRequestsWithEligibility,
    columns: [
      { header: "Partner", cell: (request) => request.partner.legalName },
      { header: "Tier", cell: (request) => request.partner.tier },
      { header: "Filed", cell: (request) => csvDate(request.createdAt) },
      { header: "Status", cell: (request) => request.status },
      { header: "Users", cell: (request) => String(request.usersCount) },
      { header: "Plan", cell: (request) => request.plan },
      { header: "Renewal", cell: (request) => yesNo(request.isRenewal) },
      { header: "Contact", cell: (request) => request.contactName },
      { header: "Contact email", cell: (request) => request.contactEmail },
      { header: "Requested by", cell: (request) => request.requestedBy.name },
      { header: "Authorized", cell: (request) => yesNo(request.eligibility.authorized) },
      { header: "Held against cap", cell: (request) => capText(request.eligibility) },
      { header: "SA Core or PSE", cell: (request) => yesNo(request.eligibility.certified) },
      { header: "Decided", cell: (request) => csvDate(request.decidedAt) },
      { header: "ID", cell: (request) => request.id },
    ],
  },
});
