// The records the record pages open, found in the demo data or added beside it (the demo seed has no emails, stored
// files or pending invitations).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { LocalFileStorage } from "../../src/server/storage/local-file-storage";
import type { BuiltServer } from "./built-server";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

export interface RecordFixtures {
  /** Northwind, the demo partner (a staff-augmentation subcontractor with an active SOW). */
  northwindId: string;
  /** An applicant in the AMER PHD's region, and one in EMEA. */
  applicantId: string;
  otherRegionApplicantId: string;
  emailId: string;
  /** The MPA and its current version; the partner pages open that version, and its superseded one is no longer theirs. */
  templateId: string;
  versionId: string;
  otherTemplateVersionId: string;
  partnerVersionId: string;
  supersededVersionId: string;
  legalRequestId: string;
  /** partner.user@demo.test, seen by their company's admin; other.partner@demo.test is another company's. */
  colleagueId: string;
  otherCompanyUserId: string;
  /** The partner admin's company logo, with its bytes in the server's file store. */
  logoFileId: string;
  /** A pending invitation to the partner admin's company; its token is set by the test that needs it. */
  invitationId: string;
  /** An account cam@demo.test owns (in the AMER desk's region), one another CAM owns, and one outside the AMER desk's region. */
  accountId: string;
  otherCamAccountId: string;
  otherRegionAccountId: string;
  /** The demo's open award case (an AMER account of cam@demo.test), and one of an EMEA account another CAM owns. */
  awardCaseId: string;
  otherRegionAwardCaseId: string;
  /** A Prime SOW of a subcontracting partner. */
  sowId: string;
  /**
   * A subcontracting partner and one of its work authorizations (the PS coordinator's scope), and a partner that does
   * not subcontract with a SOW and an authorization of its own (outside that scope).
   */
  subcontractorId: string;
  workAuthorizationId: string;
  outOfScopePartnerId: string;
  outOfScopeSowId: string;
  outOfScopeWorkAuthorizationId: string;
  /** partner.user@demo.test, as the admin's user page opens it. */
  userId: string;
  /** The partner admin's company (Authorized, with the logo above), as the public locator shows it. */
  locatorPartnerId: string;
  /** A catalog certification (PSE), the demo's finished completions import, and a Northwind badge's token. */
  certificationId: string;
  certificationCode: string;
  importId: string;
  badgeToken: string;
  /** A CTP tracking of an account cam@demo.test owns, and one of another CAM's account. */
  ctpTrackingId: string;
  otherCamCtpTrackingId: string;
  /** The partner admin's company's (AMER) waiting NFR request and active license; an EMEA company's request and license. */
  nfrRequestId: string;
  nfrLicenseId: string;
  otherRegionNfrRequestId: string;
  otherRegionNfrLicenseId: string;
  /**
   * Subcontracting billing: a submitted invoice of the partner admin's company (made a staff-augmentation
   * subcontractor here) with hours of two consultants and an expense whose receipt is stored, and an invoice of
   * other.partner@demo.test's company.
   */
  invoiceId: string;
  receiptFileId: string;
  otherCompanyInvoiceId: string;
  /** Consultant pipeline (sub-consultants): a consultant of Northwind (a subcontractor), and one of a partner that is none. */
  consultantId: string;
  outsideConsultantId: string;
}

export async function createRecordFixtures(server: BuiltServer): Promise<RecordFixtures> {
  const { prisma } = server;
  const applicant = await prisma.partner.findFirstOrThrow({ where: { phdRegion: "AMER", status: { in: ["SUBMITTED", "IN_REVIEW"] } }, select: { id: true } });
  const otherRegionApplicant = await prisma.partner.findFirstOrThrow({
    where: { phdRegion: "EMEA", status: { in: ["SUBMITTED", "IN_REVIEW"] } },
    select: { id: true },
  });
  const mpa = await prisma.agreementTemplate.findUniqueOrThrow({
    where: { kind: "MPA" },
    select: { id: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: "desc" }, select: { id: true } } },
  });
  const [current, superseded] = mpa.versions;
  if (!current || !superseded) throw new Error("The demo data should hold two published MPA versions.");
  const otherTemplateVersion = await prisma.agreementVersion.findFirstOrThrow({ where: { templateId: { not: mpa.id } }, select: { id: true } });
  const legalRequest = await prisma.legalRequest.findFirstOrThrow({ select: { id: true } });
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "partner.admin@demo.test" }, select: { id: true, partnerId: true } });
  const colleague = await prisma.user.findUniqueOrThrow({ where: { email: "partner.user@demo.test" }, select: { id: true } });
  const otherCompanyUser = await prisma.user.findUniqueOrThrow({ where: { email: "other.partner@demo.test" }, select: { id: true } });
  const partnerId = admin.partnerId!;
  const cam = await prisma.user.findUniqueOrThrow({ where: { email: "cam@demo.test" }, select: { id: true } });
  const account = await prisma.partner.findFirstOrThrow({ where: { camOwnerId: cam.id }, orderBy: { legalName: "asc" }, select: { id: true } });
  const otherCamAccount = await prisma.partner.findFirstOrThrow({
    where: { camOwnerId: { not: cam.id }, NOT: { camOwnerId: null } },
    orderBy: { legalName: "asc" },
    select: { id: true },
  });
  const ctpTracking = await prisma.ctpTracking.findFirstOrThrow({
    where: { status: "ACTIVE", partner: { camOwnerId: cam.id } },
    orderBy: { startedAt: "asc" },
    select: { id: true },
  });
  const otherCamCtpTracking = await prisma.ctpTracking.findFirstOrThrow({ where: { partner: { camOwnerId: { not: cam.id } } }, select: { id: true } });
  const sow = await prisma.primeSow.findFirstOrThrow({ orderBy: { number: "asc" }, select: { id: true } });
  const otherRegionAccount = await prisma.partner.findFirstOrThrow({
    where: { phdRegion: "EMEA", status: "AUTHORIZED", camOwnerId: { not: null }, awardCases: { none: {} } },
    orderBy: { legalName: "asc" },
    select: { id: true },
  });
  const awardCase = await prisma.awardCase.findFirstOrThrow({ where: { status: "OPEN", partner: { camOwnerId: cam.id } }, select: { id: true } });
  const otherRegionAwardCase = await prisma.awardCase.create({
    data: { partnerId: otherRegionAccount.id, kind: "PSP", dueAt: new Date(Date.now() + 5 * 24 * 3600 * 1000), firstCompanyCertification: true },
    select: { id: true },
  });

  const emails = await Promise.all(
    ["welcome", "passwordReset", "invitation"].map((template, index) =>
      prisma.outboxEmail.create({
        data: { to: `person-${index}@example.test`, template, subject: `Message ${index + 1}`, html: "<p>Hello</p>", text: "Hello" },
        select: { id: true },
      }),
    ),
  );

  const storageKey = `logos/${partnerId}/${randomBytes(8).toString("hex")}`;
  await new LocalFileStorage(path.join(server.dataDir, "files")).put(storageKey, PNG);
  const logo = await prisma.storedFile.create({
    data: { storageKey, contentType: "image/png", sizeBytes: PNG.length, originalName: "logo.png", ownerPartnerId: partnerId, uploadedById: admin.id },
    select: { id: true },
  });
  await prisma.partner.update({ where: { id: partnerId }, data: { logoFileId: logo.id } });

  const invitation = await prisma.oneTimeToken.create({
    data: {
      purpose: "INVITATION",
      tokenHash: randomBytes(32).toString("hex"),
      email: "invitee@example.test",
      partnerId,
      role: "PARTNER_USER",
      issuedById: admin.id,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
    select: { id: true },
  });

  const subcontractor = await prisma.partner.findFirstOrThrow({
    where: { subcontractRelationship: { not: null } },
    orderBy: { legalName: "asc" },
    select: { id: true },
  });
  const workAuthorization = await prisma.workAuthorization.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
  const outOfScope = await prisma.partner.findFirstOrThrow({
    where: { subcontractRelationship: null, status: "AUTHORIZED" },
    orderBy: { legalName: "asc" },
    select: { id: true },
  });
  const outOfScopeSow = await prisma.primeSow.create({
    data: {
      partnerId: outOfScope.id,
      number: `PS-FIXTURE-${randomBytes(4).toString("hex")}`,
      amountCents: 300_000_00,
      status: "ACTIVE",
      authorizedCents: 1_500_00,
      workAuthorizations: {
        create: {
          projectName: "Out of scope",
          scope: "Scope",
          technicalRequirements: "Requirements",
          backgroundCheck: "None required",
          hourlyRateCents: 150_00,
          billingTerms: "Net 30",
          travelAndExpenses: "Remote",
          hoursAuthorized: 10,
          amountCents: 1_500_00,
        },
      },
    },
    select: { id: true, workAuthorizations: { select: { id: true } } },
  });

  const nfrRequest = await prisma.nfrRequest.findFirstOrThrow({ where: { partnerId, status: "SUBMITTED" }, select: { id: true } });
  const nfrLicense = await prisma.nfrLicense.findFirstOrThrow({ where: { partnerId, status: "ACTIVE" }, select: { id: true } });
  const otherRegionNfrRequest = await prisma.nfrRequest.findFirstOrThrow({ where: { partner: { phdRegion: "EMEA" } }, select: { id: true } });
  const otherRegionNfrLicense = await prisma.nfrLicense.findFirstOrThrow({ where: { partner: { phdRegion: "EMEA" } }, select: { id: true } });

  const pse = await prisma.certification.findUniqueOrThrow({ where: { code: "PSE" }, select: { id: true, code: true } });
  const certificationImport = await prisma.certificationImport.findFirstOrThrow({ select: { id: true } });
  const badge = await prisma.earnedCertification.findFirstOrThrow({ where: { partnerId, badgeToken: { not: null } }, select: { badgeToken: true } });

  const billing = await createBillingFixtures(
    server,
    partnerId,
    (await prisma.user.findUniqueOrThrow({ where: { email: "other.partner@demo.test" }, select: { partnerId: true } })).partnerId!,
  );

  const consultant = await prisma.consultant.create({
    data: { partnerId, name: "Record Page Consultant", email: "record.page@consultant.example", stage: "VIDEO_REVIEWED" },
    select: { id: true },
  });
  const notSubcontractor = await prisma.partner.findFirstOrThrow({ where: { subcontractRelationship: null, status: "AUTHORIZED" }, select: { id: true } });
  const outsideConsultant = await prisma.consultant.create({
    data: { partnerId: notSubcontractor.id, name: "Outside Consultant", email: "outside@consultant.example" },
    select: { id: true },
  });

  return {
    ...billing,
    consultantId: consultant.id,
    outsideConsultantId: outsideConsultant.id,
    certificationId: pse.id,
    certificationCode: pse.code,
    importId: certificationImport.id,
    badgeToken: badge.badgeToken!,
    applicantId: applicant.id,
    otherRegionApplicantId: otherRegionApplicant.id,
    emailId: emails[0]!.id,
    templateId: mpa.id,
    versionId: current.id,
    otherTemplateVersionId: otherTemplateVersion.id,
    partnerVersionId: current.id,
    supersededVersionId: superseded.id,
    legalRequestId: legalRequest.id,
    colleagueId: colleague.id,
    otherCompanyUserId: otherCompanyUser.id,
    logoFileId: logo.id,
    invitationId: invitation.id,
    accountId: account.id,
    otherCamAccountId: otherCamAccount.id,
    otherRegionAccountId: otherRegionAccount.id,
    awardCaseId: awardCase.id,
    otherRegionAwardCaseId: otherRegionAwardCase.id,
    sowId: sow.id,
    subcontractorId: subcontractor.id,
    northwindId: partnerId,
    workAuthorizationId: workAuthorization.id,
    outOfScopePartnerId: outOfScope.id,
    outOfScopeSowId: outOfScopeSow.id,
    outOfScopeWorkAuthorizationId: outOfScopeSow.workAuthorizations[0]!.id,
    userId: colleague.id,
    locatorPartnerId: partnerId,
    ctpTrackingId: ctpTracking.id,
    otherCamCtpTrackingId: otherCamCtpTracking.id,
    nfrRequestId: nfrRequest.id,
    nfrLicenseId: nfrLicense.id,
    otherRegionNfrRequestId: otherRegionNfrRequest.id,
    otherRegionNfrLicenseId: otherRegionNfrLicense.id,
  };
}

/** An active SOW of `partnerId` with an authorization, two consultants' hours and an invoice for October 2026. */
async function billedInvoice(server: BuiltServer, partnerId: string, receipt: boolean) {
  const { prisma } = server;
  const suffix = randomBytes(4).toString("hex");
  await prisma.partner.updateMany({
    where: { id: partnerId, subcontractRelationship: null },
    data: { subcontractRelationship: "INDIRECT_STAFF_AUGMENTATION" },
  });
  const sow = await prisma.primeSow.create({
    data: { partnerId, number: `SOW-FIX-${suffix}`, amountCents: 300_000_00, status: "ACTIVE" },
    select: { id: true },
  });
  const consultants = await Promise.all(
    ["Avery", "Blake"].map((name) =>
      prisma.consultant.create({
        data: { partnerId, name: `${name} ${suffix}`, email: `${name.toLowerCase()}-${suffix}@example.test`, stage: "ACTIVE" },
        select: { id: true },
      }),
    ),
  );
  const authorization = await prisma.workAuthorization.create({
    data: {
      sowId: sow.id,
      projectName: `Fixture project ${suffix}`,
      customerName: "Fixture Customer",
      scope: "Migration",
      technicalRequirements: "None",
      backgroundCheck: "None",
      hourlyRateCents: 150_00,
      billingTerms: "Net 30",
      travelAndExpenses: "Pre-approved",
      hoursAuthorized: 200,
      amountCents: 200 * 150_00,
      minutesLogged: 20 * 60,
      status: "ACTIVE",
      consultants: { create: consultants.map((consultant) => ({ consultantId: consultant.id })) },
    },
    select: { id: true },
  });
  const invoice = await prisma.invoice.create({
    data: { partnerId, sowId: sow.id, month: new Date("2026-10-01T00:00:00Z"), status: "SUBMITTED", timeAmountCents: 20 * 150_00, submittedAt: new Date() },
    select: { id: true },
  });
  for (const [index, consultant] of consultants.entries()) {
    for (let day = 1; day <= 5; day += 1) {
      await prisma.timeEntry.create({
        data: {
          workAuthorizationId: authorization.id,
          consultantId: consultant.id,
          workedOn: new Date(Date.UTC(2026, 9, day + index * 7)),
          minutes: 120,
          description: "Fixture work",
          invoiceId: invoice.id,
        },
      });
    }
  }
  let receiptFileId = "";
  if (receipt) {
    const storageKey = `partners/${partnerId}/receipts/${suffix}`;
    await new LocalFileStorage(path.join(server.dataDir, "files")).put(storageKey, PNG);
    const file = await prisma.storedFile.create({
      data: { storageKey, contentType: "image/png", sizeBytes: PNG.length, originalName: "receipt.png", ownerPartnerId: partnerId },
      select: { id: true },
    });
    receiptFileId = file.id;
    await prisma.expense.create({
      data: {
        invoiceId: invoice.id,
        workAuthorizationId: authorization.id,
        incurredOn: new Date("2026-10-09T00:00:00Z"),
        amountCents: 42_50,
        description: "Parking",
        receiptFileId: file.id,
      },
    });
    await prisma.invoice.update({ where: { id: invoice.id }, data: { expenseAmountCents: 42_50 } });
  }
  return { invoiceId: invoice.id, receiptFileId };
}

async function createBillingFixtures(server: BuiltServer, partnerId: string, otherPartnerId: string) {
  const own = await billedInvoice(server, partnerId, true);
  const other = await billedInvoice(server, otherPartnerId, false);
  return { invoiceId: own.invoiceId, receiptFileId: own.receiptFileId, otherCompanyInvoiceId: other.invoiceId };
}
