"use server";
import { publicAction } from "@/server/action";
import { ZRequestPasswordResetSchema, ZResetPasswordSchema } from "@/server/auth/schemas";
import { requestPasswordReset } from "@/server/auth/request-password-reset";
import { resetPassword } from "@/server/auth/reset-password";

export const requestPasswordResetAction = publicAction({
  schema: ZRequestPasswordResetSchema,
  run: (input, { ip }) => requestPasswordReset(input, { ip }),
  successMessage: "If an account uses that address, a reset link is on its way. It works for one hour.",
});

export const resetPasswordAction = publicAction({
  schema: ZResetPasswordSchema,
  run: (input, { ip }) => resetPassword(input, { ip }),
  redirectTo: "/login?reset=1",
});
