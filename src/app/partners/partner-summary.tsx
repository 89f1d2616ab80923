// What the locator shows of a partner in its list and at the top of its profile: logo, name, country, tier, tracks
// and the published company-certification badges. Only fields of PUBLISHED_PARTNER_SELECT reach it.
import type { PublishedPartner } from "@/server/locator/published-partner";
import { humanize } from "@/lib/humanize";

const BADGE_NAMES = {
  PSP: "Certified Professional Services Partner",
  CTP: "Certified Training Partner",
} as const;

export function PartnerLogo({ partner, size }: { partner: Pick<PublishedPartner, "id" | "legalName" | "logoFileId">; size: number }) {
  if (!partner.logoFileId) {
    return (
      <span
        aria-hidden="true"
        style={{ width: size, height: size }}
        className="flex shrink-0 items-center justify-center rounded border border-gray-200 bg-gray-50 text-lg font-semibold text-gray-500"
      >
        {partner.legalName.charAt(0)}
      </span>
    );
  }
  return (
    // A plain img, as on the company page: the logo route sets its own caching headers, and the file id in the query
    // makes a new upload a new address.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/partners/${partner.id}/logo?v=${partner.logoFileId}`}
      alt={`${partner.legalName} logo`}
      width={size}
      height={size}
      className="shrink-0 rounded border border-gray-200 bg-white object-contain p-1"
    />
  );
}

export function CertificationBadges({ certifications }: { certifications: PublishedPartner["companyCertifications"] }) {
  if (certifications.length === 0) return null;
  return (
    <ul aria-label="Company certifications" className="flex flex-wrap gap-2">
      {certifications.map(({ kind }) => (
        <li key={kind} className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-medium text-green-800">
          <abbr title={BADGE_NAMES[kind]} className="no-underline">
            {kind}
          </abbr>
          <span className="sr-only">: {BADGE_NAMES[kind]}</span>
        </li>
      ))}
    </ul>
  );
}

export function partnerFacts(partner: Pick<PublishedPartner, "country" | "tier" | "tracks">): string {
  return [partner.country, `${humanize(partner.tier)} tier`, partner.tracks.map(humanize).join(", ")].filter(Boolean).join(" · ");
}
