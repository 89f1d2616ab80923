import type { Metadata } from "next";
import { getApplicationVerification } from "@/server/applications/get-application-verification";
import { z } from "zod";
import { parsePageParams } from "@/server/page-params";
import { VerifyEmailForm } from "./verify-email-form";
import { InvalidLink } from "@/components/invalid-link";

export const metadata: Metadata = { title: "Confirm your email" };
export const dynamic = "force-dynamic";

// Confirming takes a click rather than happening on page load, so mail scanners that open links cannot use it up.
const ZVerifyPageParams = z.object({ token: z.string().max(128).optional().catch(undefined) });

export default async function VerifyApplicationEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = parsePageParams(ZVerifyPageParams, await searchParams);
  const verification = token ? await getApplicationVerification(token) : ({ status: "invalid" } as const);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      {verification.status === "valid" && token ? (
        <>
          <h1 className="mb-2 text-xl font-semibold">Confirm your email</h1>
          <p className="mb-4 text-sm text-gray-700">
            Confirm <span className="font-medium">{verification.email}</span> as the primary contact of the partner application for{" "}
            <span className="font-medium">{verification.companyName}</span>. If you did not start this application, close this page: nothing happens.
          </p>
          <VerifyEmailForm token={token} />
        </>
      ) : (
        <InvalidLink
          title="Confirm your email"
          reason={
            verification.status === "expired"
              ? "This confirmation link has expired: links work for 48 hours."
              : "This confirmation link is not valid: it was already used, or the application it belongs to was submitted or changed its contact address."
          }
          next={{ href: "/register", label: "Back to your application, where you can ask for a new link" }}
        />
      )}
    </div>
  );
}
