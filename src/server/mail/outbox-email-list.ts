import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { EmailStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { emailTemplates } from "@/server/mail/templates";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";

const templateNames = Object.keys(emailTemplates);

/** Every message the portal queued, captured or sent, for admins. */
export const outboxEmailList = defineList({
  capability: "emails.manage",
  path: "/admin/emails",
  caption: "Emails",
  emptyMessage: "No emails yet. Messages appear here as soon as the portal queues them.",
  findMany: (query: ListQuery<Prisma.OutboxEmailWhereInput, Prisma.OutboxEmailOrderByWithRelationInput>) =>
    prisma.outboxEmail.findMany({ ...query, select: { id: true, createdAt: true, to: true, template: true, subject: true, status: true, attempts: true } }),
  // The outbox keeps every message ever sent, so it is counted like the other large lists.
  count: (query) => prisma.outboxEmail.count(query),
  sorts: ["createdAt", "to", "template", "status"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  search: { label: "Recipient", where: (q) => ({ to: containing(q) }) },
  filters: {
    status: selectFilter({ label: "Status", values: Object.values(EmailStatus), where: (status) => ({ status }) }),
    template: selectFilter({ label: "Template", values: templateNames, optionLabel: (name) => name, where: (template) => ({ template }) }),
  },
  row: (email) => email,
  columns: [
    { id: "createdAt", header: "Queued", format: "datetime" },
    { id: "to", header: "Recipient" },
    { id: "subject", header: "Subject", href: "/admin/emails/:id" },
    { id: "template", header: "Template" },
    { id: "status", header: "Status", format: "status" },
    { id: "attempts", header: "Attempts", format: "number" },
  ],
});
