import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { sendJob } from "@/server/jobs/send-job";
import type { TResendOutboxEmail } from "@/server/mail/schemas";

/** Puts a message back in the queue with a fresh set of attempts (after a failure, or to send it again). */
export async function resendOutboxEmail(user: SessionUser, input: TResendOutboxEmail, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const reset = await tx.outboxEmail.updateMany({
      where: { id: input.emailId, status: { not: "PENDING" } },
      data: { status: "PENDING", attempts: 0, lastError: null, sentAt: null },
    });
    if (reset.count !== 1) throw new AppError("CONFLICT", { message: "This message is already waiting to be delivered.", field: "emailId" });
    await sendJob(tx, "deliverEmail", { emailId: input.emailId });
    await recordAuditEvent(tx, {
      actor: user,
      action: "email.resent",
      entityType: "OutboxEmail",
      entityId: input.emailId,
      summary: "Message queued for delivery again",
      ip: context.ip,
    });
  });
}
