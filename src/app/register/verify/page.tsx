import type { Metadata } from "next";
import Link from "next/link";
import { getApplicationVerification } from "@/server/applications/get-application-verification";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { VerifyEmailForm } from "./verify-email-form";
import { StatusAlert } from "@/components/status-alert";

export const metadata: Metadata = { title: "Confirm your email" };
export const dynamic = "force-dynamic";

// Confirming takes a click rather than happening on page load, so mail scanners that open links cannot use it up.
const ZVerifyPageParams = z.object({ token: z.string().max(128).optional().catch(undefined) });

export default async function VerifyApplicationEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = parsePageParams(ZVerifyPageParams, await searchParams);
  const verification = token ? await getApplicationVerification(token) : ({ status: "invalid" } as const);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-xl font-semibold">Confirm your email</h1>
      {verification.status === "valid" && token ? (
        <>
          <p className="mb-4 text-sm text-gray-700">
            Confirm <span className="font-medium">{verification.email}</span> as the primary contact of the partner application for{" "}
            <span className="font-medium">{verification.companyName}</span>. If you did not start this application, close this page: nothing happens.
          </p>
          <VerifyEmailForm token={token} />
        </>
      ) : (
        <StatusAlert tone="error">
          {verification.status === "expired" ? "This link has expired." : "This link is not valid or was already used."}{" "}
          <Link href="/register" className="font-medium text-blue-700 hover:underline">
            Back to your application
          </Link>
          , where you can ask for a new one.
        </StatusAlert>
      )}
    </div>
  );
}
