import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getOutboxEmail } from "@/server/mail/get-outbox-email";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { ResendForm } from "./resend-form";
import { recordIdParam } from "@/server/page-params";

export const metadata: Metadata = { title: "Email" };

export default async function AdminEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("emails.manage");
  const email = await getOutboxEmail(user, recordIdParam((await params).id));
  if (!email) notFound();
  return (
    <>
      <PageHeader
        back={{ href: "/admin/emails", label: "All emails" }}
        title={email.subject}
        description={`To ${email.to} · template ${email.template}`}
        actions={<StatusBadge status={email.status} />}
      />
      <div className="mb-6 flex flex-wrap items-start gap-6 text-sm text-gray-700">
        <p>Queued {email.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</p>
        <p>Attempts: {email.attempts}</p>
        {email.lastError ? <p className="text-red-700">Last error: {email.lastError}</p> : null}
        {email.status !== "PENDING" ? <ResendForm emailId={email.id} /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="As HTML">
          {/* The message's own markup, kept away from the portal's page and scripts. */}
          <iframe title="Message as HTML" srcDoc={email.html} sandbox="" className="h-96 w-full rounded border border-gray-200 bg-white" />
        </Card>
        <Card title="As plain text">
          <pre className="whitespace-pre-wrap break-words text-sm">{email.text}</pre>
        </Card>
      </div>
    </>
  );
}
