import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Reset your password</h1>
      <p className="mb-5 text-sm text-gray-600">We will email a link to choose a new password. It works once, for one hour.</p>
      <ForgotPasswordForm />
      <p className="mt-4 text-sm">
        <Link href="/login" className="font-medium text-blue-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
