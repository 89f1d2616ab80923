import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInWithPassword } from "@/server/account/sign-in-with-password";
import { clientIpFrom } from "@/server/request-ip";
import { USE_SECURE_COOKIES } from "@/server/auth/session-cookie";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: USE_SECURE_COOKIES,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) throw new Error("INVALID");
        const result = await signInWithPassword({
          email: credentials.email,
          password: credentials.password,
          ip: clientIpFrom(new Headers(request.headers as Record<string, string>)),
        });
        // next-auth passes the thrown message to the client as `error`; it says only INVALID or THROTTLED.
        if (!result.ok) throw new Error(result.reason);
        const { id, email, name, role, partnerId } = result.user;
        return { id, email, name, role, partnerId };
      },
    }),
  ],
  callbacks: {
    // The token carries who signed in and as what; pages still read the user from the database on each request
    // (getCurrentUser), so a role change or deactivation takes effect before the token expires.
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.partnerId = user.partnerId;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId;
      session.role = token.role;
      session.partnerId = token.partnerId;
      return session;
    },
  },
};
