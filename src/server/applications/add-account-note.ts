import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { lockPartnerInScope } from "@/server/partners/lock-partner";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { appendNote } from "@/server/applications/rules";
import type { TAddAccountNote } from "@/server/applications/schemas";

/** Account notes only grow: each note is a dated line with its author. */
export async function addAccountNote(user: SessionUser, input: TAddAccountNote, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    // Two notes added at once would otherwise both append to the same old text and one would be lost.
    const scope = partnerScope(user, "applicants.review");
    await lockPartnerInScope(tx, scope, input.partnerId);
    const partner = await tx.partner.findFirst({ where: { AND: [scope, { id: input.partnerId }] }, select: { id: true, legalName: true, accountNotes: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const line = `${new Date().toISOString().slice(0, 10)} · ${user.name}: ${input.note.replace(/\s*\n\s*/g, " ")}`;
    await tx.partner.update({ where: { id: partner.id }, data: { accountNotes: appendNote(partner.accountNotes, line) } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "partner.note_added",
      entityType: "Partner",
      entityId: partner.id,
      summary: `Note on ${partner.legalName}: ${input.note.slice(0, 120)}`,
      ip: context.ip,
    });
  });
}
