// Agreement templates, their versions, and who accepted which.
import { faker } from "@faker-js/faker";
import { addDays, subDays } from "date-fns";
import type { AgreementKind, Prisma } from "@/generated/prisma/client";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { type SeedContext, type SeedPartner, type Staff, daysAgo, earliest, isAuthorized, newId, partnerByKey, primaryContact } from "./shared";

interface AgreementText {
  name: string;
  scope: string;
  obligations: string;
}

const AGREEMENT_TEXT: Record<AgreementKind, AgreementText> = {
  MPA: {
    name: "Master Partner Agreement",
    scope:
      "This Agreement sets the terms on which Partner may market, resell, refer or deliver services for the Vendor's software. Track-specific addenda add to it and prevail only where they say so.",
    obligations:
      "Partner keeps accurate company details in the partner portal, uses the Vendor's marks only as the brand guidelines allow, and complies with anti-bribery and export laws in every country where it operates.",
  },
  RESELLER_ADDENDUM: {
    name: "Reseller Addendum",
    scope:
      "Partner may buy subscriptions from the Vendor or an authorized distributor and resell them to end customers in its Territory under the Vendor's current end-user terms.",
    obligations:
      "Partner registers each opportunity before quoting, passes the end-user terms to every customer, and reports renewals at least 30 days before the subscription ends.",
  },
  REFERRAL_SERVICES_ADDENDUM: {
    name: "Referral and Services Addendum",
    scope:
      "Partner may refer opportunities to the Vendor for a referral fee and may deliver implementation, migration and advisory services around the Vendor's software.",
    obligations:
      "Services are delivered by staff holding current Vendor certifications; referral fees are paid only on registered opportunities that close within 12 months.",
  },
  MSP_AGREEMENT: {
    name: "Managed Services Provider Agreement",
    scope: "Partner may host and operate the Vendor's software as a managed service for its own customers, billed monthly on consumption.",
    obligations:
      "Partner reports monthly usage by the fifth business day, maintains documented security controls, and gives customers a support path that escalates to the Vendor.",
  },
  TRAINING_ADDENDUM: {
    name: "Training Partner Addendum",
    scope:
      "Partner may deliver the Vendor's official courses using licensed course material and certified trainers, in the languages and regions listed in its profile.",
    obligations:
      "Only certified trainers teach official courses; Partner collects course feedback, shares attendance quarterly and does not alter licensed material.",
  },
  MSA: {
    name: "Master Professional Services Agreement",
    scope:
      "Partner provides consultants to the Vendor's Professional Services organization under work authorizations issued against a Prime Partner Statement of Work.",
    obligations:
      "Consultants pass the Vendor's vetting before starting, log time weekly, and invoice monthly in arrears; expenses need prior written approval and receipts.",
  },
  DPA: {
    name: "Data Processing Agreement",
    scope:
      "This Agreement governs personal data Partner processes on the Vendor's behalf while delivering services, as a processor acting on documented instructions.",
    obligations:
      "Partner applies the technical and organizational measures in Annex 2, notifies the Vendor of a personal data breach within 48 hours, and uses sub-processors only with prior written consent.",
  },
};

const AGREEMENT_KINDS = Object.keys(AGREEMENT_TEXT) as AgreementKind[];
const MPA_V2_NOTE = "> Version 2 adds section 4 (Data protection) and shortens the payment term from 45 to 30 days.";
const MPA_V2_DATA_PROTECTION =
  "Where Partner processes personal data of the Vendor's customers, it does so only on documented instructions, engages sub-processors only with the Vendor's prior written consent, and reports a personal data breach within 48 hours of becoming aware of it.";

function agreementBody(kind: AgreementKind, version: number): string {
  const { name, scope, obligations } = AGREEMENT_TEXT[kind];
  const mpaV2 = kind === "MPA" && version >= 2;
  const sections: [string, string][] = [
    ["Scope", scope],
    ["Partner obligations", obligations],
    [
      "Fees and payment",
      `Invoices are payable within ${mpaV2 ? 30 : 45} days of the invoice date, in the currency stated on the order. Amounts are exclusive of taxes.`,
    ],
    ...(mpaV2 ? [["Data protection", MPA_V2_DATA_PROTECTION] as [string, string]] : []),
    ["Confidentiality", "Each party protects the other's confidential information with at least reasonable care and uses it only to perform this Agreement."],
    [
      "Term and termination",
      "This Agreement runs for one year and renews automatically for further one-year terms unless either party gives 60 days' written notice. Either party may terminate for an uncured material breach after 30 days' notice.",
    ],
    [
      "Limitation of liability",
      "Neither party is liable for indirect or consequential damages. Each party's total liability is limited to the fees paid or payable in the 12 months before the claim.",
    ],
  ];
  return [
    `# ${name}`,
    `Version ${version}`,
    ...(mpaV2 ? [MPA_V2_NOTE] : []),
    ...sections.flatMap(([title, text], index) => [`## ${index + 1}. ${title}`, text]),
  ].join("\n\n");
}

interface VersionRef {
  id: string;
  kind: AgreementKind;
  version: number;
  publishedAt: Date;
}

export async function seedAgreements(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const firstPublished = subDays(ctx.now, 1100);
  const templates: Prisma.AgreementTemplateCreateManyInput[] = [];
  const versionRows: Prisma.AgreementVersionCreateManyInput[] = [];
  const versions: VersionRef[] = [];
  for (const kind of AGREEMENT_KINDS) {
    const templateId = newId();
    templates.push({ id: templateId, kind, name: AGREEMENT_TEXT[kind].name, createdAt: firstPublished });
    const published = kind === "MPA" ? [firstPublished, subDays(ctx.now, 21)] : [firstPublished];
    published.forEach((publishedAt, index) => {
      const ref: VersionRef = { id: newId(), kind, version: index + 1, publishedAt };
      versions.push(ref);
      versionRows.push({
        id: ref.id,
        templateId,
        version: ref.version,
        body: agreementBody(kind, ref.version),
        publishedAt,
        publishedById: staff.admin.id,
        createdAt: subDays(publishedAt, 7),
      });
    });
  }
  await ctx.tx.agreementTemplate.createMany({ data: templates });
  await ctx.tx.agreementVersion.createMany({ data: versionRows });

  await ctx.tx.agreementAcceptance.createMany({ data: buildAcceptances(ctx, partners, versions) });

  const legalPartner = partnerByKey(partners, "legalRequest");
  await ctx.tx.legalRequest.create({
    data: {
      partnerId: legalPartner.id,
      versionId: latestVersion(versions, "MPA", ctx.now).id,
      requestedById: primaryContact(legalPartner).id,
      status: "OPEN",
      reason:
        "Our counsel cannot accept the new section 4 (Data protection) as written: we ask that sub-processor approval be given by notice rather than prior written consent, and for a 72-hour breach notification window.",
      createdAt: daysAgo(ctx, 4),
    },
  });
  // How legal requests end, one of each (fixed dates, no faker: the rest of the demo data stays as it was). The same
  // company's first request on MPA v2 was declined before it opened the one above; a Public sector partner's request on
  // MPA v1 was resolved as agreed when it joined.
  const mpaV2 = latestVersion(versions, "MPA", ctx.now);
  await ctx.tx.legalRequest.create({
    data: {
      partnerId: legalPartner.id,
      versionId: mpaV2.id,
      requestedById: primaryContact(legalPartner).id,
      status: "DECLINED",
      reason: "We ask to strike the audit clause of section 7 entirely: our customers' data cannot leave our premises.",
      declineReason: "The audit clause is the same for every partner; the new section 4 answers the data residency concern.",
      createdAt: subDays(ctx.now, 19),
      resolvedAt: subDays(ctx.now, 12),
    },
  });
  const agreedPartner = partnerByKey(partners, "publicSelect");
  const agreedVersion = latestVersion(versions, "MPA", agreedPartner.submittedAt);
  await ctx.tx.legalRequest.create({
    data: {
      partnerId: agreedPartner.id,
      versionId: agreedVersion.id,
      requestedById: primaryContact(agreedPartner).id,
      status: "RESOLVED",
      reason: "As a public body we cannot accept an indemnity without a cap; we ask for the cap of section 9 to apply to it.",
      exception: "Section 9's liability cap applies to the indemnity of section 8 (approved by legal).",
      createdAt: subDays(agreedPartner.submittedAt, 10),
      resolvedAt: subDays(agreedPartner.submittedAt, 1),
    },
  });
}

function latestVersion(versions: VersionRef[], kind: AgreementKind, at: Date): VersionRef {
  const published = versions.filter((v) => v.kind === kind && v.publishedAt <= at).sort((a, b) => b.version - a.version);
  const [latest] = published;
  if (!latest) throw new Error(`Demo seed: no published ${kind} at ${at.toISOString()}`);
  return latest;
}

function acceptance(
  ctx: SeedContext,
  partner: SeedPartner,
  version: VersionRef,
  acceptedAt: Date,
  method: "CLICK_THROUGH" | "SIGNED_DOCUMENT" = "CLICK_THROUGH",
): Prisma.AgreementAcceptanceCreateManyInput {
  const clickThrough = method === "CLICK_THROUGH";
  return {
    versionId: version.id,
    partnerId: partner.id,
    userId: primaryContact(partner).id,
    method,
    region: partner.region,
    ip: clickThrough ? faker.internet.ipv4() : null,
    userAgent: clickThrough ? faker.internet.userAgent() : null,
    acceptedAt: earliest(acceptedAt, ctx.now),
  };
}

// Every applicant clicked through the agreements its tracks need, in the versions published on the day it applied.
// Most authorized partners have since accepted MPA v2; the demo partners have, the legal-request partner has not.
function buildAcceptances(ctx: SeedContext, partners: SeedPartner[], versions: VersionRef[]): Prisma.AgreementAcceptanceCreateManyInput[] {
  const rows: Prisma.AgreementAcceptanceCreateManyInput[] = [];
  const mpaV2 = latestVersion(versions, "MPA", ctx.now);
  for (const partner of partners.filter((p) => p.status !== "DENIED")) {
    for (const kind of requiredAgreementKinds(partner.tracks)) {
      rows.push(acceptance(ctx, partner, latestVersion(versions, kind, partner.submittedAt), partner.submittedAt));
    }
    const acceptedV1 = latestVersion(versions, "MPA", partner.submittedAt).id !== mpaV2.id;
    const acceptsV2 =
      isAuthorized(partner) &&
      acceptedV1 &&
      partner.key !== "legalRequest" &&
      (partner.key === "northwind" || partner.key === "otherPartner" || partner.subcontract !== null || faker.datatype.boolean());
    if (acceptsV2) rows.push(acceptance(ctx, partner, mpaV2, daysAgo(ctx, 1, 20)));
    if (partner.subcontract) {
      // Before the demo subcontractor's Prime SOW was sent to it (subcontracting.ts).
      const signedAt = subDays(ctx.now, 280);
      rows.push(acceptance(ctx, partner, latestVersion(versions, "MSA", signedAt), signedAt, "SIGNED_DOCUMENT"));
      // The APAC subcontractor signed its MSA but not yet its DPA: its draft SOW cannot be sent to it.
      if (partner.key !== "apacSubcontractor") {
        rows.push(acceptance(ctx, partner, latestVersion(versions, "DPA", signedAt), addDays(signedAt, 2), "SIGNED_DOCUMENT"));
      }
    }
  }
  return rows;
}
