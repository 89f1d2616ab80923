// Prime SOWs, work authorizations, consultants, hours and invoices.
import { faker } from "@faker-js/faker";
import { addDays, addHours, subDays, subHours } from "date-fns";
import type { ConsultantStage, Prisma, SowStatus } from "@/generated/prisma/client";
import {
  type PartnerKey,
  type SeedContext,
  type SeedPartner,
  type SeedUser,
  type Staff,
  daysAgo,
  earliest,
  newId,
  partnerByKey,
  personName,
  slugify,
  userAt,
  utcDay,
  utcMonthStart,
} from "./shared";

const SOW_AMOUNT_CENTS = 30_000_000;
const SOW_RATES = [
  { roleName: "Senior Consultant", hourlyRateCents: 22_500 },
  { roleName: "Consultant", hourlyRateCents: 17_500 },
  { roleName: "Project Manager", hourlyRateCents: 19_500 },
];

interface SowPlan {
  partner: PartnerKey;
  status: SowStatus;
  createdDaysAgo: number;
}

const SOW_PLANS: SowPlan[] = [
  { partner: "northwind", status: "ACTIVE", createdDaysAgo: 150 },
  { partner: "emeaSubcontractor", status: "REDLINES", createdDaysAgo: 30 },
  { partner: "apacSubcontractor", status: "DRAFT", createdDaysAgo: 3 },
];

export async function seedSubcontracting(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const year = ctx.now.getUTCFullYear();
  const sows = SOW_PLANS.map((plan, index) => {
    const partner = partnerByKey(partners, plan.partner);
    const createdAt = subDays(ctx.now, plan.createdDaysAgo);
    const active = plan.status === "ACTIVE";
    return {
      partner,
      row: {
        id: newId(),
        partnerId: partner.id,
        number: `PS-SOW-${year}-${String(index + 1).padStart(3, "0")}`,
        amountCents: SOW_AMOUNT_CENTS,
        status: plan.status,
        poNumber: active ? `PO-45${faker.string.numeric(8)}` : null,
        sentAt: plan.status === "DRAFT" ? null : addDays(createdAt, 5),
        executedAt: active ? addDays(createdAt, 20) : null,
        poApprovedAt: active ? addDays(createdAt, 30) : null,
        createdAt,
        updatedAt: createdAt,
      } satisfies Prisma.PrimeSowCreateManyInput,
    };
  });
  await ctx.tx.primeSow.createMany({ data: sows.map((s) => s.row) });
  await ctx.tx.sowRate.createMany({
    data: sows.flatMap((s) => SOW_RATES.map((rate) => ({ sowId: s.row.id, ...rate }))),
  });

  const [activeSow, ...pipelineSows] = sows;
  if (!activeSow) throw new Error("Demo seed: no active SOW planned");
  await seedActiveSowDelivery(ctx, staff, activeSow.partner, activeSow.row.id);
  await seedCandidateConsultants(
    ctx,
    pipelineSows.map((s) => s.partner),
  );
}

interface WorkAuthorizationPlan {
  project: string;
  rate: number;
  hoursAuthorized: number;
  status: "ACTIVE" | "DRAFT";
  // Months from the current one; the draft project starts next month.
  startMonthOffset: number;
}

const WORK_AUTHORIZATION_PLANS: WorkAuthorizationPlan[] = [
  { project: "CI/CD migration", rate: 22_500, hoursAuthorized: 400, status: "ACTIVE", startMonthOffset: -2 },
  { project: "platform implementation", rate: 17_500, hoursAuthorized: 320, status: "ACTIVE", startMonthOffset: -2 },
  { project: "security hardening", rate: 19_500, hoursAuthorized: 160, status: "DRAFT", startMonthOffset: 1 },
];

const WORK_DESCRIPTIONS = [
  "Pipeline configuration workshop with the customer's platform team",
  "Runner fleet migration and validation",
  "Repository import and permissions mapping",
  "Deployment templates for staging and production",
  "Status call and weekly report",
  "Troubleshooting failed pipeline jobs",
];

// The demo subcontractor is mid-engagement: two funded projects, consultants across the pipeline,
// a paid invoice two months back, last month's invoice waiting for the coordinator, this month still open.
async function seedActiveSowDelivery(ctx: SeedContext, staff: Staff, partner: SeedPartner, sowId: string): Promise<void> {
  const workAuthorizations = WORK_AUTHORIZATION_PLANS.map((plan) => {
    const startsOn = utcMonthStart(ctx.now, plan.startMonthOffset);
    const customer = faker.company.name();
    return {
      id: newId(),
      sowId,
      projectName: `${customer} ${plan.project}`,
      scope: `${faker.company.buzzPhrase()} for ${customer}: ${plan.project}, handover documentation and a closing workshop.`,
      technicalRequirements: "Self-managed installation, single sign-on through the customer's identity provider, containerized runners.",
      backgroundCheck: faker.helpers.arrayElement(["Standard background check", "Standard check completed within 12 months", "None required"]),
      hourlyRateCents: plan.rate,
      billingTerms: "Monthly in arrears against approved timesheets, net 30",
      travelAndExpenses: "Remote delivery; travel only with prior written approval, billed at cost with receipts",
      hoursAuthorized: plan.hoursAuthorized,
      amountCents: plan.hoursAuthorized * plan.rate,
      status: plan.status,
      startsOn,
      endsOn: utcMonthStart(ctx.now, plan.startMonthOffset + 6),
      createdAt: subDays(startsOn, 10),
    } satisfies Prisma.WorkAuthorizationCreateManyInput;
  });
  const authorizedCents = workAuthorizations.reduce((sum, wa) => sum + wa.amountCents, 0);
  if (authorizedCents > SOW_AMOUNT_CENTS) throw new Error("Demo seed: work authorizations exceed the SOW");
  await ctx.tx.workAuthorization.createMany({ data: workAuthorizations });

  const consultants = ACTIVE_SOW_CONSULTANTS.map((plan) =>
    consultantRow(ctx, staff, partner, plan.stage, plan.user === undefined ? undefined : userAt(partner, plan.user)),
  );
  await ctx.tx.consultant.createMany({ data: consultants });

  const [migration, implementation] = workAuthorizations;
  const [first, second, onboarding] = consultants;
  if (!migration || !implementation || !first || !second || !onboarding) throw new Error("Demo seed: delivery plan incomplete");
  await ctx.tx.workAuthorizationConsultant.createMany({
    data: [
      { workAuthorizationId: migration.id, consultantId: first.id, assignedAt: migration.startsOn },
      { workAuthorizationId: migration.id, consultantId: onboarding.id, assignedAt: subDays(ctx.now, 3) },
      { workAuthorizationId: implementation.id, consultantId: second.id, assignedAt: implementation.startsOn },
    ],
  });

  const assignments = [
    { wa: migration, consultantId: first.id },
    { wa: implementation, consultantId: second.id },
  ];
  const invoices = [
    { month: utcMonthStart(ctx.now, -2), status: "PAID" as const },
    { month: utcMonthStart(ctx.now, -1), status: "SUBMITTED" as const },
  ].map((plan) => ({ ...plan, id: newId() }));
  const entries: Prisma.TimeEntryCreateManyInput[] = [];
  const invoicedCents = new Map<string, number>();
  for (const { wa, consultantId } of assignments) {
    for (const workedOn of workdays(wa.startsOn, utcDay(ctx.now))) {
      // Consultants split their week across customers, so not every workday lands on this project.
      if (!faker.datatype.boolean({ probability: 0.6 })) continue;
      const minutes = faker.number.int({ min: 8, max: 16 }) * 30;
      const invoice = invoices.find((i) => utcMonthStart(workedOn).getTime() === i.month.getTime());
      if (invoice) invoicedCents.set(invoice.id, (invoicedCents.get(invoice.id) ?? 0) + (minutes * wa.hourlyRateCents) / 60);
      entries.push({
        workAuthorizationId: wa.id,
        consultantId,
        workedOn,
        minutes,
        description: faker.helpers.arrayElement(WORK_DESCRIPTIONS),
        invoiceId: invoice?.id ?? null,
        createdAt: addHours(workedOn, 18),
      });
    }
  }

  await ctx.tx.invoice.createMany({
    data: invoices.map((invoice) => {
      const submittedAt = earliest(addHours(addDays(utcMonthStart(invoice.month, 1), 2), 10), subHours(ctx.now, 2));
      const paid = invoice.status === "PAID";
      return {
        id: invoice.id,
        partnerId: partner.id,
        sowId,
        month: invoice.month,
        status: invoice.status,
        timeAmountCents: Math.round(invoicedCents.get(invoice.id) ?? 0),
        submittedAt,
        decidedById: paid ? staff.ps.id : null,
        decidedAt: paid ? addDays(submittedAt, 4) : null,
        createdAt: submittedAt,
      };
    }),
  });
  await ctx.tx.timeEntry.createMany({ data: entries });
}

function workdays(from: Date, until: Date): Date[] {
  const days: Date[] = [];
  for (let day = from; day < until; day = addDays(day, 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

interface ConsultantPlan {
  stage: ConsultantStage;
  // Index into the partner's users for consultants who sign in themselves to log hours.
  user?: number;
}

const ACTIVE_SOW_CONSULTANTS: ConsultantPlan[] = [
  { stage: "ACTIVE", user: 1 },
  { stage: "ACTIVE", user: 2 },
  { stage: "ONBOARDING" },
  { stage: "DEEP_DIVE_PASSED" },
  { stage: "CANDIDATE" },
  { stage: "OFFBOARDED" },
];

const STAGE_ORDER: ConsultantStage[] = [
  "CANDIDATE",
  "SKILLS_MATRIX_SUBMITTED",
  "VIDEO_REVIEWED",
  "CERTIFICATIONS_VERIFIED",
  "DEEP_DIVE_PASSED",
  "APPROVED",
  "ONBOARDING",
  "ACTIVE",
  "OFFBOARDED",
];

function consultantEmail(name: string, partner: SeedPartner): string {
  return `${slugify(name).replace(/-/g, ".")}@${partner.websiteDomain}`;
}

function reached(stage: ConsultantStage, milestone: ConsultantStage): boolean {
  return STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(milestone);
}

function consultantRow(
  ctx: SeedContext,
  staff: Staff,
  partner: SeedPartner,
  stage: ConsultantStage,
  user: SeedUser | undefined,
): Prisma.ConsultantCreateManyInput & { id: string } {
  const name = user?.name ?? personName();
  // Consultants on projects were vetted before the projects started; the rest are recent.
  const createdAt = reached(stage, "ACTIVE") ? daysAgo(ctx, 100, 160) : daysAgo(ctx, 20, 30);
  const deepDiveAt = addDays(createdAt, 10);
  const onboardedAt = addDays(createdAt, 18);
  return {
    id: newId(),
    partnerId: partner.id,
    userId: user?.id ?? null,
    name,
    email: user?.email ?? consultantEmail(name, partner),
    stage,
    deepDiveAt: reached(stage, "DEEP_DIVE_PASSED") ? deepDiveAt : null,
    deepDiveMinutes: reached(stage, "DEEP_DIVE_PASSED") ? faker.number.int({ min: 30, max: 45 }) : null,
    deepDiveResult: reached(stage, "DEEP_DIVE_PASSED")
      ? "Passed: strong on pipeline design and migration planning; review runner autoscaling before first project."
      : null,
    deepDiveById: reached(stage, "DEEP_DIVE_PASSED") ? staff.ps.id : null,
    onboardingBuddy: reached(stage, "ONBOARDING") ? personName() : null,
    accessRequestedAt: reached(stage, "ONBOARDING") ? onboardedAt : null,
    timeLoggingSetAt: reached(stage, "ACTIVE") ? addDays(onboardedAt, 2) : null,
    offboardedAt: stage === "OFFBOARDED" ? subDays(ctx.now, 12) : null,
    retroNotes: stage === "OFFBOARDED" ? "Project closed on schedule. Access removed; no other ongoing projects for this consultant." : null,
    createdAt,
    updatedAt: createdAt,
  };
}

// Partners whose SOW is still being negotiated are vetting their first consultants.
async function seedCandidateConsultants(ctx: SeedContext, partners: SeedPartner[]): Promise<void> {
  const stages: ConsultantStage[][] = [["SKILLS_MATRIX_SUBMITTED", "VIDEO_REVIEWED", "DECLINED"], ["CANDIDATE"]];
  const rows = partners.flatMap((partner, index) =>
    (stages[index] ?? []).map((stage) => {
      const name = personName();
      const createdAt = daysAgo(ctx, 2, 25);
      return {
        partnerId: partner.id,
        name,
        email: consultantEmail(name, partner),
        stage,
        createdAt,
        updatedAt: createdAt,
      } satisfies Prisma.ConsultantCreateManyInput;
    }),
  );
  await ctx.tx.consultant.createMany({ data: rows });
}
