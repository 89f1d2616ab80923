import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import { CONSULTANT_SKILLS } from "@/server/subcontracting/rules";
import type { TSubmitConsultantSkills } from "@/server/subcontracting/schemas";

/** The candidate's skills matrix answers, recorded once: the candidate moves on to the video review. */
export async function submitConsultantSkills(user: SessionUser, input: TSubmitConsultantSkills, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["CANDIDATE"]);
    await tx.consultant.update({
      where: { id: consultant.id },
      data: { stage: "SKILLS_MATRIX_SUBMITTED", skillsMatrix: input.skills, skillsSubmittedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.stage_changed",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `Skills matrix of ${consultant.name} submitted: ${CONSULTANT_SKILLS.map((skill) => `${skill.label} ${input.skills[skill.id]}`).join(", ")}`,
      changes: { stage: { from: consultant.stage, to: "SKILLS_MATRIX_SUBMITTED" }, skillsMatrix: input.skills },
      ip: context.ip,
    });
    return { name: consultant.name };
  });
}
