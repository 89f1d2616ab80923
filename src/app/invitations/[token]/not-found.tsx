import Link from "next/link";

export default function InvitationNotFound() {
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="mb-3 text-xl font-semibold">Invitation</h1>
      <p role="alert" className="text-sm text-red-700">
        This invitation link is not valid: it may have been used, revoked or replaced by a newer one. Ask a partner admin of your company for a new invitation.
      </p>
      <p className="mt-4 text-sm">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-blue-700 hover:underline">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
