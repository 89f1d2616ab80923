// Prime SOWs with their timelines, work authorizations, consultants, hours and invoices. Northwind's active SOW is
// sized from the hours its consultants logged so that its funds left sit a little above the $60,000 line and
// approving the waiting invoice crosses it; one of its two projects runs ahead of its authorized hours.
import { faker } from "@faker-js/faker";
import { addDays, addHours, subDays, subHours } from "date-fns";
import type { ConsultantStage, Prisma, SowStatus } from "@/generated/prisma/client";
import { changeOrderProjection, REPLENISHMENT_LINE_CENTS, timeValueCents } from "@/server/subcontracting/rules";
import { BURN_SUMS_SQL } from "../burn-sums";
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

// The standard amount; the active SOW is then sized from its hours (seedActiveSowDelivery).
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
  { partner: "northwind", status: "ACTIVE", createdDaysAgo: 260 },
  { partner: "emeaSubcontractor", status: "REDLINES", createdDaysAgo: 30 },
  // Its DPA is not executed yet (agreements.ts), so the coordinator cannot send it.
  { partner: "apacSubcontractor", status: "DRAFT", createdDaysAgo: 3 },
];

// The lifecycle each planned status went through, with the days after the SOW was drafted that each step took.
const TIMELINES: Record<"ACTIVE" | "REDLINES" | "DRAFT", [SowStatus, number][]> = {
  DRAFT: [["DRAFT", 0]],
  REDLINES: [
    ["DRAFT", 0],
    ["SENT_TO_PARTNER", 5],
    ["REDLINES", 12],
  ],
  ACTIVE: [
    ["DRAFT", 0],
    ["SENT_TO_PARTNER", 5],
    ["LEGAL_STAMP", 12],
    ["OUT_FOR_SIGNATURE", 15],
    ["EXECUTED", 20],
    ["PO_APPROVED", 30],
    ["ACTIVE", 31],
  ],
};

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
  await ctx.tx.primeSowTransition.createMany({
    data: sows.flatMap((s, index) =>
      TIMELINES[SOW_PLANS[index]!.status as keyof typeof TIMELINES].map(([toStatus, days], step, timeline) => ({
        sowId: s.row.id,
        fromStatus: step === 0 ? null : timeline[step - 1]![0],
        toStatus,
        actorId: staff.ps.id,
        note: toStatus === "REDLINES" ? "Partner asked to change the payment terms to net 45." : null,
        at: addDays(s.row.createdAt, days),
      })),
    ),
  });

  const [activeSow, ...pipelineSows] = sows;
  if (!activeSow) throw new Error("Demo seed: no active SOW planned");
  await seedActiveSowDelivery(ctx, staff, activeSow.partner, activeSow.row.id);
  await seedCandidateConsultants(
    ctx,
    staff,
    pipelineSows.map((s) => s.partner),
  );
  // The kept sums (authorized, invoiced, minutes logged, the monthly burn rows) as the operations would have kept them.
  for (const sql of BURN_SUMS_SQL) await ctx.tx.$executeRawUnsafe(sql, "%");
}

interface WorkAuthorizationPlan {
  project: string;
  rate: number;
  status: "ACTIVE" | "DRAFT";
  // Months from the current one: the active projects started seven months ago, the draft one starts next month.
  startMonthOffset: number;
  // The first month after the project's last day.
  endMonthOffset: number;
  // How the hours authorized compare with the pace: "on pace" leaves room, "ahead" is passed before the end date.
  pace?: "on pace" | "ahead";
  // For the draft project, which has no hours yet.
  hoursAuthorized?: number;
}

const WORK_AUTHORIZATION_PLANS: WorkAuthorizationPlan[] = [
  { project: "CI/CD migration", rate: 22_500, status: "ACTIVE", startMonthOffset: -7, endMonthOffset: 2, pace: "ahead" },
  { project: "platform implementation", rate: 17_500, status: "ACTIVE", startMonthOffset: -7, endMonthOffset: 1, pace: "on pace" },
  { project: "security hardening", rate: 19_500, status: "DRAFT", startMonthOffset: 1, endMonthOffset: 3, hoursAuthorized: 40 },
];

const WORK_DESCRIPTIONS = [
  "Pipeline configuration workshop with the customer's platform team",
  "Runner fleet migration and validation",
  "Repository import and permissions mapping",
  "Deployment templates for staging and production",
  "Status call and weekly report",
  "Troubleshooting failed pipeline jobs",
];

// Every month from the projects' start to two months back is invoiced and paid; last month's invoice waits for the
// coordinator; this month is open.
const PAID_MONTHS_BACK = { from: -7, to: -2 } as const;

// The demo subcontractor is mid-engagement: two funded projects, consultants across the pipeline, months of paid
// invoices, last month's invoice waiting for the coordinator, this month still open.
async function seedActiveSowDelivery(ctx: SeedContext, staff: Staff, partner: SeedPartner, sowId: string): Promise<void> {
  const today = utcDay(ctx.now);
  const workAuthorizations = WORK_AUTHORIZATION_PLANS.map((plan) => {
    const startsOn = utcMonthStart(ctx.now, plan.startMonthOffset);
    const customer = faker.company.name();
    return {
      plan,
      row: {
        id: newId(),
        sowId,
        projectName: `${customer} ${plan.project}`,
        customerName: customer,
        scope: `${faker.company.buzzPhrase()} for ${customer}: ${plan.project}, handover documentation and a closing workshop.`,
        technicalRequirements: "Self-managed installation, single sign-on through the customer's identity provider, containerized runners.",
        backgroundCheck: faker.helpers.arrayElement(["Standard background check", "Standard check completed within 12 months", "None required"]),
        hourlyRateCents: plan.rate,
        billingTerms: "Monthly in arrears against approved timesheets, net 30",
        travelAndExpenses: "Remote delivery; travel only with prior written approval, billed at cost with receipts",
        hoursAuthorized: plan.hoursAuthorized ?? 0,
        amountCents: 0,
        status: plan.status,
        startsOn,
        endsOn: subDays(utcMonthStart(ctx.now, plan.endMonthOffset), 1),
        createdAt: subDays(startsOn, 10),
      } satisfies Prisma.WorkAuthorizationCreateManyInput,
    };
  });

  const consultants = ACTIVE_SOW_CONSULTANTS.map((plan) =>
    consultantRow(ctx, staff, partner, plan.stage, plan.user === undefined ? undefined : userAt(partner, plan.user)),
  );
  const [migration, implementation] = workAuthorizations;
  const [first, second, onboarding] = consultants;
  if (!migration || !implementation || !first || !second || !onboarding) throw new Error("Demo seed: delivery plan incomplete");

  const invoices = [
    ...Array.from({ length: PAID_MONTHS_BACK.to - PAID_MONTHS_BACK.from + 1 }, (_, index) => ({
      month: utcMonthStart(ctx.now, PAID_MONTHS_BACK.from + index),
      status: "PAID" as const,
    })),
    { month: utcMonthStart(ctx.now, -1), status: "SUBMITTED" as const },
  ].map((plan) => ({ ...plan, id: newId(), timeAmountCents: 0 }));

  // Each consultant gives most workdays three and a half to four and a half hours to their project.
  const entries: Prisma.TimeEntryCreateManyInput[] = [];
  const minutesOf = new Map<string, number>();
  for (const { wa, consultant } of [
    { wa: migration.row, consultant: first },
    { wa: implementation.row, consultant: second },
  ]) {
    for (const workedOn of workdays(wa.startsOn, today)) {
      if (!faker.datatype.boolean({ probability: 0.85 })) continue;
      const minutes = faker.number.int({ min: 7, max: 9 }) * 30;
      const invoice = invoices.find((i) => utcMonthStart(workedOn).getTime() === i.month.getTime());
      if (invoice) invoice.timeAmountCents += timeValueCents(minutes, wa.hourlyRateCents);
      minutesOf.set(wa.id, (minutesOf.get(wa.id) ?? 0) + minutes);
      entries.push({
        workAuthorizationId: wa.id,
        consultantId: consultant.id,
        workedOn,
        minutes,
        description: faker.helpers.arrayElement(WORK_DESCRIPTIONS),
        status: "APPROVED",
        loggedById: consultant.userId ?? null,
        invoiceId: invoice?.id ?? null,
        createdAt: addHours(workedOn, 18),
      });
    }
  }

  // Hours authorized from today's pace: room to spare on the project on pace; on the one ahead, a quarter of the way
  // from what it logged to where its pace ends, so the coordinator sees it pass before its end date.
  for (const { plan, row } of workAuthorizations) {
    if (!plan.pace) continue;
    const minutesLogged = minutesOf.get(row.id) ?? 0;
    const { projectedMinutes } = changeOrderProjection({ minutesLogged, hoursAuthorized: 0, startsOn: row.startsOn, endsOn: row.endsOn, today });
    const minutes = plan.pace === "on pace" ? projectedMinutes * 1.05 : minutesLogged + (projectedMinutes - minutesLogged) / 4;
    row.hoursAuthorized = Math.ceil(minutes / 60);
  }
  for (const { row } of workAuthorizations) row.amountCents = row.hoursAuthorized * row.hourlyRateCents;

  // The SOW's funds: enough for what is authorized, and at least the line plus a quarter of the waiting invoice above
  // what was paid, in whole thousands; approving the waiting invoice must take it to the line or below.
  const paidCents = invoices.filter((i) => i.status === "PAID").reduce((sum, i) => sum + i.timeAmountCents, 0);
  const waitingCents = invoices.find((i) => i.status === "SUBMITTED")?.timeAmountCents ?? 0;
  const authorizedCents = workAuthorizations.reduce((sum, { row }) => sum + row.amountCents, 0);
  const amountCents = Math.ceil(Math.max(authorizedCents, paidCents + REPLENISHMENT_LINE_CENTS + waitingCents / 4) / 1_000_00) * 1_000_00;
  const remainingCents = amountCents - paidCents;
  if (remainingCents <= REPLENISHMENT_LINE_CENTS || remainingCents - waitingCents > REPLENISHMENT_LINE_CENTS) {
    throw new Error(`Demo seed: the active SOW's funds left (${remainingCents} cents) do not straddle the line with the waiting invoice`);
  }
  await ctx.tx.primeSow.update({ where: { id: sowId }, data: { amountCents } });
  await ctx.tx.workAuthorization.createMany({ data: workAuthorizations.map(({ row }) => row) });
  await ctx.tx.consultant.createMany({ data: consultants });
  await ctx.tx.workAuthorizationConsultant.createMany({
    data: [
      { workAuthorizationId: migration.row.id, consultantId: first.id, assignedAt: migration.row.startsOn },
      { workAuthorizationId: migration.row.id, consultantId: onboarding.id, assignedAt: subDays(ctx.now, 3) },
      { workAuthorizationId: implementation.row.id, consultantId: second.id, assignedAt: implementation.row.startsOn },
    ],
  });

  const partnerAdmin = userAt(partner, 0);
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
        timeAmountCents: invoice.timeAmountCents,
        submittedAt,
        submittedById: partnerAdmin.id,
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

// partner.user (user 1) holds the MIGRATION and PM certifications (certifications.ts): a candidate the coordinator
// can take through the pipeline.
const ACTIVE_SOW_CONSULTANTS: ConsultantPlan[] = [
  { stage: "ACTIVE", user: 2 },
  { stage: "ACTIVE", user: 3 },
  { stage: "ONBOARDING" },
  { stage: "DEEP_DIVE_PASSED" },
  { stage: "CANDIDATE", user: 1 },
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
  // Consultants on projects were vetted before the projects started, seven months ago; the rest are recent.
  const createdAt = reached(stage, "ACTIVE") ? daysAgo(ctx, 230, 260) : daysAgo(ctx, 20, 30);
  const at = (days: number) => addDays(createdAt, days);
  const deepDiveAt = at(10);
  const onboardedAt = at(18);
  return {
    id: newId(),
    partnerId: partner.id,
    userId: user?.id ?? null,
    name,
    email: user?.email ?? consultantEmail(name, partner),
    stage,
    skillsMatrix: reached(stage, "SKILLS_MATRIX_SUBMITTED")
      ? { "CI/CD pipelines": 5, "Kubernetes runners": 4, Migrations: 4, "Project management": 3 }
      : undefined,
    skillsSubmittedAt: reached(stage, "SKILLS_MATRIX_SUBMITTED") ? at(2) : null,
    videoUrl: reached(stage, "SKILLS_MATRIX_SUBMITTED") ? `https://video.example/intro/${slugify(name)}` : null,
    videoReview: reached(stage, "VIDEO_REVIEWED") ? "Clear walkthrough of a pipeline migration; good customer manner." : null,
    videoReviewedAt: reached(stage, "VIDEO_REVIEWED") ? at(5) : null,
    videoReviewedById: reached(stage, "VIDEO_REVIEWED") ? staff.ps.id : null,
    certsVerifiedAt: reached(stage, "CERTIFICATIONS_VERIFIED") ? at(7) : null,
    certsVerifiedById: reached(stage, "CERTIFICATIONS_VERIFIED") ? staff.ps.id : null,
    deepDiveAt: reached(stage, "DEEP_DIVE_PASSED") ? deepDiveAt : null,
    deepDiveMinutes: reached(stage, "DEEP_DIVE_PASSED") ? faker.number.int({ min: 30, max: 45 }) : null,
    deepDiveResult: reached(stage, "DEEP_DIVE_PASSED")
      ? "Passed: strong on pipeline design and migration planning; review runner autoscaling before first project."
      : null,
    deepDiveById: reached(stage, "DEEP_DIVE_PASSED") ? staff.ps.id : null,
    approvedAt: reached(stage, "APPROVED") ? at(12) : null,
    approvedById: reached(stage, "APPROVED") ? staff.ps.id : null,
    onboardingBuddy: reached(stage, "ONBOARDING") ? personName() : null,
    accessRequestedAt: reached(stage, "ONBOARDING") ? onboardedAt : null,
    timeLoggingSetAt: reached(stage, "ACTIVE") ? addDays(onboardedAt, 2) : null,
    activatedAt: reached(stage, "ACTIVE") ? addDays(onboardedAt, 3) : null,
    retroNotes: stage === "OFFBOARDED" ? "Project closed on schedule. Access removed; no other ongoing projects for this consultant." : null,
    retroAt: stage === "OFFBOARDED" ? subDays(ctx.now, 14) : null,
    accessRemovedAt: stage === "OFFBOARDED" ? subDays(ctx.now, 13) : null,
    otherProjectsCheckedAt: stage === "OFFBOARDED" ? subDays(ctx.now, 13) : null,
    offboardedAt: stage === "OFFBOARDED" ? subDays(ctx.now, 12) : null,
    createdAt,
    updatedAt: createdAt,
  };
}

// Partners whose SOW is still being negotiated are vetting their first consultants.
// The declined one had sent its skills matrix and video; its video review ended it.
async function seedCandidateConsultants(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const stages: ConsultantStage[][] = [["SKILLS_MATRIX_SUBMITTED", "VIDEO_REVIEWED", "DECLINED"], ["CANDIDATE"]];
  const rows = partners.flatMap((partner, index) =>
    (stages[index] ?? []).map((stage) => {
      const name = personName();
      const createdAt = daysAgo(ctx, 2, 25);
      const submitted = stage !== "CANDIDATE";
      const reviewed = stage === "VIDEO_REVIEWED" || stage === "DECLINED";
      return {
        partnerId: partner.id,
        name,
        email: consultantEmail(name, partner),
        stage,
        skillsMatrix: submitted ? { "CI/CD pipelines": 3, "Kubernetes runners": 2, Migrations: 3, "Project management": 2 } : undefined,
        skillsSubmittedAt: submitted ? addDays(createdAt, 1) : null,
        videoUrl: submitted ? `https://video.example/intro/${slugify(name)}` : null,
        videoReview: reviewed ? (stage === "DECLINED" ? "Little hands-on migration experience yet." : "Solid demo of a runner migration.") : null,
        videoReviewedAt: reviewed ? earliest(addDays(createdAt, 2), ctx.now) : null,
        videoReviewedById: reviewed ? staff.ps.id : null,
        declinedAt: stage === "DECLINED" ? earliest(addDays(createdAt, 2), ctx.now) : null,
        declinedReason: stage === "DECLINED" ? "Not enough hands-on migration experience for the current projects; welcome to reapply in six months." : null,
        createdAt,
        updatedAt: createdAt,
      } satisfies Prisma.ConsultantCreateManyInput;
    }),
  );
  await ctx.tx.consultant.createMany({ data: rows });
}
