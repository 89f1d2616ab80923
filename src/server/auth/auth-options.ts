import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInWithPassword } from "@/server/auth/sign-in-with-password";
import { clientIpFrom } from "@/server/request-ip";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.userId = user.id;
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId;
      return session;
    },
  },
};
