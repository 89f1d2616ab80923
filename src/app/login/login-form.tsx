"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { Field, FormMessage } from "@/components/form";
import { IDLE, type ActionState } from "@/lib/action-state";
import { sameOriginPath } from "@/lib/same-origin-path";

/** What each of the sign-in's codes tells the person; a deactivated account is named only after the right password. */
function messages(helpDeskEmail: string): Record<string, string> {
  return {
    THROTTLED: "Too many failed sign-ins. Wait 15 minutes, or reset your password.",
    INVALID: "The email or password is incorrect.",
    UNAVAILABLE: "Signing in is not possible right now. Try again in a minute.",
    DEACTIVATED: `Your account is deactivated. Ask your company's portal admin to reactivate it, or write to the Partner Help Desk at ${helpDeskEmail}.`,
    DEACTIVATED_STAFF: "Your account is deactivated. Ask a channel operations admin to reactivate it.",
  };
}

/**
 * `callbackUrl` is a path on this site (sameOriginPath); `error` is what a sign-in without script came back with;
 * `email` is the address the person just applied, accepted an invitation or reset a password with.
 */
export function LoginForm({
  callbackUrl,
  error,
  email: knownEmail,
  helpDeskEmail,
}: {
  callbackUrl: string;
  error?: string;
  email?: string;
  helpDeskEmail: string;
}) {
  const refusals = messages(helpDeskEmail);
  const [state, setState] = useState<ActionState>(error && refusals[error] ? { status: "error", message: refusals[error], fieldErrors: {}, values: {} } : IDLE);
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    if (pending) return;
    const email = String(formData.get("email") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    // An empty field is the user's slip, not a failed sign-in: say which field, and spend no attempt on it.
    const fieldErrors: Record<string, string> = {
      ...(email ? {} : { email: "Enter your email address." }),
      ...(password ? {} : { password: "Enter your password." }),
    };
    if (Object.keys(fieldErrors).length > 0) {
      setState({ status: "error", message: "Please correct the highlighted fields.", fieldErrors, values: { email } });
      return;
    }
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok) {
        // A full navigation, so the server renders the new session's header and home.
        window.location.assign(sameOriginPath(callbackUrl));
        return;
      }
      setState({ status: "error", message: refusals[result?.error ?? ""] ?? refusals.INVALID, fieldErrors: {}, values: { email } });
    });
  }

  return (
    <form action={submit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="Email" type="email" autoComplete="username" required defaultValue={knownEmail} state={state} />
      {/* With the address filled in, the password is what is left to type. */}
      <Field name="password" label="Password" type="password" autoComplete="current-password" required autoFocus={knownEmail !== undefined} state={state} />
      <div className="flex items-center justify-between">
        {/* aria-disabled rather than disabled, so the focused button keeps focus while signing in. */}
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 aria-disabled:cursor-wait aria-disabled:opacity-60"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
        <Link href="/forgot-password" className="text-sm font-medium text-blue-700 hover:underline">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
