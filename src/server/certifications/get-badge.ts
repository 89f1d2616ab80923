// A certification's badge as Open Badges 2.0 (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/):
// the hosted Assertion (one person's badge), its BadgeClass (the certification) and the Issuer profile, each at its own
// public URL, so a wallet that reads the assertion can resolve the whole chain and check it against this portal.
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/server/db";
import { appUrl } from "@/server/app-url";
import { getHelpDeskEmail } from "@/server/account/get-help-desk-email";

export const OPEN_BADGES_CONTEXT = "https://w3id.org/openbadges/v2";
const ISSUER_NAME = "Partner Program";

/** Badge tokens are 32 random bytes in base64url; anything else is not one of ours. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,128}$/;
const CODE_PATTERN = /^[A-Za-z0-9-]{1,32}$/;

export const assertionUrl = (token: string) => appUrl(`/badges/${token}/assertion`);
export const badgeClassUrl = (code: string) => appUrl(`/badges/classes/${encodeURIComponent(code)}`);
export const issuerUrl = () => appUrl("/badges/issuer");

/** The public facts of one earned certification by its badge token, or null. Never the holder's email address. */
export async function getBadge(token: string, now = new Date()) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const earned = await prisma.earnedCertification.findUnique({
    where: { badgeToken: token },
    select: {
      issuedAt: true,
      expiresAt: true,
      badgeIssuedAt: true,
      user: { select: { name: true, email: true } },
      partner: { select: { legalName: true } },
      certification: { select: { code: true, name: true } },
    },
  });
  if (!earned) return null;
  const valid = earned.expiresAt === null || earned.expiresAt.getTime() > now.getTime();
  return { token, ...earned, valid };
}

/**
 * The hosted assertion. The recipient is the holder's email hashed with a salt (the address itself is never
 * published); the salt is derived from the token so the document is the same at every fetch. An expired badge says so
 * by its `expires` date, which a verifier compares with the time of checking.
 */
export function buildAssertion(badge: NonNullable<Awaited<ReturnType<typeof getBadge>>>) {
  const salt = createHash("sha256").update(`salt:${badge.token}`).digest("hex").slice(0, 16);
  const identity = `sha256$${createHash("sha256")
    .update(badge.user.email.toLowerCase() + salt)
    .digest("hex")}`;
  return {
    "@context": OPEN_BADGES_CONTEXT,
    type: "Assertion",
    id: assertionUrl(badge.token),
    recipient: { type: "email", hashed: true, salt, identity },
    badge: badgeClassUrl(badge.certification.code),
    verification: { type: "hosted" },
    issuedOn: badge.issuedAt.toISOString(),
    ...(badge.expiresAt ? { expires: badge.expiresAt.toISOString() } : {}),
    evidence: appUrl(`/badges/${badge.token}`),
  };
}

export async function getBadgeClass(code: string) {
  if (!CODE_PATTERN.test(code)) return null;
  const certification = await prisma.certification.findUnique({
    where: { code },
    select: { code: true, name: true, passingScore: true, validityMonths: true },
  });
  if (!certification) return null;
  return {
    "@context": OPEN_BADGES_CONTEXT,
    type: "BadgeClass",
    id: badgeClassUrl(certification.code),
    name: certification.name,
    description: `${certification.name} (${certification.code}): a certification of the ${ISSUER_NAME}.`,
    image: appUrl(`/badges/classes/${encodeURIComponent(certification.code)}/image`),
    criteria: {
      narrative: `Complete the training, the lab and the exam with a score of at least ${certification.passingScore}.${certification.validityMonths ? ` Valid for ${certification.validityMonths} months from the issue date.` : ""}`,
    },
    issuer: issuerUrl(),
  };
}

export function buildIssuer() {
  return {
    "@context": OPEN_BADGES_CONTEXT,
    type: "Issuer",
    id: issuerUrl(),
    name: ISSUER_NAME,
    url: appUrl("/"),
    email: getHelpDeskEmail(),
  };
}

/** A plain badge picture for the BadgeClass: the certification's code in a seal. Text is escaped; codes are [A-Z0-9-]. */
export function badgeImageSvg(code: string): string {
  const text = code.replace(/[^A-Za-z0-9-]/g, "");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${text} badge"><circle cx="128" cy="128" r="120" fill="#1d4ed8"/><circle cx="128" cy="128" r="100" fill="none" stroke="#fff" stroke-width="6"/><text x="128" y="140" font-family="sans-serif" font-size="36" font-weight="700" fill="#fff" text-anchor="middle">${text}</text></svg>`;
}
