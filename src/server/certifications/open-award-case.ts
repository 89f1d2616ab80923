import "server-only";
import type { CompanyCertificationKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { lockPartner } from "@/server/partners/lock-partner";
import { readProgramSetting } from "@/server/settings/program-settings";
import { awardCaseDueAt } from "@/server/certifications/rules";
import { notify } from "@/server/notifications/notify";
import { formatDate } from "@/lib/format";

/**
 * The partner's certified PSEs: people holding a certification that counts toward PSP and has not expired. A
 * certification is only earned once its steps are complete and a self-recorded exam is verified, so every row counts.
 */
export async function countCertifiedPses(tx: Tx, partnerId: string, now: Date): Promise<number> {
  const holders = await tx.earnedCertification.findMany({
    where: { partnerId, certification: { countsTowardPsp: true }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    distinct: ["userId"],
    select: { userId: true },
  });
  return holders.length;
}

/**
 * Opens the company certification's award case, assigned to the account's CAM and due 7 calendar days out, unless
 * the partner already has one of this kind. The partner's row is locked first, so two completions landing at once
 * run one after the other and the second finds the first one's case. The CAM and the PHDs of the partner's desk region
 * are notified in the same transaction, each with their part of the work. Returns the new case's id, or null.
 */
export async function openAwardCase(tx: Tx, partnerId: string, kind: CompanyCertificationKind, now: Date): Promise<string | null> {
  await lockPartner(tx, partnerId);
  const partner = await tx.partner.findUniqueOrThrow({
    where: { id: partnerId },
    select: {
      legalName: true,
      phdRegion: true,
      camOwnerId: true,
      awardCases: { where: { kind }, select: { id: true } },
      _count: { select: { companyCertifications: true } },
    },
  });
  if (partner.awardCases.length > 0) return null;
  const awardCase = await tx.awardCase.create({
    data: {
      partnerId,
      kind,
      camId: partner.camOwnerId,
      openedAt: now,
      dueAt: awardCaseDueAt(now),
      firstCompanyCertification: partner._count.companyCertifications === 0,
    },
    select: { id: true, dueAt: true, firstCompanyCertification: true },
  });
  const link = `/award-cases/${awardCase.id}`;
  const due = formatDate(awardCase.dueAt);
  if (partner.camOwnerId) {
    await notify(tx, {
      userId: partner.camOwnerId,
      type: "award.case_opened",
      title: `${kind} award for ${partner.legalName}: send the award email`,
      body: `${partner.legalName} has earned its ${kind} certification. Send the award email by ${due}.`,
      link,
    });
  }
  const desk = await tx.user.findMany({ where: { role: "PHD", region: partner.phdRegion, active: true }, select: { id: true } });
  for (const phd of desk) {
    await notify(tx, {
      userId: phd.id,
      type: "award.case_opened",
      title: `${kind} award for ${partner.legalName}: update the profile`,
      body: `Update the profile and the locator badge of ${partner.legalName} by ${due}${
        awardCase.firstCompanyCertification ? ", and grant Service Partner Community access once the award email is sent" : ""
      }.`,
      link,
    });
  }
  return awardCase.id;
}

/**
 * Called in the transaction of every change that can add a certified PSE (an import, a verified exam): opens the
 * PSP award case when the partner's count has reached the program's threshold. The lock comes before the count, so
 * of two completions that together reach the threshold, the later one sees both.
 */
export async function openPspAwardCaseIfDue(tx: Tx, partnerId: string, now: Date): Promise<string | null> {
  await lockPartner(tx, partnerId);
  const threshold = await readProgramSetting(tx, "pspThreshold");
  if ((await countCertifiedPses(tx, partnerId, now)) < threshold) return null;
  return openAwardCase(tx, partnerId, "PSP", now);
}
