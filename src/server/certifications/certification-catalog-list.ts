import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";

const catalogRowSelect = {
  id: true,
  code: true,
  name: true,
  passingScore: true,
  validityMonths: true,
  countsTowardPsp: true,
  meetsNfrCheck: true,
  active: true,
} satisfies Prisma.CertificationSelect;

const findCertifications = (query: ListQuery<Prisma.CertificationWhereInput, Prisma.CertificationOrderByWithRelationInput>) =>
  prisma.certification.findMany({ ...query, select: catalogRowSelect });

const yesNo = (value: boolean) => (value ? "Yes" : "No");
const validFor = (months: number | null) => (months === null ? "Never expires" : `${months} months`);

/** The catalog of individual certifications, for the admin. The catalog belongs to no partner: the capability is the scope. */
export const certificationCatalogList = defineList({
  capability: "certifications.manage",
  path: "/admin/certifications",
  caption: "Individual certifications",
  emptyMessage: "The catalog is empty. Add the first certification below.",
  findMany: findCertifications,
  count: (query) => prisma.certification.count(query),
  sorts: ["name", "code", "passingScore", "active"],
  defaultSort: "name",
  search: { label: "Search code or name", where: (q) => ({ OR: [{ code: containing(q) }, { name: containing(q) }] }) },
  filters: {
    active: selectFilter({
      label: "Active",
      values: ["yes", "no"] as const,
      optionLabel: (value) => (value === "yes" ? "Active" : "Retired"),
      where: (value): Prisma.CertificationWhereInput => ({ active: value === "yes" }),
    }),
  },
  row: (certification) => ({
    id: certification.id,
    code: certification.code,
    name: certification.name,
    passingScore: certification.passingScore,
    validFor: validFor(certification.validityMonths),
    countsTowardPsp: yesNo(certification.countsTowardPsp),
    meetsNfrCheck: yesNo(certification.meetsNfrCheck),
    active: yesNo(certification.active),
  }),
  columns: [
    { id: "code", header: "Code", href: "/admin/certifications/:id" },
    { id: "name", header: "Name" },
    { id: "passingScore", header: "Passing score", format: "number" },
    { id: "validFor", header: "Valid for" },
    { id: "countsTowardPsp", header: "Counts toward PSP" },
    { id: "meetsNfrCheck", header: "NFR check" },
    { id: "active", header: "Active" },
  ],
  csv: {
    path: "/admin/certifications/export",
    filename: "certifications",
    findMany: findCertifications,
    columns: [
      { header: "Code", cell: (certification) => certification.code },
      { header: "Name", cell: (certification) => certification.name },
      { header: "Passing score", cell: (certification) => String(certification.passingScore) },
      { header: "Valid for", cell: (certification) => validFor(certification.validityMonths) },
      { header: "Counts toward PSP", cell: (certification) => yesNo(certification.countsTowardPsp) },
      { header: "NFR check", cell: (certification) => yesNo(certification.meetsNfrCheck) },
      { header: "Active", cell: (certification) => yesNo(certification.active) },
      { header: "ID", cell: (certification) => certification.id },
    ],
  },
});
