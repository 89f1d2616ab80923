import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, type ListQuery } from "@/server/lists/define-list";
import { changeOrderProjection } from "@/server/subcontracting/rules";
import { csvHours } from "@/server/subcontracting/csv-cells";

const PROJECT_SELECT = {
  id: true,
  projectName: true,
  status: true,
  hoursAuthorized: true,
  minutesLogged: true,
  startsOn: true,
  endsOn: true,
  sow: { select: { number: true, partner: { select: { legalName: true } } } },
} satisfies Prisma.WorkAuthorizationSelect;

type ProjectRecord = Prisma.WorkAuthorizationGetPayload<{ select: typeof PROJECT_SELECT }>;
type ProjectQuery = ListQuery<Prisma.WorkAuthorizationWhereInput, Prisma.WorkAuthorizationOrderByWithRelationInput>;

const findProjects = (query: ProjectQuery) => prisma.workAuthorization.findMany({ ...query, select: PROJECT_SELECT });

/** Where the burn page's "Download every project's burn" link points. */
export const PROJECT_BURN_EXPORT_PATH = "/ps/export/projects";

/** A project's pace today; only an active project can be at risk of a change order. */
function projection(project: ProjectRecord) {
  const { projectedMinutes, atRisk } = changeOrderProjection({ ...project, today: new Date() });
  return { projectedMinutes, atRisk: project.status === "ACTIVE" && atRisk };
}

/**
 * The projects (work authorizations) of the SOWs in scope with their hours and pace: the burn page's per-project
 * export (its Download link sits beside the change-order risks, which the page reads in SQL).
 */
export const projectBurnList = defineList({
  capability: "sows.read",
  path: "/ps",
  caption: "Projects",
  emptyMessage: "No work authorized yet.",
  scope: (user, capability): Prisma.WorkAuthorizationWhereInput => ({ status: { not: "CANCELLED" }, sow: { partner: partnerScope(user, capability) } }),
  findMany: findProjects,
  count: (query) => prisma.workAuthorization.count(query),
  sorts: ["projectName", "hoursAuthorized", "minutesLogged"],
  defaultSort: "projectName",
  search: {
    label: "Search projects",
    where: (q) => ({ OR: [{ projectName: containing(q) }, { sow: { number: containing(q) } }, { sow: { partner: { legalName: containing(q) } } }] }),
  },
  row: (project) => ({
    id: project.id,
    projectName: project.projectName,
    sowNumber: project.sow.number,
    partnerName: project.sow.partner.legalName,
    hoursAuthorized: project.hoursAuthorized,
    minutesLogged: project.minutesLogged,
  }),
  columns: [
    { id: "projectName", header: "Project", href: "/ps/work-authorizations/:id" },
    { id: "sowNumber", header: "SOW" },
    { id: "partnerName", header: "Partner" },
    { id: "hoursAuthorized", header: "Hours authorized", format: "number" },
    { id: "minutesLogged", header: "Minutes logged", format: "number" },
  ],
  csv: {
    path: PROJECT_BURN_EXPORT_PATH,
    filename: "project-burn",
    findMany: findProjects,
    columns: [
      { header: "Work authorization", cell: (project) => project.projectName },
      { header: "SOW", cell: (project) => project.sow.number },
      { header: "Partner", cell: (project) => project.sow.partner.legalName },
      { header: "Status", cell: (project) => project.status },
      { header: "Hours authorized", cell: (project) => String(project.hoursAuthorized) },
      { header: "Hours used", cell: (project) => csvHours(project.minutesLogged) },
      { header: "Hours projected", cell: (project) => csvHours(projection(project).projectedMinutes) },
      { header: "At risk", cell: (project) => (projection(project).atRisk ? "Yes" : "No") },
    ],
  },
});
