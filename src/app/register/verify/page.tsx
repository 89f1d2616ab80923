import type { Metadata } from "next";
import Link from "next/link";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Confirm your email" };
export const dynamic = "force-dynamic";

// Confirming takes a click rather than happening on page load, so mail scanners that open links cannot use it up.
export default async function VerifyApplicationEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-xl font-semibold">Confirm your email</h1>
      {token ? (
        <VerifyEmailForm token={token} />
      ) : (
        <p role="alert" className="text-sm text-red-700">
          This link is not valid.{" "}
          <Link href="/register" className="font-medium text-blue-700 hover:underline">
            Back to your application
          </Link>
        </p>
      )}
    </div>
  );
}
