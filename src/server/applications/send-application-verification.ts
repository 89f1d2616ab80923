import "server-only";
import { subHours } from "date-fns";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { appUrl } from "@/server/app-url";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { createOneTimeToken } from "@/server/auth/one-time-token";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import {
  EMAIL_VERIFICATION_TTL_HOURS,
  MAX_VERIFICATION_EMAILS_PER_ADDRESS_PER_HOUR,
  MAX_VERIFICATION_EMAILS_PER_IP_PER_HOUR,
} from "@/server/applications/rules";

const SENT_ACTION = "application.verification_sent";

/**
 * Emails the one-time link that confirms the applicant's address and leads back to the draft. Anyone may ask for
 * one, so an address, and an IP, get only a few an hour: the portal must not become a way to flood an inbox.
 */
export async function sendApplicationVerification(
  tx: Tx,
  draft: { id: string; email: string; name: string; companyName: string },
  context: { ip: string },
): Promise<void> {
  const since = subHours(new Date(), 1);
  const [toAddress, fromIp] = await Promise.all([
    tx.oneTimeToken.count({ where: { purpose: "EMAIL_VERIFICATION", email: draft.email, createdAt: { gte: since } } }),
    tx.auditEvent.count({ where: { action: SENT_ACTION, ip: context.ip, createdAt: { gte: since } } }),
  ]);
  if (toAddress >= MAX_VERIFICATION_EMAILS_PER_ADDRESS_PER_HOUR || fromIp >= MAX_VERIFICATION_EMAILS_PER_IP_PER_HOUR) {
    throw new AppError("CONFLICT", {
      field: "email",
      message: "We have sent several confirmation links in the last hour. Look for them in your inbox (and spam folder), or try again in an hour.",
    });
  }
  const { token } = await createOneTimeToken(tx, { purpose: "EMAIL_VERIFICATION", email: draft.email, ttlMinutes: EMAIL_VERIFICATION_TTL_HOURS * 60 });
  await enqueueEmail(tx, {
    to: draft.email,
    template: "applicationEmailVerification",
    data: {
      name: draft.name,
      companyName: draft.companyName,
      verifyUrl: appUrl(`/register/verify?token=${token}`),
      expiresInHours: EMAIL_VERIFICATION_TTL_HOURS,
    },
  });
  await recordAuditEvent(tx, {
    actor: null,
    action: SENT_ACTION,
    entityType: "ApplicationDraft",
    entityId: draft.id,
    summary: `Confirmation link sent to ${draft.email}`,
    ip: context.ip,
  });
}
