import type { Metadata } from "next";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { getPasswordReset } from "@/server/account/get-password-reset";
import { ResetPasswordForm } from "./reset-password-form";
import { InvalidLink } from "@/components/invalid-link";
import { ASK_FOR_RESET_LINK } from "./reset-link";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

const ZResetPageParams = z.object({ token: z.string().max(128).optional().catch(undefined) });

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = parsePageParams(ZResetPageParams, await searchParams);
  const reset = token ? await getPasswordReset(token) : ({ status: "invalid" } as const);
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      {reset.status === "valid" && token ? (
        <>
          <h1 className="mb-1 text-xl font-semibold">Choose a new password</h1>
          <p className="mb-5 text-sm text-gray-600">
            For <span className="font-medium text-gray-900">{reset.email}</span>.
          </p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <InvalidLink
          title="Choose a new password"
          reason={
            reset.status === "expired"
              ? "This reset link has expired: links work for one hour."
              : "This reset link is not valid: it was already used, replaced by a newer one, or copied incompletely."
          }
          next={ASK_FOR_RESET_LINK}
        />
      )}
    </div>
  );
}
