import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInWithPassword, type SignInResult } from "@/server/account/sign-in-with-password";
import { clientIpFrom } from "@/server/request-ip";
import { SESSION_MAX_AGE_SECONDS, USE_SECURE_COOKIES } from "@/server/auth/session-cookie";
import { hasControlCharacters } from "@/lib/control-characters";

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
        // No address or password holds a control character or runs past these lengths: refused before the database.
        const { email, password } = credentials;
        if (email.length > 254 || password.length > 200 || hasControlCharacters(email) || password.includes("\u0000")) throw new Error("INVALID");
        let result: SignInResult;
        try {
          result = await signInWithPassword({
            email,
            password,
            ip: clientIpFrom(new Headers(request.headers as Record<string, string>)),
          });
        } catch (error) {
          // next-auth puts a thrown message in the sign-in URL (`?error=`): a database's words stay in the server's log.
          console.error(error);
          throw new Error("UNAVAILABLE");
        }
        // The thrown message reaches the client as `error`; it is only ever one of our codes.
        if (!result.ok) throw new Error(result.reason);
        const { id, name, role, partnerId } = result.user;
        return { id, email: result.user.email, name, role, partnerId, sessionId: result.sessionId };
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
        token.sessionId = user.sessionId;
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
