// Notifications waiting for the demo accounts.
import type { NotificationType } from "@/server/notifications/types";
import { addHours, subDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { type SeedContext, type SeedPartner, type Staff, partnerByKey, primaryContact, userAt, utcMonthStart } from "./shared";

export async function seedNotifications(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  await ctx.tx.notification.createMany({ data: buildNotifications(ctx, staff, partners) });
}

// Typed against the portal's notification types, so seeded rows show labels and obey email preferences.
function buildNotifications(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): (Prisma.NotificationCreateManyInput & { type: NotificationType })[] {
  const northwind = partnerByKey(partners, "northwind");
  const other = partnerByKey(partners, "otherPartner");
  const legal = partnerByKey(partners, "legalRequest");
  const newestApplicant = partners
    .filter((p) => p.status === "SUBMITTED" && p.phdRegion === "AMER")
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
  const lastMonth = utcMonthStart(ctx.now, -1).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  const at = (days: number, read: boolean) => {
    const createdAt = subDays(ctx.now, days);
    return { createdAt, readAt: read ? addHours(createdAt, 3) : null };
  };

  return [
    {
      userId: primaryContact(northwind).id,
      type: "nfr.request_decided",
      title: "NFR license issued",
      body: `5 Premium NFR licenses for ${northwind.legalName} were approved; the key was emailed to the contact.`,
      ...at(38, true),
    },
    {
      userId: primaryContact(northwind).id,
      type: "award.case_opened",
      title: "Your company qualifies for PSP",
      body: "Three certified Professional Services Engineers: your Channel Account Manager will be in touch about the award.",
      ...at(2, false),
    },
    {
      userId: userAt(northwind, 1).id,
      type: "invoice.submitted",
      title: "Invoice submitted",
      body: `The ${lastMonth} invoice for your hours was submitted for approval.`,
      ...at(1, false),
    },
    {
      userId: primaryContact(other).id,
      type: "nfr.info_requested",
      title: "More information needed on your NFR request",
      body: "The Partner Help Desk asked which team will use the licenses. Reply on the request to continue.",
      ...at(4, false),
    },
    {
      userId: staff.cams.AMER.id,
      type: "award.case_opened",
      title: `PSP award case opened for ${northwind.legalName}`,
      body: "Send the award email within 7 calendar days.",
      ...at(2, false),
    },
    {
      userId: staff.phds.AMER.id,
      type: "nfr.request_submitted",
      title: `New NFR request from ${northwind.legalName}`,
      body: "5 Ultimate licenses requested.",
      ...at(1, false),
    },
    ...(newestApplicant
      ? [
          {
            userId: staff.phds.AMER.id,
            type: "partner.application_submitted" as const,
            title: `New applicant: ${newestApplicant.legalName}`,
            body: "A new partner application is waiting in the review queue.",
            link: `/phd/applicants/${newestApplicant.id}`,
            ...at(Math.max(0, Math.round((ctx.now.getTime() - newestApplicant.submittedAt.getTime()) / 86_400_000)), false),
          },
        ]
      : []),
    {
      userId: staff.ps.id,
      type: "invoice.submitted",
      title: `${northwind.legalName} submitted its ${lastMonth} invoice`,
      body: "Review the hours and approve or reject the invoice.",
      ...at(1, false),
    },
    {
      userId: staff.admin.id,
      type: "agreement.legal_request_opened",
      title: `Legal request from ${legal.legalName}`,
      body: "Requested changes to the Master Partner Agreement v2 before accepting it.",
      link: "/admin/legal-requests",
      ...at(4, true),
    },
  ];
}
