import type { Metadata } from "next";
import Link from "next/link";
import { CompanyCertificationKind, PartnerTier, PartnerTrack, Region } from "@/generated/prisma/enums";
import { listLocatorPartners, type LocatorPage } from "@/server/locator/list-locator-partners";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { hrefWith } from "@/components/data-table";
import { humanize } from "@/lib/humanize";
import { CertificationBadges, PartnerLogo, partnerFacts } from "../partner-summary";

export const metadata: Metadata = {
  title: "Find a partner",
  description: "Search the program's Authorized partners by region, country, track, tier, language, service and company certification.",
};

const PATH = "/partners";
const controlClass = "h-9 w-full rounded-md border border-gray-300 bg-white px-3 text-sm";

interface SelectFilter {
  name: keyof LocatorPage["query"];
  label: string;
  options: { value: string; label: string }[];
}

const enumOptions = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));
const textOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

function filtersOf(locator: LocatorPage): SelectFilter[] {
  const { options, query } = locator;
  // A value in the URL that no listed partner has any more is still shown as chosen, not silently dropped.
  const withChosen = (values: string[], chosen: string | undefined) => (chosen && !values.includes(chosen) ? [chosen, ...values] : values);
  return [
    { name: "region", label: "Region", options: enumOptions(Object.values(Region)) },
    { name: "country", label: "Country", options: textOptions(withChosen(options.countries, query.country)) },
    { name: "track", label: "Track", options: enumOptions(Object.values(PartnerTrack)) },
    { name: "tier", label: "Tier", options: enumOptions(Object.values(PartnerTier)) },
    { name: "language", label: "Language", options: textOptions(withChosen(options.languages, query.language)) },
    { name: "service", label: "Service", options: textOptions(withChosen(options.services, query.service)) },
    {
      name: "certification",
      label: "Company certification",
      options: Object.values(CompanyCertificationKind).map((kind) => ({ value: kind, label: kind })),
    },
  ];
}

function SearchForm({ locator }: { locator: LocatorPage }) {
  const { query } = locator;
  return (
    <form method="get" action={PATH} role="search" aria-label="Find a partner" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="locator-q" className="block text-sm font-medium text-gray-800">
          Name, description or service
        </label>
        <input id="locator-q" name="q" type="search" maxLength={100} defaultValue={query.q} className={controlClass} />
      </div>
      {filtersOf(locator).map((filter) => (
        <div key={filter.name} className="min-w-0 space-y-1">
          <label htmlFor={`locator-${filter.name}`} className="block text-sm font-medium text-gray-800">
            {filter.label}
          </label>
          <select id={`locator-${filter.name}`} name={filter.name} defaultValue={query[filter.name] ?? ""} className={controlClass}>
            <option value="">Any</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="flex items-end gap-3">
        <button type="submit" className="h-9 rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800">
          Search
        </button>
        {Object.keys(locator.params).length ? (
          <Link href={PATH} className="text-sm text-blue-700 hover:underline">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

export default async function PartnerLocatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locator = await listLocatorPartners(await searchParams);
  const { partners } = locator;
  return (
    <>
      <PageHeader title="Find a partner" description="Authorized partners of the program, by name. Each profile shows what the partner publishes." />
      <SearchForm locator={locator} />
      <section aria-label="Partners">
        {partners.length === 0 ? (
          <p className="py-8 text-center text-gray-600">
            {locator.page > 1 && locator.total > 0 ? "There is no such page of results." : "No Authorized partner matches this search."}
          </p>
        ) : (
          <>
            <ul className="mb-4 divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
              {partners.map((partner) => (
                <li key={partner.id} className="flex items-start gap-4 p-4">
                  <PartnerLogo partner={partner} size={48} />
                  <div className="min-w-0 flex-1 space-y-1">
                    <h2 className="text-base font-semibold [overflow-wrap:anywhere]">
                      <Link href={`/partners/${partner.id}`} className="text-blue-700 hover:underline">
                        {partner.legalName}
                      </Link>
                    </h2>
                    <p className="text-sm text-gray-600">{partnerFacts(partner)}</p>
                    <CertificationBadges certifications={partner.companyCertifications} />
                  </div>
                </li>
              ))}
            </ul>
            <Pager
              label="Partner pages"
              page={locator.page}
              pageSize={locator.pageSize}
              rowCount={partners.length}
              total={locator.total}
              totalIsCapped={locator.totalIsCapped}
              hrefFor={(page) => hrefWith(PATH, locator.params, { page: String(page) })}
            />
          </>
        )}
      </section>
    </>
  );
}
