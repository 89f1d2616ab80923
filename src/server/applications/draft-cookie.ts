import "server-only";
import { cookies } from "next/headers";
import { DRAFT_MAX_AGE_DAYS } from "@/server/applications/rules";

const DRAFT_COOKIE = "partner_application";

export async function readDraftKey(): Promise<string | null> {
  return (await cookies()).get(DRAFT_COOKIE)?.value ?? null;
}

/** Only the browser that started the application, or the one that opened the emailed link, can resume it. */
export async function rememberDraft(draftKey: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, draftKey, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
    path: "/register",
    maxAge: DRAFT_MAX_AGE_DAYS * 24 * 60 * 60,
  });
}

export async function forgetDraft(): Promise<void> {
  (await cookies()).delete({ name: DRAFT_COOKIE, path: "/register" });
}
