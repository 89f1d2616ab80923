import type { Metadata } from "next";
import Link from "next/link";
import { EmailStatus } from "@/generated/prisma/enums";
import { requireCapability } from "@/server/auth/session";
import { listOutboxEmails, OUTBOX_EMAIL_SORTS } from "@/server/mail/list-outbox-emails";
import { emailTemplates } from "@/server/mail/templates";
import { parseFilter, parseListParams } from "@/server/list-params";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { enumOptions } from "@/components/enum-options";

export const metadata: Metadata = { title: "Emails" };

export default async function AdminEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("emails.manage");
  const query = await searchParams;
  const params = parseListParams(query, { sortable: OUTBOX_EMAIL_SORTS, defaultSort: "createdAt", defaultDir: "desc" });
  const templates = Object.keys(emailTemplates);
  const emails = await listOutboxEmails(user, params, {
    status: parseFilter(query, "status", Object.values(EmailStatus)),
    template: parseFilter(query, "template", templates),
  });
  return (
    <>
      <PageHeader
        title="Emails"
        description="Every message the portal sent or captured. Without SMTP_URL, messages are captured here instead of sent."
        actions={
          <Link href="/admin/emails/templates" className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50">
            Templates
          </Link>
        }
      />
      <DataTable
        caption="Emails"
        columns={[
          { id: "createdAt", header: "Queued", format: "datetime", sortable: true },
          { id: "to", header: "Recipient", sortable: true },
          { id: "subject", header: "Subject", href: "/admin/emails/:id" },
          { id: "template", header: "Template", sortable: true },
          { id: "status", header: "Status", format: "status", sortable: true },
          { id: "attempts", header: "Attempts", format: "number" },
        ]}
        data={emails}
        params={params}
        searchLabel="Recipient"
        filters={[
          { name: "status", label: "Status", options: enumOptions(Object.values(EmailStatus)) },
          { name: "template", label: "Template", options: templates.map((name) => ({ value: name, label: name })) },
        ]}
        emptyMessage="No emails yet. Messages appear here as soon as the portal queues them."
      />
    </>
  );
}
