import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { findMovedDraft } from "@/server/applications/application-draft";
import { sendApplicationVerification } from "@/server/applications/send-application-verification";

/**
 * A browser whose application moved to another one (its email was confirmed there) asks to continue here: the
 * contact's inbox gets a new confirmation link, and opening it in this browser hands the application back. The draft
 * itself never follows the old key, so whoever holds it without the inbox gets nothing.
 */
export async function requestApplicationHandover(draftKey: string | null, context: { ip: string }): Promise<{ email: string }> {
  return prisma.$transaction(async (tx) => {
    const moved = await findMovedDraft(tx, draftKey);
    if (!moved) throw new AppError("NOT_FOUND", { message: "Your application has expired or was already submitted. Start a new one." });
    await sendApplicationVerification(
      tx,
      { id: moved.id, email: moved.email, name: moved.data.contact?.name ?? moved.email, companyName: moved.data.company?.legalName ?? "your company" },
      context,
    );
    return { email: moved.email };
  });
}
