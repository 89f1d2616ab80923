import "server-only";
import { z } from "zod";
import type { LegalRequestStatus } from "@/generated/prisma/enums";
import { recordId } from "@/server/schema-fields";

/** Agreement bodies are markdown; the cap keeps one version within what a page can show. */
export const MAX_AGREEMENT_BODY_LENGTH = 100_000;

export const ZAcceptAgreementSchema = z.object({
  versionId: recordId("Choose an agreement version."),
  // Click-through means an explicit act: the box is ticked, not assumed.
  agree: z.literal("yes", { error: "Tick the box to confirm you have read the agreement and accept it." }),
});
export type TAcceptAgreement = z.infer<typeof ZAcceptAgreementSchema>;

export const ZOpenLegalRequestSchema = z.object({
  versionId: recordId("Choose an agreement version."),
  reason: z
    .string()
    .trim()
    .min(20, "Tell us which terms you need to negotiate and why (at least 20 characters).")
    .max(4000, "Keep the reason under 4,000 characters; your counsel can add detail during the negotiation."),
});
export type TOpenLegalRequest = z.infer<typeof ZOpenLegalRequestSchema>;

const ZAgreementBody = z
  .string()
  .trim()
  .min(1, "Write the agreement text.")
  .max(MAX_AGREEMENT_BODY_LENGTH, `Keep the agreement under ${MAX_AGREEMENT_BODY_LENGTH.toLocaleString("en-US")} characters.`);

export const ZCreateAgreementVersionSchema = z.object({ templateId: recordId("Choose an agreement."), body: ZAgreementBody });
export type TCreateAgreementVersion = z.infer<typeof ZCreateAgreementVersionSchema>;

export const ZUpdateAgreementDraftSchema = z.object({ versionId: recordId("Choose a draft."), body: ZAgreementBody });
export type TUpdateAgreementDraft = z.infer<typeof ZUpdateAgreementDraftSchema>;

export const ZPublishAgreementVersionSchema = z.object({ versionId: recordId("Choose a draft.") });
export type TPublishAgreementVersion = z.infer<typeof ZPublishAgreementVersionSchema>;

/** The statuses the update form moves a request to; an outcome is recorded with what was agreed (ZResolveLegalRequestSchema). */
export const LEGAL_REQUEST_PROGRESS_STATUSES = ["OPEN", "IN_NEGOTIATION", "WITHDRAWN"] as const satisfies readonly LegalRequestStatus[];

export const ZUpdateLegalRequestSchema = z
  .object({
    requestId: recordId("Choose a legal request."),
    // An empty choice keeps the current status: the admin only adds a note.
    status: z.union([z.enum(LEGAL_REQUEST_PROGRESS_STATUSES), z.literal("")]).transform((value) => value || undefined),
    note: z.string().trim().max(4000, "Keep a note under 4,000 characters."),
  })
  .refine((value) => value.status !== undefined || value.note.length > 0, { message: "Choose a new status or write a note.", path: ["note"] });
export type TUpdateLegalRequest = z.infer<typeof ZUpdateLegalRequestSchema>;

/** A text the form may leave empty; empty is recorded as nothing. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en-US")} characters.`)
    .optional()
    .transform((value) => value || null);

export const LEGAL_REQUEST_OUTCOMES = ["AGREED", "DECLINED"] as const;

/**
 * The end of a legal request: resolved as agreed, with the negotiated version or the exception to the standard
 * terms recorded, or declined with the reason the partner reads.
 */
export const ZResolveLegalRequestSchema = z
  .object({
    requestId: recordId("Choose a legal request."),
    outcome: z.enum(LEGAL_REQUEST_OUTCOMES, { message: "Choose the outcome." }),
    negotiatedVersion: optionalText(200),
    exception: optionalText(4000),
    declineReason: optionalText(4000),
  })
  .superRefine((value, context) => {
    if (value.outcome === "AGREED" && !value.negotiatedVersion && !value.exception) {
      context.addIssue({
        code: "custom",
        path: ["negotiatedVersion"],
        message: "Record the negotiated version, or the exception to the standard terms that was agreed.",
      });
    }
    if (value.outcome === "DECLINED" && (value.declineReason ?? "").length < 10) {
      context.addIssue({ code: "custom", path: ["declineReason"], message: "Tell the partner why the request is declined (at least 10 characters)." });
    }
  });
export type TResolveLegalRequest = z.infer<typeof ZResolveLegalRequestSchema>;
