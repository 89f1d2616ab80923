import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { SESSION_COOKIE_NAME } from "@/server/auth/session-cookie";

/**
 * Ends the session by dropping its cookie: sessions are signed cookies with nothing kept on the server, and every
 * request re-reads the user, so without the cookie nothing of the session is left.
 */
export async function signOut(user: SessionUser | null, context: { ip: string }): Promise<void> {
  if (user) {
    await prisma.$transaction((tx) =>
      recordAuditEvent(tx, { actor: user, action: "user.signed_out", entityType: "User", entityId: user.id, summary: `${user.email} signed out`, ip: context.ip }),
    );
  }
  (await cookies()).delete(SESSION_COOKIE_NAME);
}
