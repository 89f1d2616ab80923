import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { canMoveLegalRequest } from "@/server/agreements/rules";
import type { TUpdateLegalRequest } from "@/server/agreements/schemas";
import type { LegalRequestStatus } from "@/generated/prisma/enums";

const statusWords = (status: LegalRequestStatus) => status.toLowerCase().replace("_", " ");

/**
 * An admin moves a legal request along (OPEN → IN_NEGOTIATION → RESOLVED, or WITHDRAWN) and/or adds a note. Notes
 * are appended with the date and the admin's name, never rewritten.
 */
export async function updateLegalRequest(user: SessionUser, input: TUpdateLegalRequest, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const request = await tx.legalRequest.findUnique({
      where: { id: input.requestId },
      select: { id: true, status: true, notes: true, updatedAt: true, partner: { select: { legalName: true } } },
    });
    if (!request) throw new AppError("NOT_FOUND", { field: "requestId" });
    const status = input.status && input.status !== request.status ? input.status : undefined;
    if (status && !canMoveLegalRequest(request.status, status)) {
      throw new AppError("CONFLICT", {
        field: "status",
        message: `A request that is ${statusWords(request.status)} cannot become ${statusWords(status)}.`,
      });
    }
    if (!status && !input.note) throw new AppError("VALIDATION", { field: "note", message: "Choose a new status or write a note." });
    const now = new Date();
    const entry = input.note ? `${now.toISOString().slice(0, 16).replace("T", " ")} UTC, ${user.name}: ${input.note}` : "";
    const notes = entry ? (request.notes ? `${request.notes}\n\n${entry}` : entry) : request.notes;
    // Conditional on the row as it was read, so an admin never overwrites a change made meanwhile.
    const updated = await tx.legalRequest.updateMany({
      where: { id: request.id, status: request.status, updatedAt: request.updatedAt },
      data: { ...(status ? { status } : {}), notes },
    });
    if (updated.count !== 1)
      throw new AppError("CONFLICT", { field: "status", message: "Someone changed this request a moment ago. Reload the page and try again." });
    const summary = [status ? `status ${request.status} → ${status}` : null, entry ? "note added" : null].filter(Boolean).join(", ");
    await recordAuditEvent(tx, {
      actor: user,
      action: "legal_request.updated",
      entityType: "LegalRequest",
      entityId: request.id,
      summary: `Legal request of ${request.partner.legalName}: ${summary}`,
      changes: { ...(status ? { status: { from: request.status, to: status } } : {}), ...(input.note ? { note: input.note } : {}) },
      ip: context.ip,
    });
    return { requestId: request.id, status: status ?? request.status };
  });
}
