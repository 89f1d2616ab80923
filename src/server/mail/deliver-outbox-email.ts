import "server-only";
import type { Transporter } from "nodemailer";
import { prisma } from "@/server/db";
import { MAIL_FROM } from "@/server/mail/transport";
import { deliverEmailQueue } from "@/server/mail/queues";

export const MAX_DELIVERY_ATTEMPTS = deliverEmailQueue.options.retryLimit + 1;

export type DeliveryOutcome = "SENT" | "CAPTURED" | "RETRY" | "FAILED" | "SKIPPED";

/**
 * Delivers one outbox message. The row stays locked while it is sent, so two workers never send it twice;
 * a message another worker holds, or one already delivered, is skipped.
 */
export async function deliverOutboxEmail(emailId: string, transport: Transporter | null): Promise<DeliveryOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "OutboxEmail" WHERE id = ${emailId} AND status = 'PENDING' FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return "SKIPPED";
      const email = await tx.outboxEmail.findUniqueOrThrow({ where: { id: emailId } });
      const attempts = email.attempts + 1;
      if (!transport) {
        await tx.outboxEmail.update({ where: { id: emailId }, data: { status: "CAPTURED", attempts, sentAt: new Date() } });
        return "CAPTURED";
      }
      try {
        await transport.sendMail({
          from: MAIL_FROM,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          messageId: `<${email.id}@partner-portal>`,
        });
      } catch (error) {
        const failed = attempts >= MAX_DELIVERY_ATTEMPTS;
        await tx.outboxEmail.update({
          where: { id: emailId },
          data: { attempts, lastError: (error as Error).message.slice(0, 500), status: failed ? "FAILED" : "PENDING" },
        });
        return failed ? "FAILED" : "RETRY";
      }
      await tx.outboxEmail.update({ where: { id: emailId }, data: { status: "SENT", attempts, sentAt: new Date(), lastError: null } });
      return "SENT";
    },
    { timeout: 60_000 },
  );
}
