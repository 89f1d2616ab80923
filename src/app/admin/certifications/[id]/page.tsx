import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getCertification } from "@/server/certifications/get-certification-catalog";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { CertificationForm } from "../certification-form";

export const metadata: Metadata = { title: "Edit certification" };

export default async function EditCertificationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("certifications.manage");
  const certification = await getCertification(recordIdParam((await params).id));
  if (!certification) notFound();
  return (
    <>
      <PageHeader title={`${certification.name} (${certification.code})`} back={{ href: "/admin/certifications", label: "Certifications" }} />
      <div className="max-w-2xl">
        <Card title="Edit the certification">
          <CertificationForm certification={certification} />
        </Card>
      </div>
    </>
  );
}
