import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { getPartnerBilling } from "./get-partner-billing";
import { getInvoice } from "./get-invoice";
import { listFlaggedHours } from "./list-flagged-hours";
import { invoiceReviewList } from "./invoice-list";
import { loadListPage } from "@/server/lists/load-list-page";
import { weekStartOf } from "./rules";
import { makeActiveSow, makePartner, makeUser, makeWorkAuthorization } from "../../../tests/factories";

const monday = weekStartOf(new Date("2026-11-04T00:00:00Z"));

async function subcontractor(relationship: "INDIRECT_STAFF_AUGMENTATION" | "INDIRECT_PROJECT_BASED") {
  const partner = await makePartner();
  await prisma.partner.update({ where: { id: partner.id }, data: { subcontractRelationship: relationship } });
  const user = await makeUser("PARTNER_USER", { partnerId: partner.id });
  const sow = await makeActiveSow(partner.id);
  const authorization = await makeWorkAuthorization(sow.id, { customerName: `Secret Customer of ${partner.legalName}` });
  await prisma.timeEntry.create({
    data: {
      workAuthorizationId: authorization.id,
      consultantId: authorization.consultantId,
      workedOn: monday,
      minutes: 90,
      description: "Work",
      status: "FLAGGED",
    },
  });
  const invoice = await prisma.invoice.create({
    data: { partnerId: partner.id, sowId: sow.id, month: new Date("2026-11-01T00:00:00Z") },
    select: { id: true },
  });
  return { partner, user, sow, authorization, invoice };
}

describe("what the billing pages read", () => {
  it("shows a partner only its own authorizations, hours and invoices; the customer only to a staff-augmentation partner", async () => {
    const staffing = await subcontractor("INDIRECT_STAFF_AUGMENTATION");
    const project = await subcontractor("INDIRECT_PROJECT_BASED");

    const staffingView = await getPartnerBilling(staffing.user, { monday, consultantId: null });
    if (!staffingView.subcontractor) throw new Error("a subcontractor");
    expect(staffingView.authorizations.map((authorization) => authorization.id)).toEqual([staffing.authorization.id]);
    expect(staffingView.authorizations[0].customerName).toBe(`Secret Customer of ${staffing.partner.legalName}`);
    expect(staffingView.invoices.map((invoice) => invoice.id)).toEqual([staffing.invoice.id]);
    expect(staffingView.entries).toHaveLength(1);

    const projectView = await getPartnerBilling(project.user, { monday, consultantId: staffing.authorization.consultantId });
    if (!projectView.subcontractor) throw new Error("a subcontractor");
    expect(projectView.showsCustomer).toBe(false);
    expect(projectView.authorizations.map((authorization) => authorization.id)).toEqual([project.authorization.id]);
    expect(projectView.invoices.map((invoice) => invoice.id)).toEqual([project.invoice.id]);
    // Another company's consultant named in the URL falls back to the company's own.
    expect(projectView.consultant?.id).toBe(project.authorization.consultantId);
    // The customer's name is not in what the page receives, in any field.
    expect(JSON.stringify(projectView)).not.toContain("Secret Customer");

    expect(await getInvoice(project.user, staffing.invoice.id, "subcontracting.bill")).toBeNull();
    expect(await getInvoice(project.user, project.invoice.id, "subcontracting.bill")).toMatchObject({ id: project.invoice.id });
  });

  it("gives a company that does not subcontract its empty state, and the coordinator the subcontractors' flagged hours", async () => {
    const partner = await makePartner();
    const user = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    expect(await getPartnerBilling(user, { monday, consultantId: null })).toMatchObject({ subcontractor: false });

    const staffing = await subcontractor("INDIRECT_STAFF_AUGMENTATION");
    const coordinator = await makeUser("PS_COORDINATOR");
    const flagged = await listFlaggedHours(coordinator);
    expect(flagged.entries.map((entry) => entry.workAuthorization.projectName)).toContain(staffing.authorization.projectName);
    expect(await getInvoice(coordinator, staffing.invoice.id, "invoices.review")).toMatchObject({ id: staffing.invoice.id });
    expect(await getInvoice(staffing.user, staffing.invoice.id, "invoices.review")).toBeNull();
  });

  it("lists the invoices waiting for a decision by default, and with every status puts them first", async () => {
    const staffing = await subcontractor("INDIRECT_STAFF_AUGMENTATION");
    const coordinator = await makeUser("PS_COORDINATOR");
    const invoice = (month: string, data: object) =>
      prisma.invoice.create({
        data: { partnerId: staffing.partner.id, sowId: staffing.sow.id, month: new Date(`${month}-01T00:00:00Z`), ...data },
        select: { id: true },
      });
    const approved = await invoice("2026-08", { status: "APPROVED", submittedAt: new Date("2026-09-01"), decidedAt: new Date("2026-09-02") });
    const submitted = await invoice("2026-09", { status: "SUBMITTED", submittedAt: new Date("2026-10-01") });
    const q = staffing.partner.legalName;
    const waiting = await loadListPage(invoiceReviewList, coordinator, { q });
    expect(waiting.rows.map((row) => row.id)).toEqual([submitted.id]);
    const all = await loadListPage(invoiceReviewList, coordinator, { q, status: "ALL" });
    // Submitted, then the draft made in subcontractor(), then the decided.
    expect(all.rows.map((row) => row.id)).toEqual([submitted.id, staffing.invoice.id, approved.id]);
    const outsider = await makeUser("PARTNER_ADMIN", { partnerId: staffing.partner.id });
    expect(await getInvoice(outsider, submitted.id, "invoices.review")).toBeNull();
  });
});
