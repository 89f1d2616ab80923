"use server";
import { capabilityAction } from "@/server/action";
import { ZResendOutboxEmailSchema } from "@/server/mail/schemas";
import { resendOutboxEmail } from "@/server/mail/resend-outbox-email";

export const resendOutboxEmailAction = capabilityAction("emails.manage", {
  schema: ZResendOutboxEmailSchema,
  run: (input, { user, ip }) => resendOutboxEmail(user, input, { ip }),
  revalidate: ["/admin/emails"],
  successMessage: "Queued for delivery again.",
});
