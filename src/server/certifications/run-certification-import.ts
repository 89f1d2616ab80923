import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { recordCompletedStep } from "@/server/certifications/issue-certification";
import { checkCompletionRow, FileDuplicates, readCompletionsFile, type CompletionRow, type RowProblem } from "@/server/certifications/completions-file";
import { PARTNER_ROLES } from "@/server/auth/roles";

/** Rows checked between two progress updates: each chunk looks its people and earlier imports up in two queries. */
const CHUNK_ROWS = 500;
/** A large file writes tens of thousands of steps in its one transaction. */
const WRITE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The import job: checks every row of the uploaded file (progress in processedRows), then writes all valid rows in
 * ONE transaction, so a failure leaves nothing half-imported, issuing certifications and opening PSP award cases as
 * the steps complete them. Rows whose external id an earlier import recorded are skipped, so a file imported twice
 * records nothing new. The report (imported, skipped, rejected rows with their messages) is kept on the import.
 */
export async function runCertificationImport(importId: string, now = new Date()): Promise<string> {
  const claimed = await prisma.certificationImport.updateMany({
    where: { id: importId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "RUNNING", processedRows: 0 },
  });
  if (claimed.count === 0) return `import ${importId} already finished`;
  const upload = await prisma.certificationImport.findUniqueOrThrow({ where: { id: importId }, select: { content: true, fileName: true } });

  const file = readCompletionsFile(new TextEncoder().encode(upload.content));
  if (!file.ok) return fail(importId, upload.fileName, file.message, now);

  const catalog = await prisma.certification.findMany({ select: { id: true, code: true, passingScore: true } });
  const certifications = new Map(catalog.map((certification) => [certification.code.toUpperCase(), certification]));
  const duplicates = new FileDuplicates();
  const valid: CompletionRow[] = [];
  const rejected: RowProblem[] = [];
  let skipped = 0;
  for (let start = 0; start < file.rows.length; start += CHUNK_ROWS) {
    const chunk = file.rows.slice(start, start + CHUNK_ROWS);
    const emails = [...new Set(chunk.map((cells) => (cells[0] ?? "").trim().toLowerCase()).filter(Boolean))];
    const externalIds = [...new Set(chunk.map((cells) => (cells[5] ?? "").trim()).filter(Boolean))];
    const [people, imported] = await Promise.all([
      prisma.user.findMany({
        where: { email: { in: emails, mode: "insensitive" }, role: { in: [...PARTNER_ROLES] }, partnerId: { not: null } },
        select: { id: true, email: true, partnerId: true },
      }),
      prisma.certificationStep.findMany({ where: { externalId: { in: externalIds } }, select: { externalId: true } }),
    ]);
    const lookups = {
      people: new Map(people.map((person) => [person.email.toLowerCase(), { id: person.id, partnerId: person.partnerId! }])),
      certifications,
      importedExternalIds: new Set(imported.map((step) => step.externalId!)),
    };
    chunk.forEach((cells, index) => {
      const outcome = checkCompletionRow(cells, start + index + 2, lookups, duplicates, now);
      if (outcome === "skipped") skipped += 1;
      else if ("userId" in outcome) valid.push(outcome);
      else rejected.push(outcome);
    });
    await prisma.certificationImport.update({ where: { id: importId }, data: { processedRows: start + chunk.length } });
  }

  // Partners in one order, so two imports running at once take the partner locks (PSP check) in the same order.
  valid.sort((a, b) => a.partnerId.localeCompare(b.partnerId) || a.row - b.row);
  try {
    return await prisma.$transaction(
      async (tx) => {
        // A file racing another import of the same completions: what the other wrote first counts as skipped here.
        const alreadyWritten = new Set(
          (await tx.certificationStep.findMany({ where: { externalId: { in: valid.map((row) => row.externalId) } }, select: { externalId: true } })).map(
            (step) => step.externalId,
          ),
        );
        let imported = 0;
        let issued = 0;
        for (const row of valid) {
          if (alreadyWritten.has(row.externalId)) {
            skipped += 1;
            continue;
          }
          const earnedId = await recordCompletedStep(tx, { ...row, source: "IMPORT", verifiedAt: row.step === "EXAM" ? now : null }, now);
          imported += 1;
          if (earnedId) issued += 1;
        }
        const report = rejected.sort((a, b) => a.row - b.row);
        await tx.certificationImport.update({
          where: { id: importId },
          data: {
            status: "COMPLETED",
            processedRows: file.rows.length,
            importedRows: imported,
            skippedRows: skipped,
            rejectedRows: report as unknown as Prisma.InputJsonValue,
            finishedAt: now,
          },
        });
        const summary = `Completions file ${upload.fileName}: ${imported} imported, ${skipped} already imported, ${report.length} rejected; ${issued} certification(s) issued`;
        await recordAuditEvent(tx, { actor: null, action: "certification.import_completed", entityType: "CertificationImport", entityId: importId, summary });
        return summary;
      },
      { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    console.error(error);
    return fail(importId, upload.fileName, "The completions could not be written; nothing was imported. Upload the file again.", now);
  }
}

async function fail(importId: string, fileName: string, message: string, now: Date): Promise<string> {
  await prisma.$transaction(async (tx) => {
    await tx.certificationImport.update({ where: { id: importId }, data: { status: "FAILED", error: message, finishedAt: now } });
    await recordAuditEvent(tx, {
      actor: null,
      action: "certification.import_failed",
      entityType: "CertificationImport",
      entityId: importId,
      summary: `Completions file ${fileName} failed: ${message}`,
    });
  });
  return `import ${importId} failed: ${message}`;
}
