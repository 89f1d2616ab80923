import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocatorPartner } from "@/server/locator/get-locator-partner";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { humanize } from "@/lib/humanize";
import { CertificationBadges, PartnerLogo, partnerFacts } from "../partner-summary";

// The title and the page read the profile once per request.
const loadPartner = cache(async (id: string) => getLocatorPartner(recordIdParam(id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const partner = await loadPartner((await params).id);
  return { title: partner ? partner.legalName : "Partner" };
}

export default async function PartnerProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const partner = await loadPartner((await params).id);
  if (!partner) notFound();
  return (
    <>
      <PageHeader back={{ href: "/partners", label: "Find a partner" }} title={partner.legalName} description={partnerFacts(partner)} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card title="Profile">
          <DescriptionList
            items={[
              { term: "Description", detail: partner.description },
              {
                term: "Website",
                detail: (
                  <a href={partner.website} className="text-blue-700 underline" rel="noopener noreferrer nofollow">
                    {partner.website}
                  </a>
                ),
              },
              { term: "Country", detail: partner.country },
              { term: "Region", detail: humanize(partner.region) },
              { term: "Tier", detail: humanize(partner.tier) },
              { term: "Tracks", detail: partner.tracks.map(humanize).join(", ") },
              { term: "Languages", detail: partner.languages.join(", ") },
              { term: "Services", detail: partner.services.join(", ") },
              { term: "Locations", detail: partner.locations.join("; ") },
            ]}
          />
        </Card>
        <div className="space-y-4">
          <Card title="Logo">
            <PartnerLogo partner={partner} size={128} />
          </Card>
          <Card title="Company certifications">
            {partner.companyCertifications.length ? (
              <CertificationBadges certifications={partner.companyCertifications} />
            ) : (
              <p className="text-sm text-gray-600">None yet.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
