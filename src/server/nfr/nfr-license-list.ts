import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { defineList, type ListQuery } from "@/server/lists/define-list";
import { calendarToday, isLicenseHeld } from "@/server/nfr/rules";

type LicenseQuery = ListQuery<Prisma.NfrLicenseWhereInput, Prisma.NfrLicenseOrderByWithRelationInput>;

const findLicenses = (query: LicenseQuery) =>
  prisma.nfrLicense.findMany({
    ...query,
    select: {
      id: true,
      referenceNumber: true,
      name: true,
      usersCount: true,
      plan: true,
      status: true,
      expiresOn: true,
      partner: { select: { legalName: true } },
    },
  });

type LicenseRecord = Awaited<ReturnType<typeof findLicenses>>[number];

/**
 * A license still marked active whose date has passed shows as expired (the nightly job may not have marked it yet).
 * Active and expired licenses can be renewed (the filing operation's rule), so their rows offer it.
 */
function licenseRow(license: LicenseRecord) {
  const status = license.status === "ACTIVE" && !isLicenseHeld(license, calendarToday(new Date())) ? "EXPIRED" : license.status;
  return {
    id: license.id,
    referenceNumber: license.referenceNumber,
    partner: license.partner.legalName,
    name: license.name,
    plan: license.plan,
    usersCount: license.usersCount,
    status,
    expiresOn: license.expiresOn,
    renew: status === "ACTIVE" || status === "EXPIRED" ? `Renew ${license.referenceNumber}` : null,
  };
}

/**
 * The licenses of the partners the user may see, on one of the filing pages: the latest to expire (the running ones)
 * first, each linking to its page and, while it can be renewed, to the page's form filled in as its renewal.
 */
function filingLicenseList(page: { path: string; caption: string; emptyMessage: string; showPartner: boolean }) {
  return defineList({
    capability: "nfr.read",
    path: page.path,
    caption: page.caption,
    emptyMessage: page.emptyMessage,
    scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
    findMany: findLicenses,
    count: (query) => prisma.nfrLicense.count(query),
    sorts: ["expiresOn", "referenceNumber", "usersCount", "status"],
    defaultSort: "expiresOn",
    defaultDir: "desc",
    row: licenseRow,
    columns: [
      { id: "referenceNumber", header: "Reference", href: "/nfr/licenses/:id" },
      ...(page.showPartner ? [{ id: "partner" as const, header: "Partner" }] : []),
      { id: "name", header: "Contact" },
      { id: "plan", header: "Plan", format: "enum" },
      { id: "usersCount", header: "Users", format: "number" },
      { id: "status", header: "Status", format: "status" },
      { id: "expiresOn", header: "Expires", format: "date" },
      { id: "renew", header: "Renewal", href: `${page.path}?renew=:id` },
    ],
  });
}

/** A partner user's NFR licenses: their own company's. */
export const partnerNfrLicenseList = filingLicenseList({
  path: "/partner/nfr",
  caption: "NFR licenses",
  emptyMessage: "Your company holds no NFR licenses yet. An approved request's license appears here.",
  showPartner: false,
});

/** A CAM's NFR licenses: those of the accounts they own. */
export const camNfrLicenseList = filingLicenseList({
  path: "/cam/nfr",
  caption: "NFR licenses of your accounts",
  emptyMessage: "None of your accounts holds an NFR license yet. An approved request's license appears here.",
  showPartner: true,
});
