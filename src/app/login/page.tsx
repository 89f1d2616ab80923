import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/session";
import { homeFor } from "@/server/auth/navigation";
import { LoginForm } from "./login-form";
import { sameOriginPath } from "@/lib/same-origin-path";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { StatusAlert } from "@/components/status-alert";
import { getHelpDeskEmail } from "@/server/account/get-help-desk-email";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const flag = z.string().optional().catch(undefined);
const ZLoginPageParams = z.object({
  signedOut: flag,
  reset: flag,
  applied: flag,
  invited: flag,
  error: flag,
  callbackUrl: flag,
  // The address just used to apply, accept an invitation or reset the password; anything else is left out.
  email: z.string().trim().toLowerCase().max(254).email().optional().catch(undefined),
});

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parsePageParams(ZLoginPageParams, await searchParams);
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user));
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-5 text-sm text-gray-600">Partners and program staff sign in with their work email.</p>
      {params.signedOut ? (
        <StatusAlert tone="info" className="mb-4">
          You are signed out.
        </StatusAlert>
      ) : null}
      {params.reset ? (
        <StatusAlert tone="success" className="mb-4">
          Your password is changed. Sign in with the new one.
        </StatusAlert>
      ) : null}
      {params.applied ? (
        <StatusAlert tone="success" className="mb-4">
          Your application is submitted. Sign in with your email and password to follow its review.
        </StatusAlert>
      ) : null}
      {params.invited ? (
        <StatusAlert tone="success" className="mb-4">
          Your account is ready. Sign in with your email and the password you chose.
        </StatusAlert>
      ) : null}
      <LoginForm callbackUrl={sameOriginPath(params.callbackUrl)} error={params.error} email={params.email} helpDeskEmail={getHelpDeskEmail()} />
      <p className="mt-5 border-t border-gray-100 pt-4 text-sm text-gray-600">
        Not a partner yet?{" "}
        <Link href="/register" className="font-medium text-blue-700 hover:underline">
          Apply to the partner program
        </Link>
      </p>
      <p className="mt-2 text-sm text-gray-600">
        Looking for a partner to work with?{" "}
        <Link href="/partners" className="font-medium text-blue-700 hover:underline">
          Find a partner
        </Link>
      </p>
    </div>
  );
}
