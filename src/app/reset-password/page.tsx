import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { ResetPasswordForm } from "./reset-password-form";
import { StatusAlert } from "@/components/status-alert";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

const ZResetPageParams = z.object({ token: z.string().max(128).optional().catch(undefined) });

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = parsePageParams(ZResetPageParams, await searchParams);
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-5 text-xl font-semibold">Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <StatusAlert tone="error">
          This link is not valid.{" "}
          <Link href="/forgot-password" className="font-medium text-blue-700 hover:underline">
            Ask for a new one
          </Link>
          .
        </StatusAlert>
      )}
    </div>
  );
}
