// The coordinator's operations on agreements, Prime SOWs and work authorizations, against a real database: each does
// its work and its audit event in one transaction, and each refusal says why and changes nothing.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { changeSubcontractRelationship } from "./change-subcontract-relationship";
import { recordAgreementExecuted } from "./record-agreement-executed";
import { createPrimeSow } from "./create-prime-sow";
import { updateSowRates } from "./update-sow-rates";
import { movePrimeSow } from "./move-prime-sow";
import { attachSowDocument } from "./attach-sow-document";
import { approveSowPoRequest } from "./approve-sow-po-request";
import { cancelSowPoRequest } from "./cancel-sow-po-request";
import { createWorkAuthorization } from "./create-work-authorization";
import { changeWorkAuthorizationStatus } from "./change-work-authorization-status";
import { ZCreatePrimeSowSchema, ZCreateWorkAuthorizationSchema, dollarsToCents, type TCreateWorkAuthorization } from "./schemas";
import { executeSubcontractAgreements, makePartner, makePrimeSow, makeSubcontractor, makeUser, publishSubcontractAgreements } from "../../../tests/factories";
import type { SessionUser } from "@/server/auth/policy";

const context = { ip: "10.9.0.8" };
const PDF = Buffer.from("%PDF-1.4\n%%EOF\n");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);

let filesDir: string;
let ps: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  filesDir = mkdtempSync(path.join(tmpdir(), "portal-sows-"));
  process.env.FILE_STORAGE_DIR = filesDir;
  ps = await makeUser("PS_COORDINATOR");
  admin = await makeUser("ADMIN");
});

afterAll(() => {
  delete process.env.FILE_STORAGE_DIR;
  rmSync(filesDir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Everything the operations here write, so a refusal can be shown to change nothing. */
async function everything() {
  const [sows, rates, transitions, documents, requests, authorizations, acceptances, files, audit, partners] = await Promise.all([
    prisma.primeSow.findMany({ orderBy: { id: "asc" } }),
    prisma.sowRate.findMany({ orderBy: { id: "asc" } }),
    prisma.primeSowTransition.count(),
    prisma.primeSowDocument.count(),
    prisma.sowPoRequest.findMany({ orderBy: { id: "asc" } }),
    prisma.workAuthorization.findMany({ orderBy: { id: "asc" } }),
    prisma.agreementAcceptance.findMany({ orderBy: { id: "asc" } }),
    prisma.storedFile.count(),
    prisma.auditEvent.count(),
    prisma.partner.findMany({ orderBy: { id: "asc" }, select: { id: true, subcontractRelationship: true } }),
  ]);
  return {
    sows,
    rates,
    transitions,
    documents,
    requests,
    authorizations,
    acceptances,
    files,
    audit,
    partners,
    stored: readdirSync(filesDir, { recursive: true }).length,
  };
}

async function refusedWithNothingChanged(run: () => Promise<unknown>, message: RegExp | string, code?: AppError["code"]) {
  const before = await everything();
  const error = await refusal(run());
  if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  if (code) expect(error.code).toBe(code);
  expect(await everything()).toEqual(before);
  return error;
}

const authorization = (sowId: string, overrides: Partial<TCreateWorkAuthorization> = {}): TCreateWorkAuthorization => ({
  sowId,
  projectName: "Acme CI/CD migration",
  customerName: "Acme Corp",
  scope: "Migrate 40 pipelines.",
  technicalRequirements: "Self-managed, SSO.",
  backgroundCheck: "Standard background check",
  rateId: null,
  hourlyRateCents: 200_00,
  hoursAuthorized: 100,
  billingTerms: "Monthly in arrears, net 30",
  travelAndExpenses: "Remote",
  expenseBudget: 0,
  startsOn: new Date("2026-12-01T00:00:00Z"),
  endsOn: new Date("2027-03-31T00:00:00Z"),
  ...overrides,
});

const pdf = (name = "signed.pdf") => new File([PDF], name, { type: "application/pdf" });

describe("the subcontracting relationship", () => {
  it("is changed by the coordinator on a subcontractor, audited", async () => {
    const partner = await makeSubcontractor("INDIRECT_PROJECT_BASED");
    await changeSubcontractRelationship(ps, { partnerId: partner.id, relationship: "INDIRECT_STAFF_AUGMENTATION" }, context);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).subcontractRelationship).toBe("INDIRECT_STAFF_AUGMENTATION");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: partner.id, action: "subcontract.relationship_changed" } });
    expect(event.changes).toEqual({ subcontractRelationship: { from: "INDIRECT_PROJECT_BASED", to: "INDIRECT_STAFF_AUGMENTATION" } });
  });

  it("makes a partner a subcontractor only by an admin (all partners), and only while it is authorized", async () => {
    const reseller = await makePartner();
    await refusedWithNothingChanged(
      () => changeSubcontractRelationship(ps, { partnerId: reseller.id, relationship: "DIRECT" }, context),
      new AppError("NOT_FOUND").message,
      "NOT_FOUND",
    );
    await changeSubcontractRelationship(admin, { partnerId: reseller.id, relationship: "DIRECT" }, context);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: reseller.id } })).subcontractRelationship).toBe("DIRECT");
    await refusedWithNothingChanged(() => changeSubcontractRelationship(admin, { partnerId: reseller.id, relationship: "DIRECT" }, context), /already direct/);
    const applicant = await makePartner({ status: "IN_REVIEW" });
    await refusedWithNothingChanged(
      () => changeSubcontractRelationship(admin, { partnerId: applicant.id, relationship: "DIRECT" }, context),
      /not an authorized partner/,
    );
  });
});

describe("an executed MSA or DPA", () => {
  it("cannot be recorded before the agreement is published", async () => {
    const partner = await makeSubcontractor();
    await refusedWithNothingChanged(
      () => recordAgreementExecuted(ps, { partnerId: partner.id, kind: "MSA", executedOn: new Date("2026-11-02T00:00:00Z"), signedDocument: pdf() }, context),
      "No MSA is published yet: an admin publishes it under Agreements first.",
    );
  });

  it("is the partner's signed-document acceptance of the latest published version, with the date and the signed copy", async () => {
    const versions = await publishSubcontractAgreements();
    const partner = await makeSubcontractor();
    await recordAgreementExecuted(
      ps,
      { partnerId: partner.id, kind: "DPA", executedOn: new Date("2026-11-02T00:00:00Z"), signedDocument: pdf("dpa.pdf") },
      context,
    );
    const acceptance = await prisma.agreementAcceptance.findUniqueOrThrow({
      where: { versionId_partnerId: { versionId: versions.DPA, partnerId: partner.id } },
    });
    expect(acceptance).toMatchObject({ method: "SIGNED_DOCUMENT", acceptedAt: new Date("2026-11-02T00:00:00Z") });
    const file = await prisma.storedFile.findUniqueOrThrow({ where: { id: acceptance.signedFileId! } });
    expect(file).toMatchObject({ contentType: "application/pdf", originalName: "dpa.pdf", ownerPartnerId: partner.id, uploadedById: ps.id });
    expect(await prisma.auditEvent.count({ where: { entityId: partner.id, action: "subcontract.agreement_executed" } })).toBe(1);
  });

  it("refuses a signed copy that is not a PDF, a date in the future, and a partner out of scope, and keeps no file", async () => {
    await publishSubcontractAgreements();
    const partner = await makeSubcontractor();
    const input = { partnerId: partner.id, kind: "MSA" as const, executedOn: new Date("2026-11-02T00:00:00Z"), signedDocument: pdf() };
    await refusedWithNothingChanged(
      () => recordAgreementExecuted(ps, { ...input, signedDocument: new File([PNG], "msa.pdf", { type: "application/pdf" }) }, context),
      "Attach the signed agreement as a PDF.",
    );
    await refusedWithNothingChanged(
      () => recordAgreementExecuted(ps, { ...input, executedOn: new Date(Date.now() + 3 * 86_400_000) }, context),
      "The date is in the future.",
    );
    const reseller = await makePartner();
    await refusedWithNothingChanged(() => recordAgreementExecuted(ps, { ...input, partnerId: reseller.id }, context), new AppError("NOT_FOUND").message);
  });
});

describe("a Prime SOW", () => {
  it("is drafted with the year's next number, its rates and the first row of its timeline", async () => {
    const partner = await makeSubcontractor();
    const now = new Date("2031-05-01T10:00:00Z");
    const rates = [
      { roleName: "Senior Consultant", hourlyRateCents: 225_00 },
      { roleName: "Project Manager", hourlyRateCents: 195_50 },
    ];
    const first = await createPrimeSow(ps, { partnerId: partner.id, amount: 300_000_00, rates }, context, now);
    const second = await createPrimeSow(ps, { partnerId: partner.id, amount: 120_000_00, rates: [] }, context, now);
    expect([first.number, second.number]).toEqual(["PS-2031-0001", "PS-2031-0002"]);
    const sow = await prisma.primeSow.findUniqueOrThrow({
      where: { id: first.id },
      include: { rates: { orderBy: { roleName: "asc" } }, transitions: true },
    });
    expect(sow).toMatchObject({ status: "DRAFT", amountCents: 300_000_00, authorizedCents: 0, invoicedCents: 0 });
    expect(sow.rates.map((rate) => [rate.roleName, rate.hourlyRateCents])).toEqual([
      ["Project Manager", 195_50],
      ["Senior Consultant", 225_00],
    ]);
    expect(sow.transitions).toMatchObject([{ fromStatus: null, toStatus: "DRAFT", actorId: ps.id }]);
    expect(await prisma.auditEvent.count({ where: { entityId: first.id, action: "sow.created" } })).toBe(1);
  });

  it("takes distinct numbers when drafted at the same moment", async () => {
    const partner = await makeSubcontractor();
    const now = new Date("2032-02-01T10:00:00Z");
    const numbers = await Promise.all(Array.from({ length: 5 }, () => createPrimeSow(ps, { partnerId: partner.id, amount: 1_00, rates: [] }, context, now)));
    expect(numbers.map((sow) => sow.number).sort()).toEqual(["PS-2032-0001", "PS-2032-0002", "PS-2032-0003", "PS-2032-0004", "PS-2032-0005"]);
  });

  it("is refused for a partner without a relationship, and for one out of the coordinator's scope", async () => {
    const reseller = await makePartner();
    await refusedWithNothingChanged(
      () => createPrimeSow(admin, { partnerId: reseller.id, amount: 300_000_00, rates: [] }, context),
      /no subcontracting relationship/,
    );
    await refusedWithNothingChanged(
      () => createPrimeSow(ps, { partnerId: reseller.id, amount: 300_000_00, rates: [] }, context),
      new AppError("NOT_FOUND").message,
    );
  });

  it("defaults nothing on the server: the form's amount is parsed to cents exactly, and rates are read a line each", () => {
    expect(ZCreatePrimeSowSchema.parse({ partnerId: "p", amount: "300,000", rates: "Senior Consultant: 225\n\nPM: $195.5" })).toEqual({
      partnerId: "p",
      amount: 300_000_00,
      rates: [
        { roleName: "Senior Consultant", hourlyRateCents: 225_00 },
        { roleName: "PM", hourlyRateCents: 195_50 },
      ],
    });
    expect(dollarsToCents("0.1")).toBe(10);
    expect(dollarsToCents("19.99")).toBe(19_99);
    expect(dollarsToCents("1.999")).toBeNull();
    expect(dollarsToCents("-5")).toBeNull();
    const refused = ZCreatePrimeSowSchema.safeParse({ partnerId: "p", amount: "12.345", rates: "Consultant: 0\nConsultant: 100" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["amount", "Enter the amount in dollars, such as 300000 or 225.50 (at most two decimals)."],
      ["rates", "Line 1: an hourly rate is more than $0 and at most $1,000."],
    ]);
  });
});

describe("the Prime SOW lifecycle", () => {
  it("refuses to send a SOW before the MSA and DPA are executed, then goes all the way to active with a timeline", async () => {
    const partner = await makeSubcontractor();
    const { id } = await createPrimeSow(ps, { partnerId: partner.id, amount: 300_000_00, rates: [] }, context);
    await refusedWithNothingChanged(
      () => movePrimeSow(ps, { sowId: id, to: "SENT_TO_PARTNER", poNumber: "", note: "" }, context),
      "The partner's MSA and DPA are not executed yet: record them on the partner's page before sending the SOW.",
    );
    await executeSubcontractAgreements(partner.id, ["MSA"]);
    await refusedWithNothingChanged(() => movePrimeSow(ps, { sowId: id, to: "SENT_TO_PARTNER", poNumber: "", note: "" }, context), /DPA is not executed/);
    await executeSubcontractAgreements(partner.id, ["DPA"]);

    await movePrimeSow(ps, { sowId: id, to: "SENT_TO_PARTNER", poNumber: "", note: "v1 to the partner" }, context);
    const { sentAt } = await prisma.primeSow.findUniqueOrThrow({ where: { id } });
    expect(sentAt).toBeInstanceOf(Date);
    for (const to of ["REDLINES", "SENT_TO_PARTNER", "LEGAL_STAMP", "OUT_FOR_SIGNATURE", "EXECUTED"] as const) {
      await movePrimeSow(ps, { sowId: id, to, poNumber: "", note: "" }, context);
    }
    await refusedWithNothingChanged(
      () => movePrimeSow(ps, { sowId: id, to: "PO_APPROVED", poNumber: "", note: "" }, context),
      "Enter the PO number to record the PO as approved.",
    );
    await movePrimeSow(ps, { sowId: id, to: "PO_APPROVED", poNumber: "PO-4500012345", note: "" }, context);
    await refusedWithNothingChanged(() => movePrimeSow(ps, { sowId: id, to: "EXHAUSTED", poNumber: "", note: "" }, context), /cannot move to exhausted/);
    await movePrimeSow(ps, { sowId: id, to: "ACTIVE", poNumber: "", note: "" }, context);

    const sow = await prisma.primeSow.findUniqueOrThrow({ where: { id }, include: { transitions: { orderBy: [{ at: "asc" }, { id: "asc" }] } } });
    // Sent again after the redlines, it keeps the date it was first sent.
    expect(sow).toMatchObject({ status: "ACTIVE", poNumber: "PO-4500012345", sentAt });
    expect(sow.executedAt).toBeInstanceOf(Date);
    expect(sow.poApprovedAt).toBeInstanceOf(Date);
    expect(sow.transitions.map((row) => row.toStatus)).toEqual([
      "DRAFT",
      "SENT_TO_PARTNER",
      "REDLINES",
      "SENT_TO_PARTNER",
      "LEGAL_STAMP",
      "OUT_FOR_SIGNATURE",
      "EXECUTED",
      "PO_APPROVED",
      "ACTIVE",
    ]);
    expect(sow.transitions[1]).toMatchObject({ fromStatus: "DRAFT", actorId: ps.id, note: "v1 to the partner" });
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "sow.status_changed" } })).toBe(8);
  });

  it("refills an exhausted SOW only through a replenishment PO, not by hand", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id, { status: "EXHAUSTED" });
    await refusedWithNothingChanged(
      () => movePrimeSow(ps, { sowId: sow.id, to: "ACTIVE", poNumber: "", note: "" }, context),
      "An exhausted SOW becomes active again when a replenishment PO is approved.",
    );
  });

  it("keeps rates editable until the SOW is executed", async () => {
    const partner = await makeSubcontractor();
    const draft = await makePrimeSow(partner.id, { status: "REDLINES" });
    await updateSowRates(ps, { sowId: draft.id, rates: [{ roleName: "Architect", hourlyRateCents: 250_00 }] }, context);
    expect(await prisma.sowRate.findMany({ where: { sowId: draft.id }, select: { roleName: true, hourlyRateCents: true } })).toEqual([
      { roleName: "Architect", hourlyRateCents: 250_00 },
    ]);
    const executed = await makePrimeSow(partner.id, { status: "EXECUTED" });
    await refusedWithNothingChanged(() => updateSowRates(ps, { sowId: executed.id, rates: [] }, context), "The rates of a SOW that is executed are fixed.");
  });
});

describe("SOW documents", () => {
  it("attaches a PDF, an Office file or an image, and refuses anything else", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id, { status: "DRAFT" });
    await attachSowDocument(ps, { sowId: sow.id, label: "SOW text v1", document: new File([DOCX], "sow-v1.docx") }, context);
    await attachSowDocument(ps, { sowId: sow.id, label: "Signed SOW", document: pdf("sow-signed.pdf") }, context);
    const documents = await prisma.primeSowDocument.findMany({ where: { sowId: sow.id }, include: { file: true }, orderBy: { label: "asc" } });
    expect(documents.map((document) => [document.label, document.file.contentType, document.file.ownerPartnerId])).toEqual([
      ["SOW text v1", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", partner.id],
      ["Signed SOW", "application/pdf", partner.id],
    ]);
    await refusedWithNothingChanged(
      () => attachSowDocument(ps, { sowId: sow.id, label: "Notes", document: new File(["plain text"], "notes.txt") }, context),
      "Attach a PDF, a Word, Excel or PowerPoint file, or an image (PNG, JPEG, GIF or WebP).",
    );
    // A ZIP that does not say it is an Office file is not one.
    await refusedWithNothingChanged(
      () => attachSowDocument(ps, { sowId: sow.id, label: "Archive", document: new File([DOCX], "bundle.zip") }, context),
      /Attach a PDF/,
    );
    const other = await makePartner();
    const foreign = await makePrimeSow(other.id);
    await refusedWithNothingChanged(
      () => attachSowDocument(ps, { sowId: foreign.id, label: "Notes", document: pdf() }, context),
      new AppError("NOT_FOUND").message,
    );
  });
});

describe("a replenishment PO request", () => {
  it("when approved, adds its amount, clears the alert and makes an exhausted SOW active again", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id, { status: "EXHAUSTED", invoicedCents: 290_000_00, authorizedCents: 300_000_00 });
    await prisma.primeSow.update({ where: { id: sow.id }, data: { replenishAlertedAt: new Date() } });
    const request = await prisma.sowPoRequest.create({ data: { sowId: sow.id, amountCents: 300_000_00 } });
    await approveSowPoRequest(ps, { requestId: request.id, poNumber: "PO-77" }, context);
    const after = await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id }, include: { transitions: true } });
    expect(after).toMatchObject({ status: "ACTIVE", amountCents: 600_000_00, replenishAlertedAt: null });
    expect(after.transitions).toMatchObject([{ fromStatus: "EXHAUSTED", toStatus: "ACTIVE", actorId: ps.id, note: "Replenishment PO PO-77 approved" }]);
    expect(await prisma.sowPoRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "APPROVED",
      poNumber: "PO-77",
      decidedById: ps.id,
    });
    await refusedWithNothingChanged(
      () => approveSowPoRequest(ps, { requestId: request.id, poNumber: "PO-78" }, context),
      "This PO request is already approved.",
    );
    await refusedWithNothingChanged(() => cancelSowPoRequest(ps, { requestId: request.id }, context), "This PO request is already approved.");
  });

  it("when cancelled, leaves the funds as they are", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id);
    const request = await prisma.sowPoRequest.create({ data: { sowId: sow.id, amountCents: 300_000_00 } });
    await cancelSowPoRequest(ps, { requestId: request.id }, context);
    expect(await prisma.sowPoRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "CANCELLED", decidedById: ps.id });
    expect(await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id } })).toMatchObject({ amountCents: 300_000_00, status: "ACTIVE" });
  });

  it("of a partner out of scope is not found", async () => {
    const reseller = await makePartner();
    const sow = await makePrimeSow(reseller.id);
    const request = await prisma.sowPoRequest.create({ data: { sowId: sow.id, amountCents: 300_000_00 } });
    await refusedWithNothingChanged(() => approveSowPoRequest(ps, { requestId: request.id, poNumber: "PO-1" }, context), new AppError("NOT_FOUND").message);
  });
});

describe("a work authorization", () => {
  it("draws hours × rate plus its budget from an active SOW, keeping the sum", async () => {
    const partner = await makeSubcontractor("INDIRECT_STAFF_AUGMENTATION");
    const sow = await makePrimeSow(partner.id, { rates: [{ roleName: "Senior Consultant", hourlyRateCents: 225_00 }] });
    const created = await createWorkAuthorization(
      ps,
      authorization(sow.id, { rateId: sow.rates[0]!.id, hourlyRateCents: null, expenseBudget: 2_500_00 }),
      context,
    );
    const row = await prisma.workAuthorization.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      hourlyRateCents: 225_00,
      hoursAuthorized: 100,
      expenseBudgetCents: 2_500_00,
      amountCents: 25_000_00,
      status: "DRAFT",
      customerName: "Acme Corp",
    });
    expect((await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id } })).authorizedCents).toBe(25_000_00);
    expect(await prisma.auditEvent.count({ where: { entityId: created.id, action: "work_authorization.created" } })).toBe(1);
  });

  it("keeps no customer name for a project-based partner, who must never see it", async () => {
    const partner = await makeSubcontractor("INDIRECT_PROJECT_BASED");
    const sow = await makePrimeSow(partner.id);
    const created = await createWorkAuthorization(ps, authorization(sow.id), context);
    expect((await prisma.workAuthorization.findUniqueOrThrow({ where: { id: created.id } })).customerName).toBeNull();
  });

  it("is refused past the SOW's funds, on a SOW that is not active, with another SOW's rate, and out of scope", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id, { amountCents: 100_000_00, authorizedCents: 90_000_00 });
    await refusedWithNothingChanged(
      () => createWorkAuthorization(ps, authorization(sow.id, { hoursAuthorized: 51, hourlyRateCents: 200_00 }), context),
      "This authorization draws $10,200.00, but the SOW has $10,000.00 left to authorize.",
    );
    const draft = await makePrimeSow(partner.id, { status: "DRAFT" });
    await refusedWithNothingChanged(() => createWorkAuthorization(ps, authorization(draft.id), context), "Work can only be authorized against an active SOW.");
    await refusedWithNothingChanged(
      () => createWorkAuthorization(ps, authorization(sow.id, { rateId: draft.rates[0]!.id, hourlyRateCents: null, hoursAuthorized: 1 }), context),
      "Choose one of this SOW's rates, or type the rate.",
    );
    const foreign = await makePrimeSow((await makePartner()).id);
    await refusedWithNothingChanged(() => createWorkAuthorization(ps, authorization(foreign.id), context), new AppError("NOT_FOUND").message);
  });

  it("refuses a rate of 0, negative or fractional hours and an end before the start in the form", () => {
    const fields = {
      sowId: "s",
      projectName: "P",
      scope: "S",
      technicalRequirements: "T",
      backgroundCheck: "None required",
      rateId: "",
      hourlyRate: "0",
      hoursAuthorized: "10",
      billingTerms: "Net 30",
      travelAndExpenses: "None",
      startsOn: "2026-12-10",
      endsOn: "2026-12-01",
    };
    const messages = (values: Record<string, string>) =>
      ZCreateWorkAuthorizationSchema.safeParse(values).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(messages(fields)).toEqual([["hourlyRate", "The hourly rate must be more than $0."]]);
    expect(messages({ ...fields, hourlyRate: "150", hoursAuthorized: "-4" })).toEqual([["hoursAuthorized", "Enter the hours authorized as a whole number."]]);
    expect(messages({ ...fields, hourlyRate: "150", hoursAuthorized: "7.5" })).toEqual([["hoursAuthorized", "Enter the hours authorized as a whole number."]]);
    expect(messages({ ...fields, hourlyRate: "150" })).toEqual([["endsOn", "The end date is before the start date."]]);
    expect(ZCreateWorkAuthorizationSchema.parse({ ...fields, hourlyRate: "150.25", endsOn: "", expenseBudget: "1,000.50" })).toMatchObject({
      hourlyRateCents: 150_25,
      expenseBudget: 1_000_50,
      endsOn: null,
      rateId: null,
    });
  });

  it("is activated, completed or cancelled; cancelling gives its amount back", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id);
    const first = await createWorkAuthorization(ps, authorization(sow.id, { hoursAuthorized: 100, hourlyRateCents: 100_00 }), context);
    const second = await createWorkAuthorization(ps, authorization(sow.id, { hoursAuthorized: 50, hourlyRateCents: 100_00 }), context);
    await changeWorkAuthorizationStatus(ps, { workAuthorizationId: first.id, move: "ACTIVATE" }, context);
    await changeWorkAuthorizationStatus(ps, { workAuthorizationId: first.id, move: "COMPLETE" }, context);
    await refusedWithNothingChanged(
      () => changeWorkAuthorizationStatus(ps, { workAuthorizationId: first.id, move: "CANCEL" }, context),
      "A work authorization that is completed cannot be cancelled.",
    );
    await changeWorkAuthorizationStatus(ps, { workAuthorizationId: second.id, move: "CANCEL" }, context);
    expect(await prisma.workAuthorization.findMany({ where: { sowId: sow.id }, select: { status: true }, orderBy: { hoursAuthorized: "desc" } })).toEqual([
      { status: "COMPLETED" },
      { status: "CANCELLED" },
    ]);
    expect((await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id } })).authorizedCents).toBe(10_000_00);
    const foreign = await makePrimeSow((await makePartner()).id);
    const foreignAuthorization = await prisma.workAuthorization.create({
      data: {
        sowId: foreign.id,
        projectName: "Not the coordinator's",
        scope: "S",
        technicalRequirements: "T",
        backgroundCheck: "None required",
        hourlyRateCents: 100_00,
        billingTerms: "Net 30",
        travelAndExpenses: "None",
        hoursAuthorized: 1,
        amountCents: 100_00,
      },
    });
    await refusedWithNothingChanged(
      () => changeWorkAuthorizationStatus(ps, { workAuthorizationId: foreignAuthorization.id, move: "CANCEL" }, context),
      new AppError("NOT_FOUND").message,
    );
  });

  it("20 at once that together pass the funds: the total authorized stays within, and the kept sum is the rows' sum", async () => {
    const partner = await makeSubcontractor();
    const sow = await makePrimeSow(partner.id, { amountCents: 300_000_00 });
    // Each draws $20,000 (100 h × $200); 20 of them would be $400,000, so exactly 15 fit.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => createWorkAuthorization(ps, authorization(sow.id, { projectName: `Project ${index}` }), context)),
    );
    const kept = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(kept).toHaveLength(15);
    for (const outcome of refused) expect((outcome.reason as AppError).message).toMatch(/left to authorize/);
    const after = await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id } });
    const rows = await prisma.workAuthorization.aggregate({
      where: { sowId: sow.id, status: { not: "CANCELLED" } },
      _sum: { amountCents: true },
      _count: true,
    });
    expect(after.authorizedCents).toBe(300_000_00);
    expect(rows._sum.amountCents).toBe(after.authorizedCents);
    expect(rows._count).toBe(15);
  });
});
