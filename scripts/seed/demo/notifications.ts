// Notifications waiting for the demo accounts (the NFR ones are made with the NFR history, in nfr.ts).
import type { NotificationType } from "@/server/notifications/types";
import { addHours, subDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { type SeedContext, type SeedPartner, type Staff, partnerByKey, userAt, utcMonthStart } from "./shared";

export async function seedNotifications(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const legal = partnerByKey(partners, "legalRequest");
  const northwind = partnerByKey(partners, "northwind");
  const [legalRequest, northwindSow] = await Promise.all([
    ctx.tx.legalRequest.findFirstOrThrow({ where: { partnerId: legal.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    ctx.tx.primeSow.findFirstOrThrow({ where: { partnerId: northwind.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
  ]);
  await ctx.tx.notification.createMany({
    data: buildNotifications(ctx, staff, partners, { legalRequestId: legalRequest.id, northwindSowId: northwindSow.id }),
  });
}

/**
 * Typed against the portal's notification types, so seeded rows show labels and obey email preferences. Each notice
 * links to what it is about, and an event the portal also sends is titled as the code titles it.
 */
function buildNotifications(
  ctx: SeedContext,
  staff: Staff,
  partners: SeedPartner[],
  records: { legalRequestId: string; northwindSowId: string },
): (Prisma.NotificationCreateManyInput & { type: NotificationType; link: string })[] {
  const northwind = partnerByKey(partners, "northwind");
  const legal = partnerByKey(partners, "legalRequest");
  // The partner whose PSP award case is open (demo/awards.ts).
  const awardee = partnerByKey(partners, "amerSelect");
  const newestApplicant = partners
    .filter((p) => p.status === "SUBMITTED" && p.phdRegion === "AMER")
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
  const lastMonth = utcMonthStart(ctx.now, -1).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  const daysSince = (date: Date) => Math.max(0, Math.round((ctx.now.getTime() - date.getTime()) / 86_400_000));
  const at = (days: number, read: boolean) => {
    const createdAt = subDays(ctx.now, days);
    return { createdAt, readAt: read ? addHours(createdAt, 3) : null };
  };

  return [
    {
      userId: userAt(northwind, 1).id,
      type: "invoice.submitted",
      title: `${northwind.legalName} submitted its ${lastMonth} invoice`,
      body: `The ${lastMonth} invoice for your hours was submitted for approval.`,
      link: "/partner",
      ...at(1, false),
    },
    {
      userId: staff.cams.AMER.id,
      type: "award.case_opened",
      title: `PSP award for ${awardee.legalName}: send the award email`,
      body: `${awardee.legalName} has earned its PSP certification. Send the award email within 7 calendar days.`,
      link: "/award-cases",
      ...at(3, false),
    },
    ...(newestApplicant
      ? [
          {
            userId: staff.phds.AMER.id,
            type: "partner.application_submitted" as const,
            title: `New partner application: ${newestApplicant.legalName}`,
            body: "A new partner application is waiting in the review queue.",
            link: `/phd/applicants/${newestApplicant.id}`,
            ...at(daysSince(newestApplicant.submittedAt), false),
          },
        ]
      : []),
    // The APAC desk has not yet opened the notices its waiting applications sent.
    ...partners
      .filter((p) => (p.status === "SUBMITTED" || p.status === "IN_REVIEW") && p.phdRegion === "APAC")
      .map((applicant) => ({
        userId: staff.phds.APAC.id,
        type: "partner.application_submitted" as const,
        title: `New partner application: ${applicant.legalName}`,
        body: "A new partner application is waiting in the review queue.",
        link: `/phd/applicants/${applicant.id}`,
        ...at(daysSince(applicant.submittedAt), false),
      })),
    {
      userId: staff.ps.id,
      type: "invoice.submitted",
      title: `${northwind.legalName} submitted its ${lastMonth} invoice`,
      body: "Review the hours and approve or reject the invoice.",
      link: `/ps/sows/${records.northwindSowId}`,
      ...at(1, false),
    },
    {
      userId: staff.admin.id,
      type: "agreement.legal_request_opened",
      title: `Legal request from ${legal.legalName}`,
      body: "Requested changes to the Master Partner Agreement v2 before accepting it.",
      link: `/admin/legal-requests/${records.legalRequestId}`,
      ...at(4, true),
    },
  ];
}
