"use server";
import { publicAction } from "@/server/action";
import { ZRequestPasswordResetSchema, ZResetPasswordSchema, ZSignOutSchema } from "@/server/auth/schemas";
import { signOut } from "@/server/account/sign-out";
import { getCurrentSessionId } from "@/server/auth/session";
import { requestPasswordReset } from "@/server/account/request-password-reset";
import { resetPassword } from "@/server/account/reset-password";
import { signInAddressPath } from "@/lib/sign-in-path";

export const requestPasswordResetAction = publicAction({
  schema: ZRequestPasswordResetSchema,
  run: (input, { ip }) => requestPasswordReset(input, { ip }),
  successMessage: "If an account uses that address, a reset link is on its way. It works for one hour.",
});

export const resetPasswordAction = publicAction({
  schema: ZResetPasswordSchema,
  run: (input, { ip }) => resetPassword(input, { ip }),
  redirectTo: (result) => signInAddressPath("reset", result.email),
});

// A form action rather than next-auth's client call, so "Sign out" works before the page's script has loaded.
export const signOutAction = publicAction({
  schema: ZSignOutSchema,
  run: async (_input, { user, ip }) => signOut(user, await getCurrentSessionId(), { ip }),
  redirectTo: "/login?signedOut=1",
});
