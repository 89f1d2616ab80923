import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { sendJob } from "@/server/jobs/send-job";
import { readCompletionsFile } from "@/server/certifications/completions-file";
import type { TImportCompletions } from "@/server/certifications/schemas";
import { IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "@/lib/certifications";
import { withoutControlCharacters } from "@/lib/control-characters";

/**
 * Education Services (or an admin) uploads a completions file. The size and the CSV header are checked here, so a
 * wrong file is refused at once beside the field; the rows are checked by the import job, which reports each one.
 */
export async function startCertificationImport(actor: SessionUser, input: TImportCompletions, context: { ip: string }): Promise<{ importId: string }> {
  if (input.file.size > MAX_IMPORT_BYTES) throw new AppError("VALIDATION", { field: "file", message: IMPORT_TOO_LARGE_MESSAGE });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (bytes.length === 0) throw new AppError("VALIDATION", { field: "file", message: "The file is empty." });
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError("VALIDATION", { field: "file", message: IMPORT_TOO_LARGE_MESSAGE });
  const file = readCompletionsFile(bytes);
  if (!file.ok) throw new AppError("VALIDATION", { field: "file", message: file.message });
  const fileName = withoutControlCharacters(input.file.name.split(/[\\/]/).pop() ?? "").slice(0, 200) || "completions.csv";

  return prisma.$transaction(async (tx) => {
    const created = await tx.certificationImport.create({
      data: { fileName, content: new TextDecoder().decode(bytes), totalRows: file.rows.length, createdById: actor.id },
      select: { id: true },
    });
    await sendJob(tx, "importCertificationCompletions", { importId: created.id });
    await recordAuditEvent(tx, {
      actor,
      action: "certification.import_started",
      entityType: "CertificationImport",
      entityId: created.id,
      summary: `Completions file ${fileName} uploaded (${file.rows.length} rows)`,
      ip: context.ip,
    });
    return { importId: created.id };
  });
}
