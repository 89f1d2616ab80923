import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockOpenApplicant } from "@/server/applications/lock-applicant";
import { phdRegionFor } from "@/server/applications/rules";
import type { TUpdateApplicantAccount } from "@/server/applications/schemas";

/** The PHD corrects the region, names the CAM who will own the account, and links the CRM record. */
export async function updateApplicantAccount(user: SessionUser, input: TUpdateApplicantAccount, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const partner = await lockOpenApplicant(tx, user, input.partnerId);
    if (input.camOwnerId) {
      const cam = await tx.user.findFirst({ where: { id: input.camOwnerId, role: "CAM", active: true }, select: { id: true } });
      if (!cam) throw new AppError("VALIDATION", { field: "camOwnerId", message: "Choose an active Channel Account Manager." });
    }
    if (input.crmId) {
      const taken = await tx.partner.findFirst({ where: { crmId: input.crmId, id: { not: partner.id } }, select: { legalName: true } });
      if (taken) throw new AppError("CONFLICT", { field: "crmId", message: `This CRM id already belongs to ${taken.legalName}.` });
    }
    const before = { region: partner.region, camOwnerId: partner.camOwnerId, crmId: partner.crmId };
    const after = { region: input.region, camOwnerId: input.camOwnerId, crmId: input.crmId };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
    if (changed.length === 0) return;
    await tx.partner.update({ where: { id: partner.id }, data: { ...after, phdRegion: phdRegionFor(input.region) } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "partner.account_updated",
      entityType: "Partner",
      entityId: partner.id,
      summary: `${partner.legalName}: ${changed.join(", ")} changed`,
      changes: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: after[key] }])),
      ip: context.ip,
    });
  });
}
