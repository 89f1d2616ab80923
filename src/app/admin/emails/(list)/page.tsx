import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { outboxEmailList } from "@/server/mail/outbox-email-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Emails" };

export default async function AdminEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(outboxEmailList.capability);
  const emails = await loadListPage(outboxEmailList, user, await searchParams);
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
      <DataTable list={emails} />
    </>
  );
}
