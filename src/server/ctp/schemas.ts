import "server-only";
import { z } from "zod";
import { CtpSectionKind } from "@/generated/prisma/enums";
import { recordId } from "@/server/schema-fields";

export const ZInviteCtpPartnerSchema = z.object({ partnerId: recordId("Choose an account to invite.") });
export type TInviteCtpPartner = z.infer<typeof ZInviteCtpPartnerSchema>;

export const ZCompleteCtpItemSchema = z.object({ itemId: recordId("Choose an item.") });
export type TCompleteCtpItem = z.infer<typeof ZCompleteCtpItemSchema>;

export const ZEnrollCtpCandidateSchema = z.object({ trackingId: recordId("Choose a tracking.") });
export type TEnrollCtpCandidate = z.infer<typeof ZEnrollCtpCandidateSchema>;

const ZTemplateTitle = z
  .string()
  .trim()
  .min(3, "Write what has to be done (at least 3 characters).")
  .max(200, "Keep the item under 200 characters; details belong in the handbook.");

export const ZAddCtpTemplateItemSchema = z.object({
  section: z.enum(CtpSectionKind, { error: "Choose a section." }),
  title: ZTemplateTitle,
  // A checkbox: present ("yes") when ticked.
  perCandidate: z.literal("yes").optional(),
});
export type TAddCtpTemplateItem = z.infer<typeof ZAddCtpTemplateItemSchema>;

export const ZRenameCtpTemplateItemSchema = z.object({ itemId: recordId("Choose an item."), title: ZTemplateTitle });
export type TRenameCtpTemplateItem = z.infer<typeof ZRenameCtpTemplateItemSchema>;

export const ZMoveCtpTemplateItemSchema = z.object({
  itemId: recordId("Choose an item."),
  direction: z.enum(["up", "down"], { error: "Choose up or down." }),
});
export type TMoveCtpTemplateItem = z.infer<typeof ZMoveCtpTemplateItemSchema>;

export const ZSetCtpTemplateItemActiveSchema = z.object({
  itemId: recordId("Choose an item."),
  active: z.enum(["yes", "no"], { error: "Choose whether the item is in use." }),
});
export type TSetCtpTemplateItemActive = z.infer<typeof ZSetCtpTemplateItemActiveSchema>;
