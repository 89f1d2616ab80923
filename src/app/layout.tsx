import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { getCurrentUser } from "@/server/auth/session";
import { ROLE_LABELS } from "@/lib/roles";
import { SignOutButton } from "@/components/sign-out-button";
import { NotificationBell } from "./notification-bell";
import { SignInLink } from "./sign-in-link";
import { MainNav } from "@/components/main-nav";
import { homeFor, navigationFor } from "@/server/auth/navigation";

export const metadata: Metadata = {
  title: { default: "Partner Portal", template: "%s · Partner Portal" },
  description: "The channel partner program: applications, agreements, certifications, NFR licenses, subcontracting and referrals.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b border-gray-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
            <Link href={user ? homeFor(user) : "/"} className="shrink-0 whitespace-nowrap text-lg font-semibold text-blue-800">
              Partner Portal
            </Link>
            {user ? (
              <div className="flex min-w-0 items-center gap-3 text-sm sm:gap-4">
                {/* On a phone the name alone, cut short if need be; the role fits from the small breakpoint up. */}
                <span className="min-w-0 truncate text-gray-700">
                  <span className="font-medium">{user.name}</span> <span className="hidden text-gray-500 sm:inline">· {ROLE_LABELS[user.role]}</span>
                </span>
                <NotificationBell />
                <SignOutButton />
              </div>
            ) : (
              <SignInLink />
            )}
          </div>
          {user ? <MainNav links={navigationFor(user)} /> : null}
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
