import "server-only";
import { addDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import type { NfrLicenseStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { heldLicenseWhere } from "@/server/nfr/load-nfr-evidence";
import { calendarToday, isLicenseHeld } from "@/server/nfr/rules";
import { humanize } from "@/lib/humanize";
import { NFR_EXPIRY_NOTICE_DAYS, NFR_PLAN_LABELS } from "@/lib/nfr";

type LicenseQuery = ListQuery<Prisma.NfrLicenseWhereInput, Prisma.NfrLicenseOrderByWithRelationInput>;

const STATUS_CHOICES = ["ACTIVE", "EXPIRED", "REVOKED", "RENEWED"] as const;

/**
 * A license still marked active whose expiry date has passed counts as expired (isLicenseHeld), here as everywhere,
 * so the filter and the status column agree before the nightly job has marked it.
 */
function statusWhere(status: (typeof STATUS_CHOICES)[number], today: Date): Prisma.NfrLicenseWhereInput {
  if (status === "ACTIVE") return heldLicenseWhere(today);
  if (status === "EXPIRED") return { OR: [{ status: "EXPIRED" }, { status: "ACTIVE", expiresOn: { lt: today } }] };
  return { status };
}

function shownStatus(license: { status: NfrLicenseStatus; expiresOn: Date }, today: Date): NfrLicenseStatus {
  return license.status === "ACTIVE" && !isLicenseHeld(license, today) ? "EXPIRED" : license.status;
}

// Never the license key: it goes to the contact and shows on the license's own page, not in lists or files.
const LICENSE_ROW_SELECT = {
  id: true,
  referenceNumber: true,
  name: true,
  email: true,
  usersCount: true,
  plan: true,
  status: true,
  startsOn: true,
  expiresOn: true,
  partner: { select: { legalName: true } },
} satisfies Prisma.NfrLicenseSelect;

const findLicenses = (query: LicenseQuery) => prisma.nfrLicense.findMany({ ...query, select: LICENSE_ROW_SELECT });

/** A license's calendar day for the CSV: the date alone, as it is stored. */
const csvDay = (value: Date) => value.toISOString().slice(0, 10);

/** The NFR licenses of the PHD's region (an admin's: all), the soonest to expire first. */
export const regionNfrLicenseList = defineList({
  capability: "nfr.process",
  path: "/phd/nfr/licenses",
  caption: "NFR licenses",
  emptyMessage: "No NFR licenses match. Approved requests create them.",
  scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
  findMany: findLicenses,
  count: (query) => prisma.nfrLicense.count(query),
  sorts: ["expiresOn", "startsOn", "usersCount", "referenceNumber"],
  defaultSort: "expiresOn",
  defaultDir: "asc",
  search: { label: "Search partners", where: (q) => ({ partner: { legalName: containing(q) } }) },
  filters: {
    status: selectFilter({
      label: "Status",
      values: STATUS_CHOICES,
      optionLabel: humanize,
      where: (status) => statusWhere(status, calendarToday(new Date())),
    }),
    expiring: selectFilter({
      label: "Expires",
      values: [String(NFR_EXPIRY_NOTICE_DAYS)] as const,
      optionLabel: (days) => `Within ${days} days`,
      defaultLabel: "Any time",
      where: (days): Prisma.NfrLicenseWhereInput => {
        const today = calendarToday(new Date());
        return { ...heldLicenseWhere(today), expiresOn: { gte: today, lte: addDays(today, Number(days)) } };
      },
    }),
  },
  row: (license) => ({
    id: license.id,
    partner: license.partner.legalName,
    referenceNumber: license.referenceNumber,
    contact: license.name,
    usersCount: license.usersCount,
    plan: NFR_PLAN_LABELS[license.plan],
    status: shownStatus(license, calendarToday(new Date())),
    expiresOn: license.expiresOn,
  }),
  columns: [
    { id: "partner", header: "Partner", href: "/nfr/licenses/:id" },
    { id: "referenceNumber", header: "Reference" },
    { id: "contact", header: "Contact" },
    { id: "usersCount", header: "Users", format: "number" },
    { id: "plan", header: "Plan" },
    { id: "status", header: "Status", format: "status" },
    { id: "expiresOn", header: "Expires", format: "date" },
  ],
  csv: {
    path: "/phd/nfr/licenses/export",
    filename: "nfr-licenses",
    findMany: findLicenses,
    columns: [
      { header: "Partner", cell: (license) => license.partner.legalName },
      { header: "Reference", cell: (license) => license.referenceNumber },
      { header: "Contact", cell: (license) => license.name },
      { header: "Contact email", cell: (license) => license.email },
      { header: "Users", cell: (license) => String(license.usersCount) },
      { header: "Plan", cell: (license) => license.plan },
      { header: "Status", cell: (license) => shownStatus(license, calendarToday(new Date())) },
      { header: "Starts", cell: (license) => csvDay(license.startsOn) },
      { header: "Expires", cell: (license) => csvDay(license.expiresOn) },
      { header: "ID", cell: (license) => license.id },
    ],
  },
});
