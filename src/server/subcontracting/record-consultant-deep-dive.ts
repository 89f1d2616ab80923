import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { formatDate } from "@/lib/format";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import type { TRecordConsultantDeepDive } from "@/server/subcontracting/schemas";

/**
 * The technical deep-dive with a Sr. PSE: its date, length, result and notes. A pass moves the consultant on to
 * approval; a fail declines them, with the notes as the reason. The result keeps the PSE's name in its text (the
 * consultant has no column of its own for it), e.g. "Passed with Dana Smith: …"; the audit event holds it apart.
 */
export async function recordConsultantDeepDive(user: SessionUser, input: TRecordConsultantDeepDive, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["CERTIFICATIONS_VERIFIED"]);
    const passed = input.result === "PASS";
    const now = new Date();
    const result = `${passed ? "Passed" : "Failed"} with ${input.pseName}: ${input.notes}`;
    const to = passed ? "DEEP_DIVE_PASSED" : "DECLINED";
    await tx.consultant.update({
      where: { id: consultant.id },
      data: {
        stage: to,
        deepDiveAt: input.heldOn,
        deepDiveMinutes: input.minutes,
        deepDiveResult: result,
        deepDiveById: user.id,
        ...(passed ? {} : { declinedAt: now, declinedReason: `Failed the technical deep-dive: ${input.notes}` }),
      },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: passed ? "consultant.stage_changed" : "consultant.declined",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `Technical deep-dive of ${consultant.name} on ${formatDate(input.heldOn)} (${input.minutes} minutes with ${input.pseName}): ${passed ? "passed" : "failed, so declined"}`,
      changes: {
        stage: { from: consultant.stage, to },
        heldOn: input.heldOn.toISOString().slice(0, 10),
        minutes: input.minutes,
        result: input.result,
        pseName: input.pseName,
        notes: input.notes,
      },
      ip: context.ip,
    });
    return { name: consultant.name, passed };
  });
}
