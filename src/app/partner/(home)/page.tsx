import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { getPartnerOverview } from "@/server/partners/get-partner-overview";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Card, Stat } from "@/components/card";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { DescriptionList } from "@/components/description-list";
import { COMPANY_BADGE_PATHS, COMPANY_CERTIFICATION_NAMES } from "@/server/awards/rules";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Partner home" };

export default async function PartnerHomePage() {
  const user = await requireCapability("company.read");
  const overview = await getPartnerOverview(user);
  const { partner } = overview;
  return (
    <>
      <PageHeader
        title={partner.legalName}
        description={`${humanize(partner.tier)} partner · ${humanize(partner.region)}`}
        actions={<StatusBadge status={partner.status} />}
      />
      <dl className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat label="Active users" value={overview.userCount} />
        <Stat label="Current certifications" value={overview.activeCertifications} />
        <Stat label="Active NFR licenses" value={overview.activeNfrLicenses} />
      </dl>
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <Card title="Program">
          <DescriptionList
            items={[
              { term: "Tracks", detail: partner.tracks.map(humanize).join(", ") },
              { term: "Website", detail: partner.website },
            ]}
          />
        </Card>
        <Card title="Your Channel Account Manager">
          {partner.camOwner ? (
            <p className="text-sm">
              {partner.camOwner.name} ·{" "}
              <a className="text-blue-700 hover:underline" href={`mailto:${partner.camOwner.email}`}>
                {partner.camOwner.email}
              </a>
            </p>
          ) : (
            <p className="text-sm text-gray-600">A Channel Account Manager is assigned when your application is approved.</p>
          )}
        </Card>
        <Card title="Company certifications">
          {partner.companyCertifications.length === 0 ? (
            <p className="text-sm text-gray-600">
              None yet. When your company earns the PSP or CTP certification, its badge shows here and on the partner locator.
            </p>
          ) : (
            <ul className="space-y-3 text-sm">
              {partner.companyCertifications.map((certification) => (
                <li key={certification.id} className="flex items-center gap-3">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a fixed, small SVG from public/: nothing for the image optimizer to do */}
                  <img src={COMPANY_BADGE_PATHS[certification.kind]} alt={`${COMPANY_CERTIFICATION_NAMES[certification.kind]} badge`} width={56} height={56} />
                  <span>
                    <span className="block font-medium text-gray-900">{COMPANY_CERTIFICATION_NAMES[certification.kind]}</span>
                    <span className="block text-gray-600">Awarded {formatDate(certification.awardedAt)}</span>
                    <a href={COMPANY_BADGE_PATHS[certification.kind]} download className="text-blue-700 hover:underline">
                      Download the badge
                    </a>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {/* The licenses' own page lists them with the requests and the form; home keeps only the count. */}
      <p className="text-sm">
        <Link href="/partner/nfr" className="font-medium text-blue-700 hover:underline">
          NFR licenses: request, follow and renew your company&apos;s licenses
        </Link>
      </p>
    </>
  );
}
