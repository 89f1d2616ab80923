// The consultant pipeline's operations against a real database: each step records its evidence and moves the
// consultant one stage on with an audit event; a step out of order, on another scope's consultant or with missing
// evidence is refused with its reason and changes nothing.
import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { addConsultant } from "./add-consultant";
import { submitConsultantSkills } from "./submit-consultant-skills";
import { reviewConsultantVideo } from "./review-consultant-video";
import { verifyConsultantCertifications } from "./verify-consultant-certifications";
import { recordConsultantDeepDive } from "./record-consultant-deep-dive";
import { approveConsultant } from "./approve-consultant";
import { declineConsultant } from "./decline-consultant";
import { updateConsultantOnboarding } from "./update-consultant-onboarding";
import { updateConsultantOffboarding } from "./update-consultant-offboarding";
import { assignConsultant } from "./assign-consultant";
import { linkConsultantAccount } from "./link-consultant-account";
import { BOARD_CARDS_PER_COLUMN, loadConsultantBoard } from "./list-consultant-board";
import { getConsultant } from "./get-consultant";
import { grantCertifications, makePartner, makeSowWithWorkAuthorization, makeSubcontractor, makeUser } from "../../../tests/factories";

const context = { ip: "10.9.0.8" };
const SKILLS = { gitlab_administration: 4, ci_cd: 5, migrations: 3, kubernetes: 2, scripting: 4, project_management: 3 };
const yesterday = () => new Date(Date.now() - 86_400_000);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The consultant's row and the audit trail: a refused step must leave both as they were. */
async function snapshot(consultantId: string) {
  return {
    consultant: await prisma.consultant.findUnique({ where: { id: consultantId } }),
    audit: await prisma.auditEvent.count(),
    assignments: await prisma.workAuthorizationConsultant.count(),
  };
}

async function expectRefused(consultantId: string, step: () => Promise<unknown>, expected: { code: AppError["code"]; message?: string | RegExp }) {
  const before = await snapshot(consultantId);
  const error = await refusal(step());
  expect(error.code).toBe(expected.code);
  if (expected.message) expect(error.message).toMatch(expected.message);
  expect(await snapshot(consultantId)).toEqual(before);
}

async function setUp() {
  const ps = await makeUser("PS_COORDINATOR");
  const partner = await makeSubcontractor();
  const account = await makeUser("PARTNER_USER", { partnerId: partner.id });
  return { ps, partner, account };
}

async function candidate(ps: SessionUser, partnerId: string, accountEmail: string | null = null) {
  const { consultantId } = await addConsultant(ps, { partnerId, name: "Casey Consultant", email: "casey@consultant.example", accountEmail }, context);
  return consultantId;
}

/** Takes a consultant from candidate to the stage named, through the operations. */
async function advance(ps: SessionUser, consultantId: string, to: "VIDEO_REVIEWED" | "CERTIFICATIONS_VERIFIED" | "DEEP_DIVE_PASSED" | "APPROVED") {
  await submitConsultantSkills(ps, { consultantId, skills: SKILLS }, context);
  await reviewConsultantVideo(ps, { consultantId, videoUrl: "https://videos.example.com/casey", videoReview: "Clear and calm." }, context);
  if (to === "VIDEO_REVIEWED") return;
  await verifyConsultantCertifications(ps, { consultantId }, context);
  if (to === "CERTIFICATIONS_VERIFIED") return;
  await recordConsultantDeepDive(ps, { consultantId, heldOn: yesterday(), minutes: 40, result: "PASS", pseName: "Dana Senior", notes: "Strong." }, context);
  if (to === "DEEP_DIVE_PASSED") return;
  await approveConsultant(ps, { consultantId }, context);
}

describe("the consultant pipeline, step by step", () => {
  it("takes a candidate through every stage, each step audited with its evidence, and assigns them once approved", async () => {
    const { ps, partner, account } = await setUp();
    const consultantId = await candidate(ps, partner.id, account.email.toUpperCase().toLowerCase());
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({ stage: "CANDIDATE", userId: account.id });

    await submitConsultantSkills(ps, { consultantId, skills: SKILLS }, context);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({
      stage: "SKILLS_MATRIX_SUBMITTED",
      skillsMatrix: SKILLS,
    });

    await reviewConsultantVideo(ps, { consultantId, videoUrl: "https://videos.example.com/casey", videoReview: "Clear and calm." }, context);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({
      stage: "VIDEO_REVIEWED",
      videoUrl: "https://videos.example.com/casey",
      videoReviewedById: ps.id,
    });

    // Without the certifications the step is refused and names what is missing; with them it passes.
    await expectRefused(consultantId, () => verifyConsultantCertifications(ps, { consultantId }, context), {
      code: "CONFLICT",
      message: "Verification is refused: Casey Consultant does not hold MIGRATION and PM (unexpired) in the certification records.",
    });
    await grantCertifications(account.id, partner.id, ["MIGRATION"]);
    await grantCertifications(account.id, partner.id, ["PM"], { expiresAt: yesterday() });
    await expectRefused(consultantId, () => verifyConsultantCertifications(ps, { consultantId }, context), { code: "CONFLICT", message: /does not hold PM/ });
    await grantCertifications(account.id, partner.id, ["PM"]);
    const page = await getConsultant(ps, consultantId);
    expect(page?.requiredCertifications.map((required) => [required.code, required.earned !== null])).toEqual([
      ["MIGRATION", true],
      ["PM", true],
    ]);
    await verifyConsultantCertifications(ps, { consultantId }, context);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({
      stage: "CERTIFICATIONS_VERIFIED",
      certsVerifiedById: ps.id,
    });

    await recordConsultantDeepDive(
      ps,
      { consultantId, heldOn: yesterday(), minutes: 35, result: "PASS", pseName: "Dana Senior", notes: "Strong on runners." },
      context,
    );
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({
      stage: "DEEP_DIVE_PASSED",
      deepDiveMinutes: 35,
      deepDiveResult: "Passed with Dana Senior: Strong on runners.",
    });

    // Not assignable before approval.
    const workAuthorization = await makeSowWithWorkAuthorization(partner.id, { projectName: "Acme migration" });
    await expectRefused(consultantId, () => assignConsultant(ps, { consultantId, workAuthorizationId: workAuthorization.id }, context), {
      code: "CONFLICT",
      message: "Only approved consultants can be assigned to a work authorization.",
    });

    await approveConsultant(ps, { consultantId }, context);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({ stage: "APPROVED", approvedById: ps.id });

    await assignConsultant(ps, { consultantId, workAuthorizationId: workAuthorization.id }, context);
    expect(await prisma.workAuthorizationConsultant.count({ where: { consultantId } })).toBe(1);
    // The assignment leaves the stage to the checklists.
    expect((await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).stage).toBe("APPROVED");
    await expectRefused(consultantId, () => assignConsultant(ps, { consultantId, workAuthorizationId: workAuthorization.id }, context), {
      code: "CONFLICT",
      message: "Casey Consultant is already assigned to Acme migration.",
    });

    await updateConsultantOnboarding(ps, { consultantId, accessRequested: true, onboardingBuddy: "", timeLoggingSet: false }, context);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({ stage: "ONBOARDING", onboardingBuddy: null });
    await expectRefused(
      consultantId,
      () => updateConsultantOnboarding(ps, { consultantId, accessRequested: true, onboardingBuddy: "", timeLoggingSet: false }, context),
      {
        code: "CONFLICT",
        message: /Nothing new to record/,
      },
    );
    const onboarded = await updateConsultantOnboarding(
      ps,
      { consultantId, accessRequested: false, onboardingBuddy: "Sam Buddy", timeLoggingSet: true },
      context,
    );
    expect(onboarded.active).toBe(true);
    const active = await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } });
    expect(active).toMatchObject({ stage: "ACTIVE", onboardingBuddy: "Sam Buddy" });
    expect(active.accessRequestedAt).not.toBeNull();
    expect(active.activatedAt).not.toBeNull();

    await updateConsultantOffboarding(ps, { consultantId, retroNotes: "Went well.", accessRemoved: true, otherProjectsChecked: false }, context);
    expect((await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).stage).toBe("ACTIVE");
    const offboarded = await updateConsultantOffboarding(ps, { consultantId, retroNotes: "", accessRemoved: false, otherProjectsChecked: true }, context);
    expect(offboarded.offboarded).toBe(true);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({ stage: "OFFBOARDED", retroNotes: "Went well." });

    const events = await prisma.auditEvent.findMany({ where: { entityType: "Consultant", entityId: consultantId }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.action)).toEqual([
      "consultant.added",
      "consultant.stage_changed",
      "consultant.stage_changed",
      "consultant.stage_changed",
      "consultant.stage_changed",
      "consultant.stage_changed",
      "work_authorization.consultant_assigned",
      "consultant.onboarding_updated",
      "consultant.onboarding_updated",
      "consultant.offboarding_updated",
      "consultant.offboarding_updated",
    ]);
    expect(events.every((event) => event.actorId === ps.id)).toBe(true);
    // The check for other assignments keeps what the coordinator saw: the active authorization they are still on.
    expect(events.at(-1)?.changes).toMatchObject({ stage: { from: "ACTIVE", to: "OFFBOARDED" }, activeAssignmentsSeen: [workAuthorization.id] });
    expect(events.at(-1)?.summary).toContain("active assignments seen: Acme migration");
  });

  it("refuses each step out of order with the next step named, and after the pipeline ended", async () => {
    const { ps, partner, account } = await setUp();
    const consultantId = await candidate(ps, partner.id, account.email);
    await expectRefused(consultantId, () => reviewConsultantVideo(ps, { consultantId, videoUrl: "https://v.example.com/x", videoReview: "x" }, context), {
      code: "CONFLICT",
      message: 'This consultant is at "candidate": the next step is to submit the skills matrix.',
    });
    await expectRefused(consultantId, () => approveConsultant(ps, { consultantId }, context), {
      code: "CONFLICT",
      message: /next step is to submit the skills matrix/,
    });
    await expectRefused(
      consultantId,
      () => updateConsultantOnboarding(ps, { consultantId, accessRequested: true, onboardingBuddy: "", timeLoggingSet: false }, context),
      {
        code: "CONFLICT",
      },
    );
    await expectRefused(
      consultantId,
      () => updateConsultantOffboarding(ps, { consultantId, retroNotes: "x", accessRemoved: true, otherProjectsChecked: true }, context),
      {
        code: "CONFLICT",
      },
    );
    await submitConsultantSkills(ps, { consultantId, skills: SKILLS }, context);
    await expectRefused(consultantId, () => submitConsultantSkills(ps, { consultantId, skills: SKILLS }, context), {
      code: "CONFLICT",
      message: /next step is to review the soft-skills video/,
    });

    await declineConsultant(ps, { consultantId, reason: "Not available for the start date." }, context);
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).toMatchObject({
      stage: "DECLINED",
      declinedReason: "Not available for the start date.",
    });
    await expectRefused(consultantId, () => reviewConsultantVideo(ps, { consultantId, videoUrl: "https://v.example.com/x", videoReview: "x" }, context), {
      code: "CONFLICT",
      message: /declined; the pipeline has ended/,
    });
    await expectRefused(consultantId, () => declineConsultant(ps, { consultantId, reason: "Again." }, context), {
      code: "CONFLICT",
      message: /not yet approved/,
    });
  });

  it("declines a consultant who fails the deep-dive, and refuses declining once approved", async () => {
    const { ps, partner, account } = await setUp();
    await grantCertifications(account.id, partner.id, ["MIGRATION", "PM"]);
    const failing = await candidate(ps, partner.id, account.email);
    await advance(ps, failing, "CERTIFICATIONS_VERIFIED");
    await recordConsultantDeepDive(
      ps,
      { consultantId: failing, heldOn: yesterday(), minutes: 30, result: "FAIL", pseName: "Dana Senior", notes: "Weak on CI." },
      context,
    );
    expect(await prisma.consultant.findUniqueOrThrow({ where: { id: failing } })).toMatchObject({
      stage: "DECLINED",
      deepDiveResult: "Failed with Dana Senior: Weak on CI.",
      declinedReason: "Failed the technical deep-dive: Weak on CI.",
    });
    expect(await prisma.auditEvent.findFirst({ where: { entityId: failing, action: "consultant.declined" } })).not.toBeNull();

    const other = await makeUser("PARTNER_USER", { partnerId: partner.id });
    await grantCertifications(other.id, partner.id, ["MIGRATION", "PM"]);
    const approved = await candidate(ps, partner.id, other.email);
    await advance(ps, approved, "APPROVED");
    await expectRefused(approved, () => declineConsultant(ps, { consultantId: approved, reason: "Changed our mind." }, context), {
      code: "CONFLICT",
      message: 'Only a consultant not yet approved can be declined; Casey Consultant is at "approved".',
    });
  });

  it("refuses verification until a portal account of the partner is linked, once, before the check", async () => {
    const { ps, partner, account } = await setUp();
    await grantCertifications(account.id, partner.id, ["MIGRATION", "PM"]);
    const consultantId = await candidate(ps, partner.id);
    await submitConsultantSkills(ps, { consultantId, skills: SKILLS }, context);
    await reviewConsultantVideo(ps, { consultantId, videoUrl: "https://v.example.com/x", videoReview: "Fine." }, context);
    await expectRefused(consultantId, () => verifyConsultantCertifications(ps, { consultantId }, context), {
      code: "CONFLICT",
      message: /no portal account linked/,
    });

    const elsewhere = await makeUser("PARTNER_USER", { partnerId: (await makePartner()).id });
    await expectRefused(consultantId, () => linkConsultantAccount(ps, { consultantId, accountEmail: elsewhere.email }, context), {
      code: "CONFLICT",
      message: `No user of ${partner.legalName} has this email address.`,
    });
    await linkConsultantAccount(ps, { consultantId, accountEmail: account.email }, context);
    expect((await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).userId).toBe(account.id);
    expect(await prisma.auditEvent.count({ where: { entityId: consultantId, action: "consultant.account_linked" } })).toBe(1);
    await expectRefused(consultantId, () => linkConsultantAccount(ps, { consultantId, accountEmail: account.email }, context), {
      code: "CONFLICT",
      message: "Casey Consultant is already linked to a portal account.",
    });
    await verifyConsultantCertifications(ps, { consultantId }, context);
    expect((await prisma.consultant.findUniqueOrThrow({ where: { id: consultantId } })).stage).toBe("CERTIFICATIONS_VERIFIED");

    // Once the certifications are checked, the account they were read from stays.
    const late = await prisma.consultant.create({ data: { partnerId: partner.id, name: "Late", email: "late@x.example", stage: "CERTIFICATIONS_VERIFIED" } });
    const other = await makeUser("PARTNER_USER", { partnerId: partner.id });
    await expectRefused(late.id, () => linkConsultantAccount(ps, { consultantId: late.id, accountEmail: other.email }, context), {
      code: "CONFLICT",
      message: /next step is to record the technical deep-dive/,
    });
  });
});

describe("scope and the records a step names", () => {
  it("does not find a consultant or partner outside the coordinator's subcontracting partners", async () => {
    const { ps } = await setUp();
    const plain = await makePartner();
    await expect(refusal(addConsultant(ps, { partnerId: plain.id, name: "X", email: "x@x.example", accountEmail: null }, context))).resolves.toMatchObject({
      code: "NOT_FOUND",
      field: "partnerId",
    });
    const outside = await prisma.consultant.create({ data: { partnerId: plain.id, name: "Outside", email: "outside@x.example" } });
    await expectRefused(outside.id, () => submitConsultantSkills(ps, { consultantId: outside.id, skills: SKILLS }, context), { code: "NOT_FOUND" });
    await expectRefused(outside.id, () => declineConsultant(ps, { consultantId: outside.id, reason: "x" }, context), { code: "NOT_FOUND" });
    expect(await getConsultant(ps, outside.id)).toBeNull();
    // A partner admin holds no consultants.manage: nothing is found for them either.
    const partnerAdmin = await makeUser("PARTNER_ADMIN", { partnerId: plain.id });
    expect(await getConsultant(partnerAdmin, outside.id)).toBeNull();
  });

  it("links only an account of the candidate's own partner, and only once", async () => {
    const { ps, partner, account } = await setUp();
    const elsewhere = await makeUser("PARTNER_USER", { partnerId: (await makePartner()).id });
    const before = await prisma.consultant.count();
    await expect(
      refusal(addConsultant(ps, { partnerId: partner.id, name: "X", email: "x@x.example", accountEmail: elsewhere.email }, context)),
    ).resolves.toMatchObject({
      code: "CONFLICT",
      field: "accountEmail",
      message: `No user of ${partner.legalName} has this email address.`,
    });
    await candidate(ps, partner.id, account.email);
    await expect(
      refusal(addConsultant(ps, { partnerId: partner.id, name: "Y", email: "y@x.example", accountEmail: account.email }, context)),
    ).resolves.toMatchObject({
      code: "CONFLICT",
      message: "This account is already the consultant Casey Consultant's.",
    });
    expect(await prisma.consultant.count()).toBe(before + 1);
  });

  it("assigns only to an active work authorization of the consultant's own partner", async () => {
    const { ps, partner, account } = await setUp();
    await grantCertifications(account.id, partner.id, ["MIGRATION", "PM"]);
    const consultantId = await candidate(ps, partner.id, account.email);
    await advance(ps, consultantId, "APPROVED");
    const foreign = await makeSowWithWorkAuthorization((await makeSubcontractor()).id);
    await expectRefused(consultantId, () => assignConsultant(ps, { consultantId, workAuthorizationId: foreign.id }, context), { code: "NOT_FOUND" });
    const draft = await makeSowWithWorkAuthorization(partner.id, { status: "DRAFT" });
    await expectRefused(consultantId, () => assignConsultant(ps, { consultantId, workAuthorizationId: draft.id }, context), {
      code: "CONFLICT",
      message: "Consultants are assigned to active work authorizations only.",
    });
    const page = await getConsultant(ps, consultantId);
    expect(page?.openWorkAuthorizations).toEqual([]);
  });

  it("runs two approvals of the same consultant one after the other: the second is refused", async () => {
    const { ps, partner, account } = await setUp();
    await grantCertifications(account.id, partner.id, ["MIGRATION", "PM"]);
    const consultantId = await candidate(ps, partner.id, account.email);
    await advance(ps, consultantId, "DEEP_DIVE_PASSED");
    const outcomes = await Promise.allSettled([approveConsultant(ps, { consultantId }, context), approveConsultant(ps, { consultantId }, context)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entityId: consultantId, summary: { endsWith: "approved" } } })).toBe(1);
  });
});

describe("the board", () => {
  it("counts every consultant per stage and shows at most a column's worth of cards, within the coordinator's scope", async () => {
    const ps = await makeUser("PS_COORDINATOR");
    const admin = await makeUser("ADMIN");
    const partner = await makeSubcontractor();
    const plain = await makePartner();
    const total = BOARD_CARDS_PER_COLUMN + 3;
    await prisma.consultant.createMany({
      data: Array.from({ length: total }, (_, index) => ({
        partnerId: partner.id,
        name: `Board ${index}`,
        email: `b${index}@x.example`,
        stage: "VIDEO_REVIEWED" as const,
      })),
    });
    await prisma.consultant.create({ data: { partnerId: plain.id, name: "Not a subcontractor's", email: "n@x.example", stage: "VIDEO_REVIEWED" } });
    const before = (await loadConsultantBoard(ps)).find((column) => column.stage === "VIDEO_REVIEWED")!;
    expect(before.cards.length).toBeLessThanOrEqual(BOARD_CARDS_PER_COLUMN);
    expect(before.count).toBeGreaterThanOrEqual(total);
    expect(before.cards.every((card) => card.partnerName !== plain.legalName)).toBe(true);
    const forAdmin = (await loadConsultantBoard(admin)).find((column) => column.stage === "VIDEO_REVIEWED")!;
    expect(forAdmin.count).toBe(before.count + 1);
    const partnerUser = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    expect((await loadConsultantBoard(partnerUser)).every((column) => column.count === 0 && column.cards.length === 0)).toBe(true);
  });
});
