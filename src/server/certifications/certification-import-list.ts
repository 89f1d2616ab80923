import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { defineList, containing, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";

const importRowSelect = {
  id: true,
  fileName: true,
  status: true,
  totalRows: true,
  importedRows: true,
  skippedRows: true,
  createdAt: true,
  finishedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.CertificationImportSelect;

const findImports = (query: ListQuery<Prisma.CertificationImportWhereInput, Prisma.CertificationImportOrderByWithRelationInput>) =>
  prisma.certificationImport.findMany({ ...query, select: importRowSelect });

/** Every completions file imported, newest first. Imports belong to no partner: the capability (held over all) is the scope. */
export const certificationImportList = defineList({
  capability: "certifications.import",
  path: "/education/imports",
  caption: "Past imports",
  emptyMessage: "No file has been imported yet.",
  findMany: findImports,
  count: (query) => prisma.certificationImport.count(query),
  sorts: ["createdAt", "fileName", "status", "totalRows"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  search: { label: "Search file names", where: (q) => ({ fileName: containing(q) }) },
  filters: {
    status: selectFilter({
      label: "Status",
      values: ["QUEUED", "RUNNING", "COMPLETED", "FAILED"] as const,
      where: (status): Prisma.CertificationImportWhereInput => ({ status }),
    }),
  },
  row: (found) => ({
    id: found.id,
    fileName: found.fileName,
    status: found.status,
    totalRows: found.totalRows,
    importedRows: found.importedRows,
    skippedRows: found.skippedRows,
    createdAt: found.createdAt,
    uploadedBy: found.createdBy.name,
  }),
  columns: [
    { id: "fileName", header: "File", href: "/education/imports/:id" },
    { id: "status", header: "Status", format: "status" },
    { id: "totalRows", header: "Rows", format: "number" },
    { id: "importedRows", header: "Imported", format: "number" },
    { id: "skippedRows", header: "Skipped", format: "number" },
    { id: "createdAt", header: "Uploaded", format: "datetime" },
    { id: "uploadedBy", header: "By" },
  ],
  csv: {
    path: "/education/imports/export",
    filename: "certification-imports",
    findMany: findImports,
    columns: [
      { header: "File", cell: (found) => found.fileName },
      { header: "Status", cell: (found) => found.status },
      { header: "Rows", cell: (found) => String(found.totalRows) },
      { header: "Imported", cell: (found) => String(found.importedRows) },
      { header: "Skipped", cell: (found) => String(found.skippedRows) },
      { header: "Uploaded", cell: (found) => csvDate(found.createdAt) },
      { header: "Finished", cell: (found) => csvDate(found.finishedAt) },
      { header: "By", cell: (found) => found.createdBy.name },
      { header: "ID", cell: (found) => found.id },
    ],
  },
});
