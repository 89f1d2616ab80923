import "server-only";
import type { Tx } from "@/server/db";
import { appUrl } from "@/server/app-url";
import { issueOneTimeToken } from "@/server/auth/one-time-token";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { EMAIL_VERIFICATION_TTL_HOURS } from "@/server/applications/rules";

/** Emails the one-time link that confirms the applicant's address and leads back to the draft. */
export async function sendApplicationVerification(tx: Tx, draft: { email: string; name: string; companyName: string }): Promise<void> {
  const token = await issueOneTimeToken(tx, { purpose: "EMAIL_VERIFICATION", email: draft.email, ttlMinutes: EMAIL_VERIFICATION_TTL_HOURS * 60 });
  await enqueueEmail(tx, {
    to: draft.email,
    template: "applicationEmailVerification",
    data: { name: draft.name, companyName: draft.companyName, verifyUrl: appUrl(`/register/verify?token=${token}`), expiresInHours: EMAIL_VERIFICATION_TTL_HOURS },
  });
}
