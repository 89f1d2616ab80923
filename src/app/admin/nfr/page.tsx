import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { getNfrSettings } from "@/server/nfr/get-nfr-settings";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { NFR_CAPS, NFR_CAP_MODE_LABELS, NFR_EXPIRY_NOTICE_DAYS, NFR_LICENSE_MONTHS } from "@/lib/nfr";
import { CapModeForm } from "./cap-mode-form";

export const metadata: Metadata = { title: "NFR settings" };

export default async function NfrSettingsPage() {
  await requireCapability("nfr.settings");
  const { capMode } = await getNfrSettings();
  const unit = capMode === "LICENSES" ? "active licenses" : "users across active licenses";
  return (
    <>
      <PageHeader title="NFR settings" description="How the Partner Help Desk's eligibility check (b) counts what a partner holds against its tier's cap." />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Cap">
          <CapModeForm capMode={capMode} />
        </Card>
        <Card title="Caps by tier">
          <div className="space-y-3 text-sm text-gray-800">
            <table className="min-w-full divide-y divide-gray-200 text-sm">
              <caption className="sr-only">The cap of each tier, as counted now</caption>
              <thead className="text-left text-gray-700">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Tier
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Cap ({NFR_CAP_MODE_LABELS[capMode].toLowerCase()})
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                <tr>
                  <td className="py-2 pr-4">Select</td>
                  <td className="py-2">
                    {NFR_CAPS.SELECT} {unit}
                  </td>
                </tr>
                <tr>
                  <td className="py-2 pr-4">Open</td>
                  <td className="py-2">
                    {NFR_CAPS.OPEN} {unit}
                  </td>
                </tr>
              </tbody>
            </table>
            <p>
              A license runs {NFR_LICENSE_MONTHS} months, or ends with the partner&apos;s active licenses; a renewal replaces the license it renews, which stops
              counting. The partner&apos;s admins and CAM are told {NFR_EXPIRY_NOTICE_DAYS} days before a license expires.
            </p>
          </div>
        </Card>
      </div>
    </>
  );
}
