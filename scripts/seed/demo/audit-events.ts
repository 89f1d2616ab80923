// The application decisions the seeded partners imply, as audit events (the NFR history is made with its requests, in nfr.ts).
import type { AuditAction } from "@/server/audit/audit-actions";
import type { Prisma } from "@/generated/prisma/client";
import { type SeedContext, type SeedPartner, type Staff, isAuthorized } from "./shared";

// Typed against the registered audit actions, so the audit trail's filter and labels know every seeded event.
type AuditEventRow = Prisma.AuditEventCreateManyInput & { action: AuditAction };

export async function seedAuditEvents(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
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
  await ctx.tx.auditEvent.createMany({ data: partnerEvents });
}
