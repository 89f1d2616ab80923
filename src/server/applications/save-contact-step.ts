import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { requireDraft, saveDraft } from "@/server/applications/application-draft";
import { sendApplicationVerification } from "@/server/applications/send-application-verification";
import type { TContactStep } from "@/server/applications/schemas";

const ADDRESS_TAKEN = "An account already uses this email. Sign in with it, or use another address.";

/**
 * Step 3. The primary contact becomes the account's user on submission; a new or changed address gets a
 * verification link, and the application cannot be submitted until it is confirmed.
 */
export async function saveContactStep(draftKey: string | null, input: TContactStep, context: { ip: string }): Promise<{ verificationSent: boolean }> {
  const passwordHash = await hashPassword(input.password);
  const contact = { name: input.name, email: input.email, phone: input.phone, title: input.title };
  const outcome = await prisma.$transaction(async (tx) => {
    const draft = await requireDraft(tx, draftKey, 3);
    if (await tx.user.findUnique({ where: { email: contact.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", { field: "email", message: ADDRESS_TAKEN });
    }
    const companyName = draft.data.company?.legalName ?? "your company";
    const otherDraft = await tx.applicationDraft.findFirst({ where: { email: contact.email, id: { not: draft.id } }, select: { id: true } });
    if (otherDraft) {
      // The address's owner gets a link back to the application they started; this browser learns nothing more.
      await sendApplicationVerification(tx, { id: otherDraft.id, email: contact.email, name: contact.name, companyName }, context);
      return { otherDraft: true, verificationSent: true };
    }
    const emailChanged = draft.email !== contact.email;
    const verified = emailChanged ? null : draft.emailVerifiedAt;
    await saveDraft(
      tx,
      draft,
      { data: { ...draft.data, contact }, reachedStep: 4, email: contact.email, passwordHash, emailVerifiedAt: verified },
      { ip: context.ip, summary: `Application for ${companyName}: primary contact ${contact.email}` },
    );
    if (verified) return { otherDraft: false, verificationSent: false };
    await sendApplicationVerification(tx, { id: draft.id, email: contact.email, name: contact.name, companyName }, context);
    return { otherDraft: false, verificationSent: true };
  });
  if (outcome.otherDraft) {
    throw new AppError("CONFLICT", {
      field: "email",
      message: "An application with this email is already in progress. We emailed a link to continue it.",
    });
  }
  return { verificationSent: outcome.verificationSent };
}
