"use client";
import { useActionState } from "react";
import { IDLE } from "@/lib/action-state";
import { signOutAction } from "@/server/account/actions";

export function SignOutButton() {
  const [, formAction] = useActionState(signOutAction, IDLE);
  return (
    <form action={formAction}>
      <button type="submit" className="whitespace-nowrap rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-100">
        Sign out
      </button>
    </form>
  );
}
