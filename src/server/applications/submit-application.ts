import "server-only";
import { prisma } from "@/server/db";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { appUrl } from "@/server/app-url";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { notify } from "@/server/notifications/notify";
import { humanize } from "@/lib/humanize";
import { requireDraft } from "@/server/applications/application-draft";
import { REVIEW_CHECKLIST, phdRegionFor } from "@/server/applications/rules";
import { websiteDomainOf } from "@/server/partners/rules";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { listCurrentAgreements } from "@/server/agreements/list-current-agreements";
import { assertAllPublished } from "@/server/applications/assert-all-published";

/**
 * Turns a finished, verified draft into a SUBMITTED partner with its primary contact's account, the agreement
 * acceptances and legal requests, and an open applicant review; the draft is gone afterwards. All or nothing.
 */
export async function submitApplication(
  draftKey: string | null,
  context: { ip: string; userAgent: string | null },
): Promise<{ partnerId: string; email: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const draft = await requireDraft(tx, draftKey, 5);
      const { company, program, contact, agreements: decisions = {} } = draft.data;
      const { passwordHash } = draft;
      if (!company || !program || !contact || !draft.email || !passwordHash) {
        throw new AppError("VALIDATION", { message: "Some steps of the application are incomplete. Go back and finish them." });
      }
      if (!draft.emailVerifiedAt) {
        throw new AppError("VALIDATION", { field: "form", message: `Confirm your email first: open the link we sent to ${draft.email}.` });
      }
      const required = requiredAgreementKinds(program.tracks);
      const current = await listCurrentAgreements(tx, required);
      assertAllPublished(required, current);
      const outdated = current.filter((agreement) => decisions[agreement.kind]?.versionId !== agreement.versionId);
      if (outdated.length > 0) {
        throw new AppError("CONFLICT", {
          message: `${outdated.map((agreement) => agreement.templateName).join(", ")} changed since you read it. Review the agreements again.`,
        });
      }

      const now = new Date();
      const allAccepted = current.every((agreement) => decisions[agreement.kind]?.decision === "ACCEPT");
      const partner = await tx.partner.create({
        data: {
          legalName: company.legalName,
          website: company.website,
          websiteDomain: websiteDomainOf(company.website),
          country: company.country,
          region: company.region,
          phdRegion: phdRegionFor(company.region),
          size: company.size,
          tier: program.tier,
          tracks: program.tracks,
          workPlan: program.workPlan,
          status: "SUBMITTED",
          submittedAt: now,
          contractSignedAt: allAccepted ? now : null,
        },
        select: { id: true, legalName: true, phdRegion: true },
      });
      const user = await tx.user.create({
        data: {
          email: draft.email,
          name: contact.name,
          phone: contact.phone,
          title: contact.title,
          passwordHash,
          role: "PARTNER_USER",
          partnerId: partner.id,
          emailVerifiedAt: draft.emailVerifiedAt,
        },
        select: { id: true, role: true },
      });

      const legalRequests: string[] = [];
      for (const agreement of current) {
        const decision = decisions[agreement.kind];
        if (!decision) continue;
        if (decision.decision === "ACCEPT") {
          await tx.agreementAcceptance.create({
            data: {
              versionId: agreement.versionId,
              partnerId: partner.id,
              userId: user.id,
              method: "CLICK_THROUGH",
              region: company.region,
              ip: decision.ip,
              userAgent: context.userAgent,
              acceptedAt: new Date(decision.decidedAt),
            },
          });
        } else {
          const request = await tx.legalRequest.create({
            data: { partnerId: partner.id, versionId: agreement.versionId, requestedById: user.id, reason: decision.reason ?? "" },
            select: { id: true },
          });
          legalRequests.push(request.id);
        }
      }

      await tx.partnerReview.create({
        data: {
          partnerId: partner.id,
          kind: "APPLICANT",
          startedAt: now,
          items: { create: REVIEW_CHECKLIST.map((item) => ({ position: item.position })) },
        },
      });
      await tx.applicationDraft.delete({ where: { id: draft.id } });

      const desk = await tx.user.findMany({ where: { role: "PHD", region: partner.phdRegion, active: true }, select: { id: true } });
      for (const phd of desk) {
        await notify(tx, {
          userId: phd.id,
          type: "partner.application_submitted",
          title: `New partner application: ${partner.legalName}`,
          body: `${humanize(company.region)} · ${program.tracks.map(humanize).join(", ")} · ${humanize(program.tier)} tier.`,
          link: `/phd/applicants/${partner.id}`,
        });
      }
      if (legalRequests.length > 0) {
        const admins = await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
        for (const admin of admins) {
          await notify(tx, {
            userId: admin.id,
            type: "agreement.legal_request_opened",
            title: `Legal request from ${partner.legalName}`,
            body: `${legalRequests.length} legal request(s) opened with the application.`,
            link: "/admin/legal-requests",
          });
        }
      }
      await enqueueEmail(tx, {
        to: draft.email,
        template: "applicationReceived",
        data: { name: contact.name, companyName: partner.legalName, statusUrl: appUrl("/application") },
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: "partner.application_submitted",
        entityType: "Partner",
        entityId: partner.id,
        summary: `${partner.legalName} applied (${program.tracks.map(humanize).join(", ")}; ${current.length - legalRequests.length} agreement(s) accepted, ${legalRequests.length} to negotiate)`,
        ip: context.ip,
      });
      return { partnerId: partner.id, email: draft.email };
    });
  } catch (error) {
    // Another application took the address or the domain between the steps and now.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", {
        message: "A company with this website or an account with this email has just applied. Sign in, or contact the Partner Help Desk.",
      });
    }
    throw error;
  }
}
