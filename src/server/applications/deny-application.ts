import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { appUrl } from "@/server/app-url";
import { getHelpDeskEmail } from "@/server/account/get-help-desk-email";
import { lockOpenApplicant, openApplicantReview } from "@/server/applications/lock-applicant";
import { recordApplicationDecision } from "@/server/applications/record-application-decision";
import { findPrimaryContact } from "@/server/partners/primary-contact";
import type { TDenyApplication } from "@/server/applications/schemas";

/** Denies the application with a reason the applicant reads in the email and on their status page. */
export async function denyApplication(user: SessionUser, input: TDenyApplication, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const partner = await lockOpenApplicant(tx, user, input.partnerId);
    const review = await openApplicantReview(tx, partner.id);
    await recordApplicationDecision(tx, {
      user,
      partner,
      review,
      decision: { status: "DENIED", denialReason: input.reason },
      outcome: `denied (${input.reason.replace(/\s*\n\s*/g, " ")})`,
      at: new Date(),
    });
    const contact = await findPrimaryContact(tx, partner.id);
    if (contact) {
      await enqueueEmail(tx, {
        to: contact.email,
        template: "applicationDenied",
        data: {
          name: contact.name,
          companyName: partner.legalName,
          reason: input.reason,
          statusUrl: appUrl("/application"),
          helpDeskEmail: getHelpDeskEmail(),
        },
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "partner.denied",
      entityType: "Partner",
      entityId: partner.id,
      summary: `${partner.legalName} denied: ${input.reason.slice(0, 200)}`,
      ip: context.ip,
    });
  });
}
