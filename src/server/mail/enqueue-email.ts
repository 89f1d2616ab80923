import "server-only";
import type { Tx } from "@/server/db";
import { sendJob } from "@/server/jobs/send-job";
import { renderEmail } from "@/server/mail/render-email";
import type { EmailTemplateData, EmailTemplateName } from "@/server/mail/templates";

/**
 * Puts a message in the outbox inside the caller's transaction: the change that causes a mail and
 * the mail itself commit together or not at all. Delivery happens later, outside the request.
 * The message is rendered now, so the outbox keeps exactly what was sent, whatever the templates become later.
 */
export async function enqueueEmail<T extends EmailTemplateName>(tx: Tx, message: { to: string; template: T; data: EmailTemplateData<T> }): Promise<string> {
  const rendered = await renderEmail(message.template, message.data);
  const row = await tx.outboxEmail.create({
    data: { to: message.to, template: message.template, subject: rendered.subject, html: rendered.html, text: rendered.text },
    select: { id: true },
  });
  await sendJob(tx, "deliverEmail", { emailId: row.id });
  return row.id;
}
