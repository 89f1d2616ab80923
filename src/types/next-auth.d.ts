import type { Role } from "@/generated/prisma/enums";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: Role;
    partnerId: string | null;
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
  }
}
