import type { Metadata } from "next";
import { z } from "zod";
import { requireCapability } from "@/server/auth/session";
import { getPspThreshold } from "@/server/certifications/get-certification-catalog";
import { certificationCatalogList } from "@/server/certifications/certification-catalog-list";
import { loadListPage } from "@/server/lists/load-list-page";
import { parsePageParams } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusAlert } from "@/components/status-alert";
import { DataTable } from "@/components/data-table";
import { CertificationForm } from "./certification-form";
import { PspThresholdForm } from "./psp-threshold-form";

export const metadata: Metadata = { title: "Certifications" };

export default async function CertificationCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(certificationCatalogList.capability);
  const params = await searchParams;
  const { saved } = parsePageParams(z.object({ saved: z.string().max(32).optional().catch(undefined) }), params);
  const [certifications, pspThreshold] = await Promise.all([loadListPage(certificationCatalogList, user, params), getPspThreshold()]);
  return (
    <>
      <PageHeader title="Certifications" description="The individual certifications partners' people earn, and the company certifications they lead to." />
      {saved ? (
        <div className="mb-4">
          <StatusAlert tone="success">{`Saved ${saved}.`}</StatusAlert>
        </div>
      ) : null}
      <div className="mb-8">
        <DataTable list={certifications} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Add a certification">
          <CertificationForm />
        </Card>
        <Card title="Company certifications">
          <div className="space-y-4 text-sm text-gray-800">
            <p>
              <span className="font-medium">Certified Professional Services Partner (PSP)</span>: awarded when a partner has enough certified PSEs (people
              holding an unexpired certification that counts toward PSP). Reaching the threshold opens an award case for the CAM.
            </p>
            <PspThresholdForm pspThreshold={pspThreshold} />
            <p>
              <span className="font-medium">Certified Training Partner (CTP)</span>: by the CAM&apos;s invitation, awarded when its tracking is complete within
              6 months.
            </p>
          </div>
        </Card>
      </div>
    </>
  );
}
