import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { lockPartnerInScope } from "@/server/partners/lock-partner";
import { formatDate } from "@/lib/format";
import { CTP_MONTHS_TO_COMPLETE, CTP_SECTIONS, ctpLocksAt } from "@/server/ctp/rules";
import { PRIMARY_CONTACT } from "@/server/partners/primary-contact";
import type { TInviteCtpPartner } from "@/server/ctp/schemas";

/**
 * The CAM invites one of their Authorized accounts into CTP: a tracking starts now and locks 6 months on, its five
 * sections made of the checklist template's active items as they are today (later template changes apply only to
 * trackings started after them). The partner's lock keeps a company to one active tracking under double clicks.
 */
export async function inviteCtpPartner(user: SessionUser, input: TInviteCtpPartner, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockPartnerInScope(tx, partnerScope(user, "ctp.manage"), input.partnerId);
    const partner = await tx.partner.findUniqueOrThrow({
      where: { id: input.partnerId },
      select: {
        id: true,
        legalName: true,
        status: true,
        ctpTrackings: { where: { status: { in: ["ACTIVE", "COMPLETE"] } }, select: { status: true } },
        users: { ...PRIMARY_CONTACT, select: { id: true, name: true } },
      },
    });
    if (partner.status !== "AUTHORIZED") {
      throw new AppError("CONFLICT", {
        field: "partnerId",
        message: `${partner.legalName} is not an Authorized partner: only Authorized accounts can join CTP.`,
      });
    }
    const current = partner.ctpTrackings[0];
    if (current) {
      throw new AppError("CONFLICT", {
        field: "partnerId",
        message: current.status === "ACTIVE" ? `${partner.legalName} already has an active CTP tracking.` : `${partner.legalName} has already completed CTP.`,
      });
    }
    const template = await tx.ctpTemplateItem.findMany({
      where: { active: true },
      orderBy: [{ section: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { section: true, title: true, perCandidate: true },
    });
    const now = new Date();
    const locksAt = ctpLocksAt(now);
    const tracking = await tx.ctpTracking.create({
      data: {
        partnerId: partner.id,
        invitedById: user.id,
        startedAt: now,
        locksAt,
        candidateTaskTitles: template.filter((item) => item.perCandidate).map((item) => item.title),
        sections: {
          create: CTP_SECTIONS.map((section) => ({
            kind: section.kind,
            owner: section.owner,
            items: {
              create: template
                .filter((item) => item.section === section.kind && !item.perCandidate)
                .map((item, index) => ({ position: index + 1, title: item.title })),
            },
          })),
        },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_tracking.invited",
      entityType: "CtpTracking",
      entityId: tracking.id,
      summary: `${partner.legalName} invited into CTP; the tracking locks on ${formatDate(locksAt)}`,
      changes: { partnerId: partner.id, locksAt: locksAt.toISOString() },
      ip: context.ip,
    });
    const [contact] = partner.users;
    if (contact) {
      await notify(tx, {
        userId: contact.id,
        type: "ctp.invited",
        title: `${partner.legalName} is invited into the Certified Training Partner program`,
        body: `${user.name} started your CTP tracking. Every section must be complete within ${CTP_MONTHS_TO_COMPLETE} months, by ${formatDate(locksAt)}; as the primary contact you nominate the trainer candidates.`,
        link: `/ctp/${tracking.id}`,
      });
    }
    return { trackingId: tracking.id, partnerName: partner.legalName };
  });
}
