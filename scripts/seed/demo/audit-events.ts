// The decisions the seeded history implies, as audit events.
import type { AuditAction } from "@/server/audit/audit-actions";
import type { Prisma } from "@/generated/prisma/client";
import { humanize } from "@/lib/humanize";
import type { SeededNfr } from "./nfr";
import { type SeedContext, type SeedPartner, type Staff, isAuthorized } from "./shared";

// Typed against the registered audit actions, so the audit trail's filter and labels know every seeded event.
type AuditEventRow = Prisma.AuditEventCreateManyInput & { action: AuditAction };

export async function seedAuditEvents(ctx: SeedContext, staff: Staff, partners: SeedPartner[], nfr: SeededNfr): Promise<void> {
  const partnerEvents: AuditEventRow[] = partners.flatMap((partner) => {
    if (!partner.decidedAt) return [];
    const phd = staff.phds[partner.phdRegion];
    const approved = isAuthorized(partner);
    return [
      {
        actorId: phd.id,
        actorRole: "PHD",
        action: approved ? "partner.approved" : "partner.denied",
        entityType: "Partner",
        entityId: partner.id,
        summary: approved
          ? `Approved ${partner.legalName} as an Authorized ${partner.tier === "SELECT" ? "Select" : "Open"} partner`
          : `Denied ${partner.legalName}: ${partner.denialReason ?? ""}`,
        changes: { status: { from: "IN_REVIEW", to: partner.status } },
        createdAt: partner.decidedAt,
      },
    ];
  });
  const nfrEvents: AuditEventRow[] = nfr.requests.flatMap((request) => {
    if (!request.decidedAt || (request.status !== "APPROVED" && request.status !== "REJECTED")) return [];
    const phd = staff.phds[request.partner.phdRegion];
    const approved = request.status === "APPROVED";
    return [
      {
        actorId: phd.id,
        actorRole: "PHD",
        action: approved ? "nfr.approved" : "nfr.rejected",
        entityType: "NfrRequest",
        entityId: request.id,
        summary: `${approved ? "Approved" : "Rejected"} ${request.usersCount} ${humanize(request.plan)} NFR licenses for ${request.partner.legalName}`,
        createdAt: request.decidedAt,
      },
    ];
  });
  await ctx.tx.auditEvent.createMany({ data: [...partnerEvents, ...nfrEvents] });
}
