import Link from "next/link";
import { StatusAlert } from "@/components/status-alert";

/** What an invitation link that cannot be used (expired, or not valid at all) says, and the way to sign in instead. */
export function InvitationUnusable({ reason }: { reason: string }) {
  return (
    <>
      <h1 className="mb-3 text-xl font-semibold">Invitation</h1>
      <StatusAlert tone="error">{reason}</StatusAlert>
      <p className="mt-4 text-sm">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-blue-700 hover:underline">
          Sign in
        </Link>
        .
      </p>
    </>
  );
}
