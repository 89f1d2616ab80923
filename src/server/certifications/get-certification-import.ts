import "server-only";
import { prisma } from "@/server/db";

const importSummarySelect = {
  id: true,
  fileName: true,
  status: true,
  totalRows: true,
  processedRows: true,
  importedRows: true,
  skippedRows: true,
  createdAt: true,
  finishedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** One import with its report, or null (the page answers 404). Imports belong to no partner: the capability is the scope. */
export async function getCertificationImport(importId: string) {
  const found = await prisma.certificationImport.findUnique({ where: { id: importId }, select: { ...importSummarySelect, rejectedRows: true, error: true } });
  if (!found) return null;
  const rejected = Array.isArray(found.rejectedRows) ? (found.rejectedRows as { row: number; message: string }[]) : [];
  return { ...found, rejectedRows: rejected };
}
