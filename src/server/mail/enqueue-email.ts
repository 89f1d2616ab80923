import "server-only";
import type { Tx } from "@/server/db";
import { QUEUES } from "@/server/jobs/queues";
import { sendJob } from "@/server/jobs/send-job";
import { emailTemplates, type EmailTemplateData, type EmailTemplateName } from "@/server/mail/templates";

/**
 * Puts a message in the outbox inside the caller's transaction: the change that causes a mail and
 * the mail itself commit together or not at all. Delivery happens later, outside the request.
 */
export async function enqueueEmail<T extends EmailTemplateName>(
  tx: Tx,
  message: { to: string; template: T; data: EmailTemplateData<T> },
): Promise<string> {
  const render = emailTemplates[message.template] as (data: EmailTemplateData<T>) => ReturnType<(typeof emailTemplates)[T]>;
  const rendered = render(message.data);
  const row = await tx.outboxEmail.create({
    data: { to: message.to, template: message.template, subject: rendered.subject, html: rendered.html, text: rendered.text },
    select: { id: true },
  });
  await sendJob(tx, QUEUES.deliverEmail.name, { emailId: row.id });
  return row.id;
}
