// Company certifications and their award cases: the PSP partner's completed case with its badge on the locator, an
// open PSP case due in a few days and an overdue one (both on accounts of cam@demo.test, in the AMER desk's region).
import { faker } from "@faker-js/faker";
import { addDays, addMonths, subDays } from "date-fns";
import { type SeedContext, type SeedPartner, type Staff, newId, partnerByKey } from "./shared";
import { PSP_AWARD_DAYS_AGO } from "./certifications";

// The demo's PSP threshold (the program setting's default): each case's partner holds exactly this many valid PSEs.
const PSP_THRESHOLD = 3;

/**
 * Gives the partner its certified PSEs, the last one earned `lastDaysAgo` (the day its case opened): its first users,
 * plus colleagues where the company has fewer people. Badge tokens come from faker, so a reseed gives the same links.
 */
async function grantPses(ctx: SeedContext, partner: SeedPartner, lastDaysAgo: number): Promise<void> {
  const pse = await ctx.tx.certification.findUniqueOrThrow({ where: { code: "PSE" }, select: { id: true, passingScore: true, validityMonths: true } });
  const holders = partner.users.slice(0, PSP_THRESHOLD).map((user) => user.id);
  for (let n = holders.length; n < PSP_THRESHOLD; n++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const id = newId();
    await ctx.tx.user.create({
      data: {
        id,
        email: `${`${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "")}.pse${n}@${partner.websiteDomain}`,
        name: `${firstName} ${lastName}`,
        passwordHash: ctx.passwordHash,
        role: "PARTNER_USER",
        partnerId: partner.id,
        emailVerifiedAt: subDays(ctx.now, 200),
        createdAt: subDays(ctx.now, 200),
      },
    });
    holders.push(id);
  }
  const earned = holders.map((userId, index) => {
    const issuedAt = subDays(ctx.now, lastDaysAgo + (PSP_THRESHOLD - 1 - index) * 40);
    return {
      userId,
      partnerId: partner.id,
      certificationId: pse.id,
      score: faker.number.int({ min: pse.passingScore, max: 100 }),
      issuedAt,
      expiresAt: pse.validityMonths === null ? null : addMonths(issuedAt, pse.validityMonths),
      badgeIssuedAt: issuedAt,
      badgeToken: faker.string.alphanumeric({ length: 32 }),
    };
  });
  await ctx.tx.earnedCertification.createMany({ data: earned });
  // Each one earned as every certification is: training and lab imported from the learning system before the exam.
  await ctx.tx.certificationStep.createMany({
    data: earned.flatMap((row, index) =>
      (
        [
          ["TRAINING", 20],
          ["LAB", 10],
          ["EXAM", 0],
        ] as const
      ).map(([step, daysBefore]) => ({
        userId: row.userId,
        partnerId: row.partnerId,
        certificationId: row.certificationId,
        step,
        score: step === "EXAM" ? row.score : null,
        completedAt: subDays(row.issuedAt, daysBefore),
        source: "IMPORT" as const,
        externalId: `lms-demo-${partner.key}-pse-${index}-${step.toLowerCase()}`,
        verifiedAt: step === "EXAM" ? row.issuedAt : null,
      })),
    ),
  });
}

export async function seedAwardCases(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const psp = partnerByKey(partners, "psp");
  const awardedAt = subDays(ctx.now, PSP_AWARD_DAYS_AGO);
  const completedAt = addDays(awardedAt, 4);
  const pspCam = staff.cams[psp.region];
  const pspDesk = staff.phds[psp.phdRegion];
  // The PHD put the badge on its locator profile when it completed the case.
  await ctx.tx.companyCertification.create({ data: { partnerId: psp.id, kind: "PSP", awardedAt, publishedAt: completedAt } });
  // Its first company certification: the PHD also granted Service Partner Community admin access.
  await ctx.tx.partner.update({ where: { id: psp.id }, data: { serviceCommunityAdminAt: completedAt } });

  // An open case due in a few days, the CAM's email still to send.
  const open = partnerByKey(partners, "amerSelect");
  const openedAt = subDays(ctx.now, 3);
  await grantPses(ctx, open, 3);
  // Overdue: opened ten days ago; the CAM sent the email, the desk has not updated the profile yet.
  const late = partnerByKey(partners, "amerOpenReseller");
  const lateOpenedAt = subDays(ctx.now, 10);
  await grantPses(ctx, late, 10);

  await ctx.tx.awardCase.createMany({
    data: [
      {
        partnerId: psp.id,
        kind: "PSP",
        status: "COMPLETED",
        camId: pspCam.id,
        openedAt: awardedAt,
        dueAt: addDays(awardedAt, 7),
        firstCompanyCertification: true,
        awardEmailSentAt: addDays(awardedAt, 2),
        awardEmailSentById: pspCam.id,
        profileUpdatedAt: completedAt,
        profileUpdatedById: pspDesk.id,
        communityAccessGrantedAt: completedAt,
        communityAccessGrantedById: pspDesk.id,
        completedAt,
      },
      {
        partnerId: open.id,
        kind: "PSP",
        status: "OPEN",
        camId: staff.cams[open.region].id,
        openedAt,
        dueAt: addDays(openedAt, 7),
        firstCompanyCertification: true,
      },
      {
        partnerId: late.id,
        kind: "PSP",
        status: "EMAIL_SENT",
        camId: staff.cams[late.region].id,
        openedAt: lateOpenedAt,
        dueAt: addDays(lateOpenedAt, 7),
        firstCompanyCertification: true,
        awardEmailSentAt: addDays(lateOpenedAt, 2),
        awardEmailSentById: staff.cams[late.region].id,
        overdueFlaggedAt: addDays(lateOpenedAt, 7),
      },
    ],
  });
}
