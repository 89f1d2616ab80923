"use server";
import { capabilityAction } from "@/server/action";
import {
  ZAddCtpTemplateItemSchema,
  ZCompleteCtpItemSchema,
  ZEnrollCtpCandidateSchema,
  ZInviteCtpPartnerSchema,
  ZMoveCtpTemplateItemSchema,
  ZRenameCtpTemplateItemSchema,
  ZSetCtpTemplateItemActiveSchema,
} from "@/server/ctp/schemas";
import { inviteCtpPartner } from "@/server/ctp/invite-ctp-partner";
import { completeCtpItem } from "@/server/ctp/complete-ctp-item";
import { enrollCtpCandidate } from "@/server/ctp/enroll-ctp-candidate";
import { addCtpTemplateItem, moveCtpTemplateItem, renameCtpTemplateItem, setCtpTemplateItemActive } from "@/server/ctp/manage-ctp-template";

// Every page that shows a tracking's progress or an owner's waiting items.
const CTP_PATHS = ["/ctp", "/cam/ctp", "/partner/ctp", "/channel-services", "/cam", "/education"];
const TEMPLATE_PATHS = ["/admin/ctp-template"];

export const inviteCtpPartnerAction = capabilityAction("ctp.manage", {
  schema: ZInviteCtpPartnerSchema,
  run: (input, { user, ip }) => inviteCtpPartner(user, input, { ip }),
  revalidate: CTP_PATHS,
  successMessage: (result) => `${result.partnerName} is invited into CTP: its tracking started today and its primary contact is notified.`,
});

export const completeCtpItemAction = capabilityAction("ctp.work", {
  schema: ZCompleteCtpItemSchema,
  run: (input, { user, ip }) => completeCtpItem(user, input, { ip }),
  revalidate: CTP_PATHS,
  successMessage: (result) =>
    result.trackingCompleted
      ? "Completed. Every section is done: the tracking is complete and the CTP award case is open."
      : result.sectionCompleted
        ? "Completed, and with it the whole section."
        : "Completed.",
});

export const enrollCtpCandidateAction = capabilityAction("ctp.participate", {
  schema: ZEnrollCtpCandidateSchema,
  run: (input, { user, ip }) => enrollCtpCandidate(user, input, { ip }),
  revalidate: CTP_PATHS,
  successMessage: (result) => `You are enrolled as a trainer candidate with ${result.tasks} task(s) of your own.`,
});

export const addCtpTemplateItemAction = capabilityAction("ctp.template.manage", {
  schema: ZAddCtpTemplateItemSchema,
  run: (input, { user, ip }) => addCtpTemplateItem(user, input, { ip }),
  revalidate: TEMPLATE_PATHS,
  successMessage: "Item added: trackings started from now on include it.",
});

export const renameCtpTemplateItemAction = capabilityAction("ctp.template.manage", {
  schema: ZRenameCtpTemplateItemSchema,
  run: (input, { user, ip }) => renameCtpTemplateItem(user, input, { ip }),
  revalidate: TEMPLATE_PATHS,
  successMessage: "Renamed: trackings started from now on use the new wording.",
});

export const moveCtpTemplateItemAction = capabilityAction("ctp.template.manage", {
  schema: ZMoveCtpTemplateItemSchema,
  run: (input, { user, ip }) => moveCtpTemplateItem(user, input, { ip }),
  revalidate: TEMPLATE_PATHS,
  successMessage: "Moved.",
});

export const setCtpTemplateItemActiveAction = capabilityAction("ctp.template.manage", {
  schema: ZSetCtpTemplateItemActiveSchema,
  run: (input, { user, ip }) => setCtpTemplateItemActive(user, input, { ip }),
  revalidate: TEMPLATE_PATHS,
  successMessage: (result) => (result.active ? "Reactivated: new trackings include it again." : "Deactivated: new trackings leave it out."),
});
