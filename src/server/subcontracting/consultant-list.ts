import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";
import { listConsultantPartners } from "@/server/subcontracting/list-consultant-partners";
import { CONSULTANT_STAGES, consultantStageSince, daysSince } from "@/server/subcontracting/rules";
import { consultantStageOption } from "@/lib/consultants";
import type { ConsultantStage } from "@/generated/prisma/enums";

type ConsultantWhere = Prisma.ConsultantWhereInput;

const STAGE_CHOICES: readonly ConsultantStage[] = [...CONSULTANT_STAGES, "DECLINED"];

/** The dates the days-in-stage column reads (consultantStageSince). */
export const consultantStageDatesSelect = {
  stage: true,
  createdAt: true,
  skillsSubmittedAt: true,
  videoReviewedAt: true,
  certsVerifiedAt: true,
  deepDiveAt: true,
  approvedAt: true,
  accessRequestedAt: true,
  onboardingBuddy: true,
  timeLoggingSetAt: true,
  activatedAt: true,
  offboardedAt: true,
  declinedAt: true,
} satisfies Prisma.ConsultantSelect;

const findConsultants = (query: ListQuery<ConsultantWhere, Prisma.ConsultantOrderByWithRelationInput>) =>
  prisma.consultant.findMany({
    ...query,
    select: { id: true, name: true, email: true, ...consultantStageDatesSelect, partner: { select: { legalName: true } }, user: { select: { email: true } } },
  });

/** The coordinator's subcontracting partners, by name; a value that is not one of them is ignored. */
const partnerFilter: ListFilter<ConsultantWhere> = {
  label: "Partner",
  resolve: async (user) => {
    const partners = await listConsultantPartners(user);
    return {
      options: partners.map((partner) => ({ value: partner.id, label: partner.legalName })),
      where: (value) => (value && partners.some((partner) => partner.id === value) ? { partnerId: value } : undefined),
    };
  },
};

/** Every consultant of the coordinator's subcontracting partners, in the pipeline or out of it. */
export const consultantList = defineList({
  capability: "consultants.manage",
  path: "/ps/consultants",
  caption: "Consultants",
  emptyMessage: "No consultants yet. Add a candidate above to start their vetting.",
  scope: (user, capability): ConsultantWhere => ({ partner: partnerScope(user, capability) }),
  findMany: findConsultants,
  count: (query) => prisma.consultant.count(query),
  sorts: ["name", "stage", "createdAt"],
  defaultSort: "name",
  search: {
    label: "Search consultants",
    where: (q): ConsultantWhere => ({ OR: [{ name: containing(q) }, { email: containing(q) }, { partner: { legalName: containing(q) } }] }),
  },
  filters: {
    stage: selectFilter({
      label: "Stage",
      values: STAGE_CHOICES,
      optionLabel: consultantStageOption,
      where: (stage): ConsultantWhere => ({ stage }),
    }),
    partner: partnerFilter,
  },
  row: (consultant) => ({
    id: consultant.id,
    name: consultant.name,
    partner: consultant.partner.legalName,
    stage: consultant.stage,
    daysInStage: daysSince(consultantStageSince(consultant), new Date()),
    email: consultant.email,
    createdAt: consultant.createdAt,
  }),
  columns: [
    { id: "name", header: "Consultant", href: "/ps/consultants/:id" },
    { id: "partner", header: "Partner" },
    { id: "stage", header: "Stage", format: "status" },
    { id: "daysInStage", header: "Days in stage", format: "number" },
    { id: "email", header: "Email" },
    { id: "createdAt", header: "Added", format: "date" },
  ],
  csv: {
    path: "/ps/consultants/export",
    filename: "consultants",
    findMany: findConsultants,
    columns: [
      { header: "Consultant", cell: (consultant) => consultant.name },
      { header: "Email", cell: (consultant) => consultant.email },
      { header: "Partner", cell: (consultant) => consultant.partner.legalName },
      { header: "Stage", cell: (consultant) => consultant.stage },
      { header: "In stage since", cell: (consultant) => csvDate(consultantStageSince(consultant)) },
      { header: "Portal account", cell: (consultant) => consultant.user?.email ?? "" },
      { header: "Added", cell: (consultant) => csvDate(consultant.createdAt) },
      { header: "ID", cell: (consultant) => consultant.id },
    ],
  },
});
