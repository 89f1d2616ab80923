// The NFR forms: one schema per form, used by the server action (and so by every submit).
import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { emailAddress } from "@/server/auth/schemas";
import { MAX_NFR_USERS, MIN_NFR_USERS, NFR_CAP_MODES, NFR_PLANS } from "@/lib/nfr";

const text = (label: string, max: number) => z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} to ${max} characters.`);

export const ZFileNfrRequestSchema = z
  .object({
    // The CAM chooses one of their accounts; a partner user's company comes from the session and this is ignored.
    partnerId: z.string().trim().max(64, "That is not a partner of the portal.").optional().default(""),
    contactName: text("the contact's name", 120),
    contactEmail: emailAddress("Enter the email address the license goes to."),
    usersCount: z
      .string()
      .trim()
      .min(1, "Enter the number of users.")
      .regex(/^\d+$/, "Enter the number of users as a whole number.")
      .transform(Number)
      .pipe(z.number().min(MIN_NFR_USERS, `A license has at least ${MIN_NFR_USERS} user.`).max(MAX_NFR_USERS, `A license has at most ${MAX_NFR_USERS} users.`)),
    plan: z.enum(NFR_PLANS, { message: "Choose Starter, Premium or Ultimate." }),
    kind: z.enum(["NEW", "RENEWAL"], { message: "Say whether this is a new license or a renewal." }),
    renewsLicenseId: z.string().trim().max(64, "Choose one of the partner's licenses.").optional().default(""),
    justification: text("what the licenses are for", 2000),
  })
  .superRefine((value, context) => {
    if (value.kind === "RENEWAL" && value.renewsLicenseId === "") {
      context.addIssue({ code: "custom", path: ["renewsLicenseId"], message: "Choose the license this renews." });
    }
  })
  .transform(({ kind, renewsLicenseId, partnerId, ...rest }) => ({
    ...rest,
    partnerId: partnerId || null,
    isRenewal: kind === "RENEWAL",
    renewsLicenseId: kind === "RENEWAL" ? renewsLicenseId : null,
  }));
export type TFileNfrRequest = z.infer<typeof ZFileNfrRequestSchema>;

export const ZApproveNfrRequestSchema = z.object({ requestId: recordId("Choose a request.") });
export type TApproveNfrRequest = z.infer<typeof ZApproveNfrRequestSchema>;

export const ZRejectNfrRequestSchema = z.object({
  requestId: recordId("Choose a request."),
  reason: text("the reason, which the requester reads", 1000),
});
export type TRejectNfrRequest = z.infer<typeof ZRejectNfrRequestSchema>;

export const ZAskNfrRequestInfoSchema = z.object({
  requestId: recordId("Choose a request."),
  question: text("what you need to know", 1000),
});
export type TAskNfrRequestInfo = z.infer<typeof ZAskNfrRequestInfoSchema>;

export const ZAnswerNfrRequestInfoSchema = z.object({
  requestId: recordId("Choose a request."),
  answer: text("your answer", 2000),
});
export type TAnswerNfrRequestInfo = z.infer<typeof ZAnswerNfrRequestInfoSchema>;

export const ZRevokeNfrLicenseSchema = z.object({
  licenseId: recordId("Choose a license."),
  reason: text("the reason, which the partner reads", 1000),
});
export type TRevokeNfrLicense = z.infer<typeof ZRevokeNfrLicenseSchema>;

export const ZUpdateNfrCapModeSchema = z.object({
  nfrCapMode: z.enum(NFR_CAP_MODES, { message: "Choose whether the cap counts licenses or users." }),
});
export type TUpdateNfrCapMode = z.infer<typeof ZUpdateNfrCapModeSchema>;
