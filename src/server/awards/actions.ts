"use server";
import { capabilityAction } from "@/server/action";
import { ZAwardCaseTaskSchema } from "@/server/awards/schemas";
import { sendAwardEmail } from "@/server/awards/send-award-email";
import { updateAwardProfile } from "@/server/awards/update-award-profile";
import { grantCommunityAccess } from "@/server/awards/grant-community-access";

// A task shows on the case, both homes (due and waiting lists), the account page and, once published, the partner's home.
const AWARD_PATHS = ["/award-cases", "/cam", "/phd/applicants", "/accounts", "/partner"];
const closed = (result: { completed: boolean }) => (result.completed ? " Every task is done: the case is closed." : "");

export const sendAwardEmailAction = capabilityAction("awards.sendEmail", {
  schema: ZAwardCaseTaskSchema,
  run: (input, { user, ip }) => sendAwardEmail(user, input, { ip }),
  revalidate: AWARD_PATHS,
  successMessage: (result) => `Award email sent to the partner's ${result.recipients === 1 ? "admin" : `${result.recipients} admins`}.${closed(result)}`,
});

export const updateAwardProfileAction = capabilityAction("awards.updateProfile", {
  schema: ZAwardCaseTaskSchema,
  run: (input, { user, ip }) => updateAwardProfile(user, input, { ip }),
  revalidate: AWARD_PATHS,
  successMessage: (result) => `Profile updated and the badge published on the locator.${closed(result)}`,
});

export const grantCommunityAccessAction = capabilityAction("awards.updateProfile", {
  schema: ZAwardCaseTaskSchema,
  run: (input, { user, ip }) => grantCommunityAccess(user, input, { ip }),
  revalidate: AWARD_PATHS,
  successMessage: (result) => `Service Partner Community access granted.${closed(result)}`,
});
