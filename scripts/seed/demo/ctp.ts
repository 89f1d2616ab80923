// CTP: the checklist template, and trackings at every stage for the demo CAM (cam@demo.test, AMER) plus one of the
// APAC CAM's, each item completed by its section's owner.
import { addDays, addHours, addMinutes, subDays, subMonths } from "date-fns";
import type { CtpSectionKind, CtpTrackingStatus, Prisma } from "@/generated/prisma/client";
import { CTP_SECTIONS, ctpLocksAt } from "@/server/ctp/rules";
import { type SeedContext, type SeedPartner, type SeedUser, type Staff, earliest, newId, partnerByKey, primaryContact, userAt } from "./shared";

const TEMPLATE: Record<CtpSectionKind, string[]> = {
  PROGRAM_ENTRY: ["Confirm Select tier and Authorized status", "Confirm the Training Partner Addendum is signed", "Hold the CTP kickoff call"],
  TRAINER_CANDIDATES: ["Nominate at least two trainer candidates"],
  COMPETENCY: ["Deliver a shadow session observed by Education Services", "Pass the instructor competency assessment"],
  COMPLIANCE_MBO: ["Agree quarterly MBO goals for trained learners", "Submit the delivery compliance checklist", "Set up the course feedback survey"],
  LEGAL_OPERATIONAL: ["Countersign the Training Partner Addendum", "Publish the course catalog on the partner locator"],
};
/** Each trainer candidate's own tasks. */
const CANDIDATE_TASKS = ["Complete the train-the-trainer course", "Pass the certified trainer exam"];

interface TrackingSpec {
  partner: SeedPartner;
  startedAt: Date;
  status: CtpTrackingStatus;
  /** Items done per section, in CTP_SECTIONS order. */
  done: [number, number, number, number, number];
  /** Trainer candidates (partner users by index) and whether their tasks are done. */
  candidates: { userIndex: number; done: boolean }[];
}

export async function seedCtpTemplate(ctx: SeedContext): Promise<void> {
  await ctx.tx.ctpTemplateItem.createMany({
    data: CTP_SECTIONS.flatMap(({ kind }) => [
      ...TEMPLATE[kind].map((title, index) => ({ section: kind, position: index + 1, title })),
      ...(kind === "TRAINER_CANDIDATES"
        ? CANDIDATE_TASKS.map((title, index) => ({ section: kind, position: TEMPLATE[kind].length + index + 1, title, perCandidate: true }))
        : []),
    ]),
  });
}

export async function seedCtpTracking(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  await seedCtpTemplate(ctx);
  const all = (kind: CtpSectionKind) => TEMPLATE[kind].length;
  const specs: TrackingSpec[] = [
    // The demo CAM's accounts, one at each stage.
    { partner: partnerByKey(partners, "amerSelect"), startedAt: subDays(ctx.now, 3), status: "ACTIVE", done: [1, 0, 0, 0, 0], candidates: [] },
    {
      partner: partnerByKey(partners, "amerTraining"),
      startedAt: subDays(ctx.now, 60),
      status: "ACTIVE",
      done: [3, 1, 1, 0, 1],
      candidates: [
        { userIndex: 1, done: true },
        { userIndex: 2, done: false },
      ],
    },
    // 5 months and 3 weeks in: a week before its lock, with items open.
    {
      partner: partnerByKey(partners, "amerOpenReseller"),
      startedAt: addDays(subMonths(ctx.now, 6), 7),
      status: "ACTIVE",
      done: [3, 0, 1, 1, 0],
      candidates: [{ userIndex: 1, done: false }],
    },
    { partner: partnerByKey(partners, "amerReferral"), startedAt: subMonths(ctx.now, 7), status: "LOCKED", done: [3, 1, 0, 1, 0], candidates: [] },
    {
      partner: partnerByKey(partners, "psp"),
      startedAt: subDays(ctx.now, 150),
      status: "COMPLETE",
      done: [all("PROGRAM_ENTRY"), all("TRAINER_CANDIDATES"), all("COMPETENCY"), all("COMPLIANCE_MBO"), all("LEGAL_OPERATIONAL")],
      candidates: [
        { userIndex: 1, done: true },
        { userIndex: 2, done: true },
      ],
    },
    // Another CAM's (APAC): mid-way.
    {
      partner: partnerByKey(partners, "ctp"),
      startedAt: subDays(ctx.now, 60),
      status: "ACTIVE",
      done: [3, 1, 1, 0, 1],
      candidates: [
        { userIndex: 1, done: true },
        { userIndex: 2, done: false },
      ],
    },
  ];
  for (const spec of specs) await seedTracking(ctx, staff, spec);
}

async function seedTracking(ctx: SeedContext, staff: Staff, spec: TrackingSpec): Promise<void> {
  const { partner, startedAt } = spec;
  const locksAt = ctpLocksAt(startedAt);
  const cam = staff.cams[partner.region];
  const contact = primaryContact(partner);
  // Work stops at the lock (or now): every completion lands before it.
  const lastWork = addHours(earliest(locksAt, ctx.now), -1);
  const workDay = (days: number) => earliest(addDays(startedAt, days), lastWork);
  const trackingId = newId();
  const completedAt = spec.status === "COMPLETE" ? workDay(130) : null;
  await ctx.tx.ctpTracking.create({
    data: {
      id: trackingId,
      partnerId: partner.id,
      invitedById: cam.id,
      status: spec.status,
      startedAt,
      locksAt,
      lockedAt: spec.status === "LOCKED" ? addMinutes(locksAt, 30) : null,
      completedAt,
      candidateTaskTitles: CANDIDATE_TASKS,
    },
  });

  const candidates = spec.candidates.map(({ userIndex, done }) => ({ id: newId(), user: userAt(partner, userIndex), done, enrolledAt: workDay(10) }));
  await ctx.tx.ctpTrainerCandidate.createMany({
    data: candidates.map(({ id, user, enrolledAt, done }) => ({
      id,
      trackingId,
      userId: user.id,
      enrolledAt,
      completedAt: done ? workDay(30) : null,
    })),
  });

  const completerFor: Record<string, SeedUser | { id: string }> = {
    CAM: cam,
    PARTNER_PRIMARY_CONTACT: contact,
    EDUCATION_SERVICES: staff.education,
    CHANNEL_SERVICES: staff.channelServices,
  };
  const sections: Prisma.CtpSectionCreateManyInput[] = [];
  const items: Prisma.CtpItemCreateManyInput[] = [];
  CTP_SECTIONS.forEach(({ kind, owner }, sectionIndex) => {
    const sectionId = newId();
    const titles = TEMPLATE[kind];
    const done = spec.done[sectionIndex] ?? 0;
    const dayOf = (n: number) => workDay(3 + sectionIndex * 5 + n);
    titles.forEach((title, index) => {
      const isDone = index < done;
      items.push({ sectionId, position: index + 1, title, completedAt: isDone ? dayOf(index) : null, completedById: isDone ? completerFor[owner]?.id : null });
    });
    let sectionDone = done === titles.length;
    if (kind === "TRAINER_CANDIDATES") {
      candidates.forEach((candidate, candidateIndex) => {
        CANDIDATE_TASKS.forEach((title, taskIndex) => {
          items.push({
            sectionId,
            candidateId: candidate.id,
            position: titles.length + candidateIndex * CANDIDATE_TASKS.length + taskIndex + 1,
            title,
            completedAt: candidate.done ? workDay(20 + taskIndex) : null,
            completedById: candidate.done ? candidate.user.id : null,
          });
        });
      });
      sectionDone = sectionDone && candidates.every((candidate) => candidate.done);
    }
    sections.push({ id: sectionId, trackingId, kind, owner, completedAt: sectionDone ? (completedAt ?? dayOf(titles.length)) : null });
  });
  await ctx.tx.ctpSection.createMany({ data: sections });
  await ctx.tx.ctpItem.createMany({ data: items });
  await ctx.tx.auditEvent.create({
    data: {
      actorId: cam.id,
      actorRole: "CAM",
      action: "ctp_tracking.invited",
      entityType: "CtpTracking",
      entityId: trackingId,
      summary: `${partner.legalName} invited into CTP; the tracking locks on ${locksAt.toISOString().slice(0, 10)}`,
      createdAt: startedAt,
    },
  });

  if (spec.status === "COMPLETE" && completedAt) {
    // Its CTP award followed the 7-day process: the CAM sent the email and the PHD put the badge on the locator.
    const emailSentAt = addDays(completedAt, 2);
    const profileUpdatedAt = addDays(completedAt, 4);
    await ctx.tx.awardCase.create({
      data: {
        partnerId: partner.id,
        kind: "CTP",
        status: "COMPLETED",
        camId: cam.id,
        openedAt: completedAt,
        dueAt: addDays(completedAt, 7),
        awardEmailSentAt: emailSentAt,
        awardEmailSentById: cam.id,
        profileUpdatedAt,
        completedAt: profileUpdatedAt,
      },
    });
    await ctx.tx.companyCertification.create({ data: { partnerId: partner.id, kind: "CTP", awardedAt: profileUpdatedAt, publishedAt: profileUpdatedAt } });
  }
}
