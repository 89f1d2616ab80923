import "server-only";
import { prisma } from "@/server/db";
import { hashToken } from "@/server/auth/one-time-token";
import { ZApplicationDraftDataSchema } from "@/server/applications/schemas";

export type ApplicationVerificationLookup = { status: "valid"; email: string; companyName: string } | { status: "expired" } | { status: "invalid" };

/**
 * What the confirmation page shows before anyone confirms: which address, for which company's application. Someone
 * who did not apply sees it is not theirs and does nothing. Reading does not use the link up.
 */
export async function getApplicationVerification(token: string): Promise<ApplicationVerificationLookup> {
  const found = await prisma.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, email: true, usedAt: true, expiresAt: true },
  });
  if (!found || found.purpose !== "EMAIL_VERIFICATION" || found.usedAt) return { status: "invalid" };
  if (found.expiresAt <= new Date()) return { status: "expired" };
  const draft = await prisma.applicationDraft.findUnique({ where: { email: found.email }, select: { data: true } });
  if (!draft) return { status: "invalid" };
  const data = ZApplicationDraftDataSchema.safeParse(draft.data);
  return { status: "valid", email: found.email, companyName: (data.success && data.data.company?.legalName) || "a company" };
}
