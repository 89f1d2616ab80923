// TeamOps assessments, partners' matching preferences, referrals and fees.
import { faker } from "@faker-js/faker";
import { addDays, addHours, subDays } from "date-fns";
import type { CompanySize, Prisma, ReferralFeeStatus, ReferralStatus, Region, TeamOpsCategory } from "@/generated/prisma/client";
import { COUNTRIES, PARTNER_SIZES, personEmail } from "./partners";
import { type SeedContext, type SeedPartner, daysAgo, isAuthorized, newId, slugify } from "./shared";

const TEAMOPS_CATEGORIES: TeamOpsCategory[] = [
  "HANDBOOK_FIRST",
  "ASYNC_FIRST",
  "AUTONOMY_FIRST",
  "RESULTS_FIRST",
  "TRANSPARENCY",
  "SHARED_REALITY",
  "EVERYONE_CONTRIBUTES",
  "DECISION_VELOCITY",
  "MEASUREMENT_CLARITY",
];

interface MatchingPreference {
  partner: SeedPartner;
  companySizes: CompanySize[];
  budgetMinCents: number;
  budgetMaxCents: number | null;
  regions: Region[];
  languages: string[];
  serviceCategories: TeamOpsCategory[];
}

interface AssessmentProfile {
  companySize: CompanySize;
  budgetCents: number;
  region: Region;
  languages: string[];
  servicesWanted: TeamOpsCategory[];
}

// Assessments oldest first; each row is the funnel state of its ranks 1–3.
const REFERRAL_OUTCOMES: { daysAgo: number; statuses: [ReferralStatus, ReferralStatus, ReferralStatus] }[] = [
  { daysAgo: 120, statuses: ["WON", "LOST", "LOST"] },
  { daysAgo: 75, statuses: ["PROPOSAL", "QUALIFIED", "LOST"] },
  { daysAgo: 45, statuses: ["WON", "LOST", "CONTACTED"] },
  { daysAgo: 12, statuses: ["CONTACTED", "NEW", "NEW"] },
  { daysAgo: 2, statuses: ["NEW", "NEW", "NEW"] },
];
const FEE_STATUSES: ReferralFeeStatus[] = ["PAID", "INVOICEABLE"];
const REFERRAL_FEE_RATE = 0.1;

export async function seedTeamOps(ctx: SeedContext, partners: SeedPartner[]): Promise<void> {
  const teamOpsPartners = partners.filter((p) => isAuthorized(p) && (p.tracks.includes("TEAMOPS_CONSULTANT") || p.tracks.includes("TEAMOPS_TOOL")));
  const preferences = teamOpsPartners.map((partner) => buildPreference(partner));
  await ctx.tx.teamOpsMatchingPreference.createMany({
    data: preferences.map(({ partner, ...prefs }) => ({
      ...prefs,
      partnerId: partner.id,
      countries: [partner.country],
      approvedAt: partner.decidedAt ? addDays(partner.decidedAt, 10) : null,
    })),
  });
  await ctx.tx.caseStudy.createMany({ data: teamOpsPartners.flatMap((partner) => buildCaseStudies(ctx, partner)) });

  const assessments: Prisma.TeamOpsAssessmentCreateManyInput[] = [];
  const scores: Prisma.TeamOpsAssessmentScoreCreateManyInput[] = [];
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const fees: Prisma.ReferralFeeCreateManyInput[] = [];
  for (const outcome of REFERRAL_OUTCOMES) {
    const assessmentId = newId();
    const createdAt = subDays(ctx.now, outcome.daysAgo);
    const categoryScores = TEAMOPS_CATEGORIES.map((category) => ({ category, score: faker.number.int({ min: 15, max: 95 }) }));
    // The weakest categories are the consultancy the prospect needs.
    const servicesWanted = [...categoryScores]
      .sort((a, b) => a.score - b.score)
      .slice(0, 3)
      .map((s) => s.category);
    const region = faker.helpers.arrayElement<Region>(["AMER", "EMEA", "APAC"]);
    const place = faker.helpers.arrayElement(COUNTRIES[region]);
    const profile: AssessmentProfile = {
      companySize: faker.helpers.arrayElement(PARTNER_SIZES),
      budgetCents: faker.number.int({ min: 30, max: 400 }) * 50_000,
      region,
      languages: place.languages,
      servicesWanted,
    };
    const company = faker.company.name();
    const contactFirst = faker.person.firstName();
    const contactLast = faker.person.lastName();
    assessments.push({
      id: assessmentId,
      companyName: company,
      contactName: `${contactFirst} ${contactLast}`,
      contactEmail: personEmail(contactFirst, contactLast, `${slugify(company)}.example.com`),
      country: place.country,
      ...profile,
      createdAt,
    });
    scores.push(...categoryScores.map((s) => ({ assessmentId, ...s })));

    const ranked = rankPartners(preferences, profile).slice(0, 3);
    ranked.forEach((match, index) => {
      const status = outcome.statuses[index] ?? "NEW";
      const referralId = newId();
      const won = status === "WON";
      const wonAt = won ? addDays(createdAt, 40) : null;
      const dealAmountCents = won ? faker.number.int({ min: 40, max: 180 }) * 50_000 : null;
      referrals.push({
        id: referralId,
        assessmentId,
        partnerId: match.partner.id,
        rank: index + 1,
        score: match.score,
        scoreBreakdown: match.breakdown,
        status,
        dealAmountCents,
        wonAt,
        createdAt: addHours(createdAt, 1),
        updatedAt: wonAt ?? addHours(createdAt, 1),
      });
      if (dealAmountCents !== null && wonAt) {
        const feeStatus = FEE_STATUSES[fees.length] ?? "INVOICEABLE";
        fees.push({
          referralId,
          amountCents: Math.round(dealAmountCents * REFERRAL_FEE_RATE),
          status: feeStatus,
          invoicedAt: feeStatus === "INVOICEABLE" ? null : addDays(wonAt, 5),
          paidAt: feeStatus === "PAID" ? addDays(wonAt, 35) : null,
          createdAt: wonAt,
        });
      }
    });
  }
  await ctx.tx.teamOpsAssessment.createMany({ data: assessments });
  await ctx.tx.teamOpsAssessmentScore.createMany({ data: scores });
  await ctx.tx.referral.createMany({ data: referrals });
  await ctx.tx.referralFee.createMany({ data: fees });
}

function buildPreference(partner: SeedPartner): MatchingPreference {
  const otherRegions = (["AMER", "EMEA", "APAC"] as Region[]).filter((r) => r !== partner.region);
  return {
    partner,
    companySizes: faker.helpers.arrayElements(PARTNER_SIZES, { min: 2, max: 4 }),
    budgetMinCents: faker.helpers.arrayElement([0, 500_000, 1_000_000, 2_500_000]),
    budgetMaxCents: faker.helpers.arrayElement([null, 10_000_000, 25_000_000]),
    regions: [partner.region, ...faker.helpers.arrayElements(otherRegions, { min: 0, max: 1 })],
    languages: partner.languages,
    serviceCategories: faker.helpers.arrayElements(TEAMOPS_CATEGORIES, { min: 3, max: 5 }),
  };
}

function buildCaseStudies(ctx: SeedContext, partner: SeedPartner): Prisma.CaseStudyCreateManyInput[] {
  return faker.helpers.multiple(
    () => {
      const client = faker.company.name();
      const title = `How ${client} moved to ${faker.helpers.arrayElement(["async-first planning", "a handbook-first culture", "results-based goals", "transparent decision logs"])}`;
      const publishedAt = daysAgo(ctx, 30, 400);
      return { partnerId: partner.id, title, url: `https://${partner.websiteDomain}/case-studies/${slugify(client)}`, publishedAt, createdAt: publishedAt };
    },
    { count: { min: 1, max: 2 } },
  );
}

// Same scoring as the referral rules describe: fixed points per criterion, so a ranking explains itself.
function rankPartners(
  preferences: MatchingPreference[],
  profile: AssessmentProfile,
): { partner: SeedPartner; score: number; breakdown: Record<string, number> }[] {
  return preferences
    .map((pref) => {
      const overlap = profile.servicesWanted.filter((c) => pref.serviceCategories.includes(c)).length;
      const breakdown = {
        region: pref.regions.includes(profile.region) ? 30 : 0,
        size: pref.companySizes.includes(profile.companySize) ? 20 : 0,
        budget: profile.budgetCents >= pref.budgetMinCents && (pref.budgetMaxCents === null || profile.budgetCents <= pref.budgetMaxCents) ? 20 : 0,
        language: profile.languages.some((l) => pref.languages.includes(l)) ? 15 : 0,
        services: Math.round((15 * overlap) / profile.servicesWanted.length),
      };
      const score = Object.values(breakdown).reduce((sum, points) => sum + points, 0);
      return { partner: pref.partner, score, breakdown };
    })
    .sort((a, b) => b.score - a.score || a.partner.legalName.localeCompare(b.partner.legalName));
}
