import Link from "next/link";
import { StatusAlert } from "@/components/status-alert";

export interface InvalidLinkProps {
  /** The page's heading, as the link's own page would have it. */
  title: string;
  /** Why the link cannot be used. */
  reason: string;
  /** The way forward: ask for a new link, or whom to ask. */
  next: { href: string; label: string } | { text: string };
}

/**
 * What a one-time link that cannot be used (a reset link, an email confirmation, an invitation) says when its page
 * loads, before anything is typed: why, and the way forward. Signing in is offered too, for whoever already has an
 * account and only needed the link to reach the portal.
 */
export function InvalidLink({ title, reason, next }: InvalidLinkProps) {
  return (
    <>
      <h1 className="mb-3 text-xl font-semibold">{title}</h1>
      <StatusAlert tone="error">
        <p>{reason}</p>
        <p className="mt-2">
          {"href" in next ? (
            <Link href={next.href} className="font-medium text-blue-800 underline">
              {next.label}
            </Link>
          ) : (
            next.text
          )}
        </p>
      </StatusAlert>
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
