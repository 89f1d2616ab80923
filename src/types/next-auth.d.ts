import type { Role } from "@/generated/prisma/enums";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: Role;
    partnerId: string | null;
    sessionId: string;
  }

  interface Session {
    userId: string;
    role: Role;
    partnerId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: Role;
    partnerId: string | null;
    /** The Session row this cookie belongs to; the cookie opens pages only while that row is open. */
    sessionId: string;
  }
}
