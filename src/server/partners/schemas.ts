// The company page's forms: one schema per form, used by the server action (and so by every submit).
import "server-only";
import { z } from "zod";
import { linkToken, recordId } from "@/server/schema-fields";
import { PROFILE_LIMITS } from "@/lib/partner-company";
import { emailAddress, PASSWORDS_DIFFER, passwordsMatch, ZNewPasswordFields } from "@/server/auth/schemas";

const ZPartnerRole = z.enum(["PARTNER_USER", "PARTNER_ADMIN"], { message: "Choose a role." });

/**
 * A list typed one entry per line: entries are trimmed, inner spaces collapsed, blank lines dropped and repeats
 * (ignoring case) kept once. Lines, not commas, separate entries because a location reads "Austin, United States".
 */
export function parseProfileList(value: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const line of value.split(/\r?\n/)) {
    const item = line.trim().replace(/\s+/g, " ");
    if (!item || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    items.push(item);
  }
  return items;
}

function ZProfileList(noun: string) {
  return z
    .string()
    .default("")
    .transform((value, context) => {
      const items = parseProfileList(value);
      const tooLong = items.find((item) => item.length > PROFILE_LIMITS.itemLength);
      if (tooLong) {
        context.addIssue({ code: "custom", message: `Keep each ${noun} to ${PROFILE_LIMITS.itemLength} characters; "${tooLong.slice(0, 30)}…" is longer.` });
        return z.NEVER;
      }
      if (items.length > PROFILE_LIMITS.listItems) {
        context.addIssue({ code: "custom", message: `List at most ${PROFILE_LIMITS.listItems} ${noun}s.` });
        return z.NEVER;
      }
      return items;
    });
}

export const ZUpdatePartnerProfileSchema = z.object({
  description: z
    .string()
    .default("")
    .transform((value) => value.trim())
    .pipe(z.string().max(PROFILE_LIMITS.descriptionLength, `Keep the description to ${PROFILE_LIMITS.descriptionLength} characters.`)),
  website: z
    .string()
    .trim()
    .min(1, "Enter your company's website.")
    .max(PROFILE_LIMITS.websiteLength, `Keep the address to ${PROFILE_LIMITS.websiteLength} characters.`)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: "Enter a full address such as https://example.com." })),
  locations: ZProfileList("location"),
  languages: ZProfileList("language"),
  services: ZProfileList("service"),
});
export type TUpdatePartnerProfile = z.infer<typeof ZUpdatePartnerProfileSchema>;

export const ZUploadPartnerLogoSchema = z.object({
  logo: z.instanceof(File, { message: "Choose an image file." }),
});
export type TUploadPartnerLogo = z.infer<typeof ZUploadPartnerLogoSchema>;

export const ZInvitePartnerUserSchema = z.object({ email: emailAddress("Enter the email address of the person to invite."), role: ZPartnerRole });
export type TInvitePartnerUser = z.infer<typeof ZInvitePartnerUserSchema>;

export const ZRevokeInvitationSchema = z.object({ invitationId: recordId("Choose an invitation.") });
export type TRevokeInvitation = z.infer<typeof ZRevokeInvitationSchema>;

export const ZChangePartnerUserRoleSchema = z.object({ userId: recordId("Choose a colleague."), role: ZPartnerRole });
export type TChangePartnerUserRole = z.infer<typeof ZChangePartnerUserRoleSchema>;

export const ZPartnerUserIdSchema = z.object({ userId: recordId("Choose a colleague.") });
export type TPartnerUserId = z.infer<typeof ZPartnerUserIdSchema>;

export const ZAcceptInvitationSchema = z
  .object({
    token: linkToken("This invitation link is not valid."),
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    ...ZNewPasswordFields,
  })
  .refine(passwordsMatch, PASSWORDS_DIFFER);
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitationSchema>;
