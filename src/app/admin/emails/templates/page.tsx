import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { previewEmailTemplates } from "@/server/mail/preview-email-templates";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Email templates" };

export default async function EmailTemplatesPage() {
  await requireCapability("emails.manage");
  const previews = await previewEmailTemplates();
  return (
    <>
      <PageHeader
        back={{ href: "/admin/emails", label: "All emails" }}
        title="Email templates"
        description="Every message the portal sends, with example data."
      />
      <div className="space-y-8">
        {previews.map(({ name, rendered }) => (
          <section key={name} aria-labelledby={`template-${name}`} className="space-y-3">
            <h2 id={`template-${name}`} className="text-lg font-semibold">
              {name} <span className="font-normal text-gray-600">· Subject: {rendered.subject}</span>
            </h2>
            <div className="grid gap-4 lg:grid-cols-2">
              <Card title={`${name} as HTML`}>
                <iframe title={`${name} as HTML`} srcDoc={rendered.html} sandbox="" className="h-80 w-full rounded border border-gray-200 bg-white" />
              </Card>
              <Card title={`${name} as plain text`}>
                <pre className="whitespace-pre-wrap break-words text-sm">{rendered.text}</pre>
              </Card>
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
