// CTP trackings.
import { addDays, addMonths, subDays } from "date-fns";
import type { CtpOwner, CtpSectionKind, Prisma } from "@/generated/prisma/client";
import { type SeedContext, type SeedPartner, type Staff, newId, partnerByKey, primaryContact, userAt } from "./shared";

const CTP_SECTIONS: { kind: CtpSectionKind; owner: CtpOwner; items: string[]; completed: number }[] = [
  {
    kind: "PROGRAM_ENTRY",
    owner: "CAM",
    items: ["Confirm Select tier and Authorized status", "Confirm the Training Partner Addendum is signed", "Hold the CTP kickoff call"],
    completed: 3,
  },
  { kind: "TRAINER_CANDIDATES", owner: "PARTNER_PRIMARY_CONTACT", items: ["Nominate at least two trainer candidates"], completed: 1 },
  {
    kind: "COMPETENCY",
    owner: "EDUCATION_SERVICES",
    items: ["Deliver a shadow session observed by Education Services", "Pass the instructor competency assessment"],
    completed: 1,
  },
  {
    kind: "COMPLIANCE_MBO",
    owner: "CAM",
    items: ["Agree quarterly MBO goals for trained learners", "Submit the delivery compliance checklist", "Set up the course feedback survey"],
    completed: 0,
  },
  {
    kind: "LEGAL_OPERATIONAL",
    owner: "CHANNEL_SERVICES",
    items: ["Countersign the Training Partner Addendum", "Publish the course catalog on the partner locator"],
    completed: 1,
  },
];

export async function seedCtpTracking(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const partner = partnerByKey(partners, "ctp");
  const startedAt = subDays(ctx.now, 60);
  const trackingId = newId();
  const cam = staff.cams[partner.region];
  await ctx.tx.ctpTracking.create({
    data: { id: trackingId, partnerId: partner.id, invitedById: cam.id, status: "ACTIVE", startedAt, locksAt: addMonths(startedAt, 6) },
  });

  const candidates = [userAt(partner, 1), userAt(partner, 2)].map((user, index) => ({
    id: newId(),
    trackingId,
    userId: user.id,
    name: user.name,
    enrolledAt: addDays(startedAt, 10),
    done: index === 0,
  }));
  await ctx.tx.ctpTrainerCandidate.createMany({
    data: candidates.map(({ id, userId, enrolledAt }) => ({ id, trackingId, userId, enrolledAt })),
  });

  const completerFor: Record<CtpOwner, string> = {
    CAM: cam.id,
    PARTNER_PRIMARY_CONTACT: primaryContact(partner).id,
    EDUCATION_SERVICES: staff.education.id,
    CHANNEL_SERVICES: staff.channelServices.id,
  };
  const sections: Prisma.CtpSectionCreateManyInput[] = [];
  const items: Prisma.CtpItemCreateManyInput[] = [];
  CTP_SECTIONS.forEach((section, sectionIndex) => {
    const sectionId = newId();
    const completedAt = (n: number) => addDays(startedAt, 3 + sectionIndex * 5 + n);
    section.items.forEach((title, position) => {
      const done = position < section.completed;
      items.push({
        sectionId,
        position: position + 1,
        title,
        completedAt: done ? completedAt(position) : null,
        completedById: done ? completerFor[section.owner] : null,
      });
    });
    if (section.kind === "TRAINER_CANDIDATES") {
      candidates.forEach((candidate, index) => {
        items.push({
          sectionId,
          candidateId: candidate.id,
          position: section.items.length + index + 1,
          title: `${candidate.name}: complete the train-the-trainer course`,
          completedAt: candidate.done ? addDays(candidate.enrolledAt, 14) : null,
          completedById: candidate.done ? candidate.userId : null,
        });
      });
    }
    const allDone = section.completed === section.items.length && section.kind !== "TRAINER_CANDIDATES";
    sections.push({
      id: sectionId,
      trackingId,
      kind: section.kind,
      owner: section.owner,
      completedAt: allDone ? completedAt(section.items.length) : null,
    });
  });
  await ctx.tx.ctpSection.createMany({ data: sections });
  await ctx.tx.ctpItem.createMany({ data: items });
}
