import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { CompanyCertificationKind, PartnerTier, PartnerTrack, Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import type { SearchParams } from "@/server/lists/define-list";
import { COUNT_CAP, firstValue, pageArgs, parseFilter, parseListParams } from "@/server/lists/params";
import { LISTED_PARTNER_WHERE, PUBLISHED_PARTNER_SELECT, type PublishedPartner } from "@/server/locator/published-partner";

export const LOCATOR_PAGE_SIZE = 20;

/** The locator's search and filters as the URL gives them; a value that is not one of ours is left out. */
export interface LocatorQuery {
  q: string;
  region?: Region;
  country?: string;
  track?: PartnerTrack;
  tier?: PartnerTier;
  language?: string;
  service?: string;
  certification?: CompanyCertificationKind;
}

export interface LocatorOptions {
  countries: string[];
  languages: string[];
  services: string[];
}

export interface LocatorPage {
  query: LocatorQuery;
  /** The URL's parameters the page links keep (filters and search, without the page). */
  params: Record<string, string>;
  page: number;
  pageSize: number;
  partners: PublishedPartner[];
  total: number;
  totalIsCapped: boolean;
  options: LocatorOptions;
}

const MAX_TEXT_FILTER = 100;

/** A free-text filter (country, language, service): trimmed, and left out when empty or too long to be one. */
function textFilter(searchParams: SearchParams, name: string): string | undefined {
  const value = firstValue(searchParams, name)?.trim();
  return value && value.length <= MAX_TEXT_FILTER ? value : undefined;
}

export function parseLocatorQuery(searchParams: SearchParams): LocatorQuery & { page: number } {
  const { page, q } = parseListParams(searchParams, { sortable: ["legalName"], defaultSort: "legalName" });
  return {
    page,
    q,
    region: parseFilter(searchParams, "region", Object.values(Region)),
    country: textFilter(searchParams, "country"),
    track: parseFilter(searchParams, "track", Object.values(PartnerTrack)),
    tier: parseFilter(searchParams, "tier", Object.values(PartnerTier)),
    language: textFilter(searchParams, "language"),
    service: textFilter(searchParams, "service"),
    certification: parseFilter(searchParams, "certification", Object.values(CompanyCertificationKind)),
  };
}

/** `text` inside ILIKE's pattern, its wildcards taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The WHERE of the locator's search, Authorized partners only, always. The search reads "locatorSearch" (legal name,
 * description and services, kept by a trigger) through its trigram index; written as SQL because the filters read
 * array elements and the company certifications in the same statement.
 */
function whereSql(query: LocatorQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."status" = ${LISTED_PARTNER_WHERE.status}::"PartnerStatus"`];
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(Prisma.sql`p."locatorSearch" ILIKE ${pattern}`);
  }
  if (query.region) conditions.push(Prisma.sql`p."region" = ${query.region}::"Region"`);
  if (query.country) conditions.push(Prisma.sql`p."country" = ${query.country}`);
  if (query.track) conditions.push(Prisma.sql`${query.track}::"PartnerTrack" = ANY(p."tracks")`);
  if (query.tier) conditions.push(Prisma.sql`p."tier" = ${query.tier}::"PartnerTier"`);
  if (query.language) conditions.push(Prisma.sql`${query.language} = ANY(p."languages")`);
  if (query.service) conditions.push(Prisma.sql`${query.service} = ANY(p."services")`);
  if (query.certification) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "CompanyCertification" c WHERE c."partnerId" = p."id" AND c."kind" = ${query.certification}::"CompanyCertificationKind" AND c."publishedAt" IS NOT NULL)`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

// The choices of the country, language and service filters change only when a partner is authorized or edits its
// profile; reading every listed partner's arrays on each visit would cost more than the page itself at 10,000
// partners, so each web process keeps them for a few minutes.
const OPTIONS_TTL_MS = 5 * 60 * 1000;
let cachedOptions: { until: number; options: Promise<LocatorOptions> } | null = null;

async function readOptions(): Promise<LocatorOptions> {
  const rows = await prisma.$queryRaw<{ kind: keyof LocatorOptions; value: string }[]>`
    SELECT 'countries' AS kind, p."country" AS value FROM "Partner" p WHERE p."status" = 'AUTHORIZED'
    UNION SELECT 'languages', unnest(p."languages") FROM "Partner" p WHERE p."status" = 'AUTHORIZED'
    UNION SELECT 'services', unnest(p."services") FROM "Partner" p WHERE p."status" = 'AUTHORIZED'
    ORDER BY 1, 2`;
  const options: LocatorOptions = { countries: [], languages: [], services: [] };
  for (const row of rows) options[row.kind].push(row.value);
  return options;
}

function locatorOptions(now = Date.now()): Promise<LocatorOptions> {
  if (!cachedOptions || cachedOptions.until < now) {
    const options = readOptions();
    cachedOptions = { until: now + OPTIONS_TTL_MS, options };
    // A failed read is not kept: the next visit tries again.
    options.catch(() => {
      if (cachedOptions?.options === options) cachedOptions = null;
    });
  }
  return cachedOptions.options;
}

/** One page of the public locator: Authorized partners matching the URL's search and filters, by name. */
export async function listLocatorPartners(searchParams: SearchParams): Promise<LocatorPage> {
  const { page, ...query } = parseLocatorQuery(searchParams);
  const { skip, take } = pageArgs({ page, pageSize: LOCATOR_PAGE_SIZE });
  const where = whereSql(query);
  const [ids, counted, options] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "Partner" p WHERE ${where} ORDER BY p."legalName", p."id" LIMIT ${take} OFFSET ${skip}`,
    // At most COUNT_CAP + 1 rows are read, as the lists' capped counts do.
    prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (SELECT 1 FROM "Partner" p WHERE ${where} LIMIT ${COUNT_CAP + 1}) matching`,
    locatorOptions(),
  ]);
  const rows = ids.length
    ? await prisma.partner.findMany({ where: { id: { in: ids.map((row) => row.id) }, ...LISTED_PARTNER_WHERE }, select: PUBLISHED_PARTNER_SELECT })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const count = counted[0]?.count ?? 0;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) if (value) params[name] = value;
  return {
    query,
    params,
    page,
    pageSize: LOCATOR_PAGE_SIZE,
    partners: ids.flatMap((row) => byId.get(row.id) ?? []),
    total: Math.min(count, COUNT_CAP),
    totalIsCapped: count > COUNT_CAP,
    options,
  };
}
