import "server-only";
import { randomBytes } from "node:crypto";
import { addMonths } from "date-fns";
import type { CertificationStepKind, CertificationStepSource } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { openPspAwardCaseIfDue } from "@/server/certifications/open-award-case";
import { lockPartner } from "@/server/partners/lock-partner";
import { isStepComplete } from "@/server/certifications/rules";

export interface CompletedStep {
  userId: string;
  partnerId: string;
  certificationId: string;
  step: CertificationStepKind;
  score: number | null;
  completedAt: Date;
  source: CertificationStepSource;
  externalId?: string | null;
  certificateFileId?: string | null;
  recordedById?: string | null;
  /** Imported exams come from the learning system and count at once; a self-recorded one waits for Education Services. */
  verifiedAt?: Date | null;
  verifiedById?: string | null;
}

/** 32 random bytes: the unguessable part of a badge's public verification link. */
export function newBadgeToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Records one completed step of a person's certification in the caller's transaction (the latest completion of a
 * step is the one kept), then issues the certification if it is now earned. Returns the id of the earned
 * certification when this step issued one.
 */
export async function recordCompletedStep(tx: Tx, step: CompletedStep, now: Date): Promise<string | null> {
  // Before any write: a step's row references the partner (a key-share lock), so locking it only later, for the PSP
  // count, would deadlock two completions of one partner that each hold that share lock.
  await lockPartner(tx, step.partnerId);
  const where = { userId_certificationId_step: { userId: step.userId, certificationId: step.certificationId, step: step.step } };
  const existing = await tx.certificationStep.findUnique({ where, select: { completedAt: true } });
  // An older completion arriving late (an earlier export imported after a newer one) does not replace the newer one.
  if (existing && existing.completedAt.getTime() > step.completedAt.getTime()) return null;
  const data = {
    partnerId: step.partnerId,
    score: step.score,
    completedAt: step.completedAt,
    source: step.source,
    externalId: step.externalId ?? null,
    certificateFileId: step.certificateFileId ?? null,
    recordedById: step.recordedById ?? null,
    verifiedAt: step.verifiedAt ?? null,
    verifiedById: step.verifiedById ?? null,
  };
  await tx.certificationStep.upsert({
    where,
    create: { userId: step.userId, certificationId: step.certificationId, step: step.step, ...data },
    update: data,
  });
  return issueCertificationIfEarned(tx, step.userId, step.certificationId, now);
}

/**
 * Creates the EarnedCertification once training, lab and exam are all complete (a self-recorded exam only once
 * verified): score of the exam, issued at the latest completion, expiring validityMonths later, with its badge. A
 * certification already issued for the same completions is not issued twice. Then opens the PSP award case if this
 * holder took the partner to the threshold. Returns the new earned certification's id, or null.
 */
export async function issueCertificationIfEarned(tx: Tx, userId: string, certificationId: string, now: Date): Promise<string | null> {
  const holder = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { partnerId: true } });
  // Completions of one partner run one after the other from here, so the PSP count sees every earlier one.
  if (holder.partnerId) await lockPartner(tx, holder.partnerId);
  const [certification, steps] = await Promise.all([
    tx.certification.findUniqueOrThrow({ where: { id: certificationId }, select: { validityMonths: true, countsTowardPsp: true } }),
    tx.certificationStep.findMany({
      where: { userId, certificationId },
      select: { step: true, score: true, completedAt: true, source: true, verifiedAt: true, partnerId: true },
    }),
  ]);
  const complete = steps.filter(isStepComplete);
  const exam = complete.find((step) => step.step === "EXAM");
  if (complete.length < 3 || !exam || exam.score === null) return null;
  const issuedAt = new Date(Math.max(...complete.map((step) => step.completedAt.getTime())));
  const partnerId = exam.partnerId;
  const created = await tx.earnedCertification.createManyAndReturn({
    data: [
      {
        userId,
        partnerId,
        certificationId,
        score: exam.score,
        issuedAt,
        expiresAt: certification.validityMonths === null ? null : addMonths(issuedAt, certification.validityMonths),
        badgeToken: newBadgeToken(),
        badgeIssuedAt: now,
      },
    ],
    // The same completions recorded again (an import run twice, a verify racing an import) issue nothing new.
    skipDuplicates: true,
    select: { id: true },
  });
  if (created.length === 0) return null;
  if (certification.countsTowardPsp) await openPspAwardCaseIfDue(tx, partnerId, now);
  return created[0].id;
}
