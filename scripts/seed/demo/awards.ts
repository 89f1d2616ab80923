// Company certifications and their award cases.
import { addDays, subDays } from "date-fns";
import { type SeedContext, type SeedPartner, type Staff, partnerByKey } from "./shared";
import { PSP_AWARD_DAYS_AGO } from "./certifications";

export async function seedAwardCases(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const psp = partnerByKey(partners, "psp");
  const awardedAt = subDays(ctx.now, PSP_AWARD_DAYS_AGO);
  const completedAt = addDays(awardedAt, 4);
  // The PHD put the badge on its locator profile when it completed the case.
  await ctx.tx.companyCertification.create({ data: { partnerId: psp.id, kind: "PSP", awardedAt, publishedAt: completedAt } });
  // Its first company certification: the PHD also granted Service Partner Community admin access.
  await ctx.tx.partner.update({ where: { id: psp.id }, data: { serviceCommunityAdminAt: completedAt } });

  const northwind = partnerByKey(partners, "northwind");
  const openedAt = subDays(ctx.now, 2);
  await ctx.tx.awardCase.createMany({
    data: [
      {
        partnerId: psp.id,
        kind: "PSP",
        status: "COMPLETED",
        camId: staff.cams[psp.region].id,
        openedAt: awardedAt,
        dueAt: addDays(awardedAt, 7),
        awardEmailSentAt: addDays(awardedAt, 2),
        profileUpdatedAt: completedAt,
        communityAccessGrantedAt: completedAt,
        completedAt,
      },
      {
        partnerId: northwind.id,
        kind: "PSP",
        status: "OPEN",
        camId: staff.cams[northwind.region].id,
        openedAt,
        dueAt: addDays(openedAt, 7),
      },
    ],
  });
}
