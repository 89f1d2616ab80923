import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { appUrl } from "@/server/app-url";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { notify } from "@/server/notifications/notify";
import { ownApplicationPartnerId, type SessionUser } from "@/server/auth/policy";
import { lockPartner } from "@/server/partners/lock-partner";
import { formatDate } from "@/lib/format";
import { appendNote, reapplyBlocker, REVIEW_CHECKLIST } from "@/server/applications/rules";
import type { TReapply } from "@/server/applications/schemas";

/**
 * A denied applicant applies again: the same company goes back to SUBMITTED with a fresh applicant review (the
 * earlier one, its answers and the denial stay in the history and the account notes), and the region's desk is told.
 * The agreements accepted or sent to negotiation with the first application stand.
 */
export async function reapplyApplication(user: SessionUser, input: TReapply, context: { ip: string }): Promise<void> {
  const partnerId = ownApplicationPartnerId(user);
  await prisma.$transaction(async (tx) => {
    await lockPartner(tx, partnerId);
    const partner = await tx.partner.findUniqueOrThrow({
      where: { id: partnerId },
      select: { id: true, legalName: true, status: true, phdRegion: true, decidedAt: true, denialReason: true, accountNotes: true },
    });
    const blocker = reapplyBlocker(partner.status);
    if (blocker) throw new AppError("CONFLICT", { message: blocker });
    const now = new Date();
    const denied = partner.decidedAt ? `the denial of ${formatDate(partner.decidedAt, "long")}` : "the denial";
    const note = `${now.toISOString().slice(0, 10)} · Applied again after ${denied} (${partner.denialReason ?? "no reason recorded"}). What changed: ${input.whatChanged.replace(/\s*\n\s*/g, " ")}`;
    await tx.partner.update({
      where: { id: partner.id },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        decidedAt: null,
        denialReason: null,
        workPlan: input.workPlan,
        accountNotes: appendNote(partner.accountNotes, note),
      },
    });
    await tx.partnerReview.create({
      data: { partnerId: partner.id, kind: "APPLICANT", startedAt: now, items: { create: REVIEW_CHECKLIST.map((item) => ({ position: item.position })) } },
    });
    const desk = await tx.user.findMany({ where: { role: "PHD", region: partner.phdRegion, active: true }, select: { id: true } });
    for (const phd of desk) {
      await notify(tx, {
        userId: phd.id,
        type: "partner.application_submitted",
        title: `${partner.legalName} applied again after a denial`,
        body: input.whatChanged.slice(0, 200),
        link: `/phd/applicants/${partner.id}`,
      });
    }
    await enqueueEmail(tx, {
      to: user.email,
      template: "applicationReceived",
      data: { name: user.name, companyName: partner.legalName, statusUrl: appUrl("/application") },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "partner.reapplied",
      entityType: "Partner",
      entityId: partner.id,
      summary: `${partner.legalName} applied again after ${denied}`,
      changes: { status: { from: "DENIED", to: "SUBMITTED" } },
      ip: context.ip,
    });
  });
}
