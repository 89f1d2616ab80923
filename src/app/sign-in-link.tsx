"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The header's way to sign in, left out on the sign-in page itself. */
export function SignInLink() {
  if (usePathname() === "/login") return null;
  return (
    <Link href="/login" className="text-sm font-medium text-blue-700 hover:underline">
      Sign in
    </Link>
  );
}
