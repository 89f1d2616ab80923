import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireCapability } from "@/server/auth/session";
import { getCertificationCatalog } from "@/server/certifications/get-certification-catalog";
import { parsePageParams } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusAlert } from "@/components/status-alert";
import { CertificationForm } from "./certification-form";
import { PspThresholdForm } from "./psp-threshold-form";

export const metadata: Metadata = { title: "Certifications" };

const yesNo = (value: boolean) => (value ? "Yes" : "No");

export default async function CertificationCatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("certifications.manage");
  const { saved } = parsePageParams(z.object({ saved: z.string().max(32).optional().catch(undefined) }), await searchParams);
  const { certifications, pspThreshold } = await getCertificationCatalog();
  return (
    <>
      <PageHeader title="Certifications" description="The individual certifications partners' people earn, and the company certifications they lead to." />
      {saved ? (
        <div className="mb-4">
          <StatusAlert tone="success">{`Saved ${saved}.`}</StatusAlert>
        </div>
      ) : null}
      <div className="mb-8 overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="px-3 py-2 text-left font-semibold text-gray-900">Individual certifications</caption>
          <thead className="bg-gray-50 text-left text-gray-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Code
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Passing score
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Valid for
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Counts toward PSP
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                NFR check
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Active
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {certifications.map((certification) => (
              <tr key={certification.id}>
                <td className="px-3 py-2">
                  <Link href={`/admin/certifications/${certification.id}`} className="text-blue-700 hover:underline">
                    {certification.code}
                  </Link>
                </td>
                <td className="px-3 py-2">{certification.name}</td>
                <td className="px-3 py-2">{certification.passingScore}</td>
                <td className="px-3 py-2">{certification.validityMonths === null ? "Never expires" : `${certification.validityMonths} months`}</td>
                <td className="px-3 py-2">{yesNo(certification.countsTowardPsp)}</td>
                <td className="px-3 py-2">{yesNo(certification.meetsNfrCheck)}</td>
                <td className="px-3 py-2">{yesNo(certification.active)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
