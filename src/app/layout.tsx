import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { getCurrentUser } from "@/server/auth/session";
import { HOME_BY_ROLE, ROLE_LABELS } from "@/server/auth/roles";
import { SignOutButton } from "@/components/sign-out-button";
import { NotificationBell } from "@/components/notification-bell";
import { MainNav } from "@/components/main-nav";
import { navigationFor } from "@/server/auth/navigation";

export const metadata: Metadata = {
  title: { default: "Partner Portal", template: "%s · Partner Portal" },
  description: "The channel partner program: applications, agreements, certifications, NFR licenses, subcontracting and referrals.",
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
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-3">
            <Link href={user ? HOME_BY_ROLE[user.role] : "/"} className="text-lg font-semibold text-blue-800">
              Partner Portal
            </Link>
            {user ? (
              <div className="flex items-center gap-4 text-sm">
                <span className="text-gray-700">
                  <span className="font-medium">{user.name}</span> <span className="text-gray-500">· {ROLE_LABELS[user.role]}</span>
                </span>
                <NotificationBell />
                <SignOutButton />
              </div>
            ) : (
              <Link href="/login" className="text-sm font-medium text-blue-700 hover:underline">
                Sign in
              </Link>
            )}
          </div>
          {user ? <MainNav links={navigationFor(user)} /> : null}
        </header>
        <main id="main" className="mx-auto max-w-6xl px-6 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
